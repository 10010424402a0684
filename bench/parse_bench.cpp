// Tag + parse throughput (words per second, one core). Filled in below.
#include <benchmark/benchmark.h>
