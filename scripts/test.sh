#!/usr/bin/env bash
# The README's test command: installs what is missing, builds, and runs every test (unit, store, protocol,
# randomized convergence, CLI, and end to end through the real server binary).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
cd "${BUILD_DIR:-build}"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j2 --timeout 900
