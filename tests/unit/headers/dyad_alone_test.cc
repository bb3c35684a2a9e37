// Each public header compiles on its own (and links from several translation units).
#include "dyad/dyad.h"
#include "dyad/dyad.h"

#include <gtest/gtest.h>

TEST(Headers, dyad_compiles_alone) { SUCCEED(); }
