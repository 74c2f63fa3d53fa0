#!/usr/bin/env bash
# The README's main command: installs what is missing, builds, and starts the sync server on 127.0.0.1 with
# its SQLite database under ./khuyenhoc-data, holding the national list of provinces and communes and a demo
# commune (Phường Phan Thiết, Lâm Đồng, code 22945) of synthetic households. Ctrl+C stops it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
BIN="${BUILD_DIR:-build}/bin"
PORT=${PORT:-8080}
cat <<MSG

Khuyến Học sync server starting on http://127.0.0.1:$PORT (data in ./khuyenhoc-data).

Next, in another terminal, try a field officer's phone from the command line:
  $BIN/khuyenhoc-cli --db officer.sqlite init --server http://127.0.0.1:$PORT --area c:22945
  $BIN/khuyenhoc-cli --db officer.sqlite sync
  $BIN/khuyenhoc-cli --db officer.sqlite household list --search "dang"
  $BIN/khuyenhoc-cli help
The Qt Quick app (khuyenhoc) is the next milestone; until it lands, the CLI is the client.

MSG
exec "$BIN/khuyenhoc-server" --data khuyenhoc-data --port "$PORT" --demo-commune 22945 --demo-households 300
