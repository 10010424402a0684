#!/usr/bin/env bash
# The whole test suite, in two passes:
#   1. Release build: every test, the corpus-scale ones (label "corpus") included.
#   2. AddressSanitizer + UndefinedBehaviorSanitizer build: the unit tests (label "unit"), each stage's as one
#      process (cmake/VigilStage.cmake says why), the command-line tests one by one.
# Tests that need ../shared skip with a message when it is absent.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc)

echo "== Release build and all tests"
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$jobs"
ctest --test-dir build --output-on-failure -j"$jobs" --timeout 1500

echo "== ASan+UBSan build and unit tests"
cmake -S . -B build-sanitize -DCMAKE_BUILD_TYPE=RelWithDebInfo -DVIGIL_SANITIZE=ON -DVIGIL_BUILD_BENCH=OFF >/dev/null
cmake --build build-sanitize -j"$jobs"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build-sanitize -L unit --output-on-failure -j"$jobs" --timeout 1500
