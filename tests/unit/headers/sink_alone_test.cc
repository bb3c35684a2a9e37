// Each public header compiles on its own (and links from several translation units).
#include "dyad/sink.h"
#include "dyad/sink.h"

#include <gtest/gtest.h>

TEST(Headers, sink_compiles_alone) { SUCCEED(); }
