#!/usr/bin/env bash
# Trains the sync protocol's zstd dictionary on synthetic records (tools/train_sync_dictionary.cpp) and writes
# it to data/zstd/sync-ID.zdict, which core builds in (docs/protocol.md, "Compression"). A published id is never
# retrained: phones in the field hold it. A new dictionary takes the next id, and the old one stays built in
# until no device in use can be expected to need it.
# Usage: scripts/train-sync-dictionary.sh ID [--size BYTES] [--households N] [--seed S] [--commune CODE]
set -euo pipefail
cd "$(dirname "$0")/.."
ID=${1:?usage: train-sync-dictionary.sh ID [trainer options]}
shift
BUILD_DIR=${BUILD_DIR:-build}
cmake --build "$BUILD_DIR" -j2 --target train_sync_dictionary
mkdir -p data/zstd
"$BUILD_DIR/bin/train_sync_dictionary" --id "$ID" --out "data/zstd/sync-$ID.zdict" "$@"
