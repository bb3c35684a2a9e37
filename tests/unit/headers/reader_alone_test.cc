// Each public header compiles on its own (and links from several translation units).
#include "dyad/reader.h"
#include "dyad/reader.h"

#include <gtest/gtest.h>

TEST(Headers, reader_compiles_alone) { SUCCEED(); }
