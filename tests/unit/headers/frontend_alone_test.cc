// Each public header compiles on its own (and links from several translation units).
#include "dyad/frontend.h"
#include "dyad/frontend.h"

#include <gtest/gtest.h>

TEST(Headers, frontend_compiles_alone) { SUCCEED(); }
