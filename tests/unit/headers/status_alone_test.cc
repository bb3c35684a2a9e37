// Each public header compiles on its own (and links from several translation units).
#include "dyad/status.h"
#include "dyad/status.h"

#include <gtest/gtest.h>

TEST(Headers, status_compiles_alone) { SUCCEED(); }
