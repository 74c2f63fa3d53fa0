#!/usr/bin/env bash
# The README's main command: installs what is missing, builds, and starts the sync server on 127.0.0.1 with
# its SQLite database under ./khuyenhoc-data, holding the national list of provinces and communes and a demo
# commune (Phường Phan Thiết, Lâm Đồng, code 22945) of synthetic households in a year under way. When there is
# a display, it also opens the app as the demo commune staff account (its database in
# ./khuyenhoc-data/officer-app.sqlite, logged in from the command line). Ctrl+C stops it.
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

Demo accounts (password khuyenhoc-demo): demo-xa (commune staff), demo-thon (village officer),
demo-ho (a household). Try a field officer's phone from the command line, in another terminal:
  $BIN/khuyenhoc-cli --db officer.sqlite init
  echo khuyenhoc-demo | $BIN/khuyenhoc-cli --db officer.sqlite login --server $URL --user demo-thon
  $BIN/khuyenhoc-cli --db officer.sqlite sync
  $BIN/khuyenhoc-cli --db officer.sqlite household list --search "dang"
  $BIN/khuyenhoc-cli help
or the app as a new phone (it asks for the server, a user name and password, then a PIN):
  $BIN/khuyenhoc --data khuyenhoc-data/phone

MSG
"$BIN/khuyenhoc-server" --data khuyenhoc-data --port "$PORT" --demo-commune 22945 --demo-households 300 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT INT TERM
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  for _ in $(seq 100); do curl -fsS "$URL/v1/health" >/dev/null 2>&1 && break; sleep 0.2; done
  APPDB=khuyenhoc-data/officer-app.sqlite
  if [ ! -f "$APPDB" ]; then
    "$BIN/khuyenhoc-cli" --db "$APPDB" init --server "$URL" --area c:22945 >/dev/null
    echo khuyenhoc-demo | "$BIN/khuyenhoc-cli" --db "$APPDB" login --user demo-xa >/dev/null
  fi
  echo "Opening the app as an officer of commune 22945 (close its window, then Ctrl+C, to stop)."
  "$BIN/khuyenhoc" --data "$APPDB" --sync &
fi
wait $SERVER
