// Each public header compiles on its own (and links from several translation units).
#include "dyad/event.h"
#include "dyad/event.h"

#include <gtest/gtest.h>

TEST(Headers, event_compiles_alone) { SUCCEED(); }
