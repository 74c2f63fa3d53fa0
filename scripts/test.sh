#!/usr/bin/env bash
# The README's test command: installs what is missing, builds, and runs every test (unit, store, protocol,
# randomized convergence, CLI, end to end through the real server binary, the app) and then the fuzzers for a
# bounded time.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
(cd "${BUILD_DIR:-build}" && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j2 --timeout 900)
# Fuzzing for a bounded time: the sync endpoint and the record decoders under ASan and UBSan (clang).
FUZZ_SECONDS=${FUZZ_SECONDS:-20} bash scripts/fuzz.sh
