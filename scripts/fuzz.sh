#!/usr/bin/env bash
# Builds the libFuzzer targets with clang, AddressSanitizer and UndefinedBehaviorSanitizer into build-fuzz/
# (the core, server library and proto instrumented too), then runs each for a bounded time (FUZZ_SECONDS,
# default 20), keeping its corpus in build-fuzz/corpus between runs. Any crash or sanitizer report fails.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH=${FUZZ_SECONDS:-20}
cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
      -DKH_FUZZ=ON -DKH_BUILD_APP=OFF -DKH_BUILD_TESTS=OFF -DKH_WERROR=OFF >/dev/null
cmake --build build-fuzz -j"$(nproc)" --target fuzz_sync_request fuzz_records fuzz_auth
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
for t in fuzz_sync_request fuzz_records fuzz_auth; do
  corpus=build-fuzz/corpus/$t
  mkdir -p "$corpus"
  echo "== $t for ${SECONDS_EACH}s"
  if ! build-fuzz/bin/$t -max_total_time="$SECONDS_EACH" -max_len=65536 -timeout=10 -rss_limit_mb=4096 \
       -print_final_stats=1 "$corpus" > build-fuzz/$t.log 2>&1; then
    tail -n 40 build-fuzz/$t.log
    echo "$t found a problem: the input is saved as build-fuzz/crash-* (see build-fuzz/$t.log)" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" build-fuzz/$t.log
done
