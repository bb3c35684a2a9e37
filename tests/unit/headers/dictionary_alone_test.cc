// Each public header compiles on its own (and links from several translation units).
#include "dyad/dictionary.h"
#include "dyad/dictionary.h"

#include <gtest/gtest.h>

TEST(Headers, dictionary_compiles_alone) { SUCCEED(); }
