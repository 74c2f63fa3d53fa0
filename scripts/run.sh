#!/usr/bin/env bash
# The README's main command: installs what is missing, builds, and starts the sync server on 127.0.0.1 with
# its SQLite database under ./khuyenhoc-data, holding the national list of provinces and communes and a demo
# commune (Phường Phan Thiết, Lâm Đồng, code 22945) of synthetic households in a year under way. When there is
# a display, it also opens the app as a field officer of that commune (its phone database in
# ./khuyenhoc-data/officer-app.sqlite). Ctrl+C stops it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
BIN="${BUILD_DIR:-build}/bin"
PORT=${PORT:-8080}
URL="http://127.0.0.1:$PORT"
mkdir -p khuyenhoc-data
cat <<MSG

Khuyến Học sync server starting on $URL (data in ./khuyenhoc-data).

Try a field officer's phone from the command line, in another terminal:
  $BIN/khuyenhoc-cli --db officer.sqlite init --server $URL --area c:22945
  $BIN/khuyenhoc-cli --db officer.sqlite sync
  $BIN/khuyenhoc-cli --db officer.sqlite household list --search "dang"
  $BIN/khuyenhoc-cli help
or the app (a fresh phone asks for the server and the communes on first start):
  $BIN/khuyenhoc

MSG
"$BIN/khuyenhoc-server" --data khuyenhoc-data --port "$PORT" --demo-commune 22945 --demo-households 300 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT INT TERM
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  for _ in $(seq 100); do curl -fsS "$URL/v1/health" >/dev/null 2>&1 && break; sleep 0.2; done
  APPDB=khuyenhoc-data/officer-app.sqlite
  [ -f "$APPDB" ] || "$BIN/khuyenhoc-cli" --db "$APPDB" init --server "$URL" --area c:22945 >/dev/null
  echo "Opening the app as an officer of commune 22945 (close its window, then Ctrl+C, to stop)."
  "$BIN/khuyenhoc" --data "$APPDB" --sync &
fi
wait $SERVER
