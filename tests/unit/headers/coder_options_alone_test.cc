// Each public header compiles on its own (and links from several translation units).
#include "dyad/coder_options.h"
#include "dyad/coder_options.h"

#include <gtest/gtest.h>

TEST(Headers, coder_options_compiles_alone) { SUCCEED(); }
