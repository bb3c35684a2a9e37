// Each public header compiles on its own (and links from several translation units).
#include "dyad/story.h"
#include "dyad/story.h"

#include <gtest/gtest.h>

TEST(Headers, story_compiles_alone) { SUCCEED(); }
