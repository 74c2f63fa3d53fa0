#!/usr/bin/env bash
# Screenshots of the app's main pages, as a phone shows them, into docs/screenshots/.
# Seeds a realistic commune on a real server (300 households with this year's progress), makes two officers'
# phones with the CLI (one edits the same phone number as the other, so there is a conflict to review), adds a
# clan, then starts the real app under Xvfb at 360×760 on each page and saves what is on screen.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="$(pwd)/${BUILD_DIR:-build}/bin"
OUT="$(pwd)/docs/screenshots"
mkdir -p "$OUT"
WORK=$(mktemp -d)
trap 'kill $SERVER_PID 2>/dev/null || true; rm -rf "$WORK"' EXIT
cd "$WORK"

"$BIN/khuyenhoc-server" --data srv --port 0 --demo-commune 22945 --demo-households 300 > server.log 2>&1 &
SERVER_PID=$!
for _ in $(seq 100); do grep -q "listening on" server.log && break; sleep 0.1; done
URL=$(grep -o 'http://127.0.0.1:[0-9]*' server.log | head -n1)
[ -n "$URL" ] || { cat server.log; exit 1; }

cli() { "$BIN/khuyenhoc-cli" "$@"; }
cli --db a.sqlite init --server "$URL" --area c:22945 >/dev/null
cli --db b.sqlite init --server "$URL" --area c:22945 >/dev/null
# The demo's commune staff account (the server made it with the demo commune), on both phones.
echo khuyenhoc-demo | cli --db a.sqlite login --user demo-xa >/dev/null
echo khuyenhoc-demo | cli --db b.sqlite login --user demo-xa >/dev/null
# The province has its own targets (beside the national ones on the dashboard and in the reports).
"$BIN/khuyenhoc-server" set-targets --data srv --province 68 --target family=75 --target clan=70 \
  --target village-community=70 --target unit=85 --source "Nghị quyết 12/NQ-HĐND" >/dev/null
cli --db a.sqlite sync >/dev/null
cli --db b.sqlite sync >/dev/null

# Two officers change the same household's phone before seeing each other's change.
cli --db a.sqlite household list --search "nguyen" > nguyen.txt
H=$(sed -n 1p nguyen.txt | cut -f1)
cli --db a.sqlite household update "$H" --phone 0912345678 >/dev/null
cli --db b.sqlite household update "$H" --phone 0987654321 >/dev/null
cli --db a.sqlite sync >/dev/null
cli --db b.sqlite sync >/dev/null
cli --db a.sqlite sync >/dev/null

# A clan across two villages with a few member households.
cli --db a.sqlite village list > villages.txt
V1=$(sed -n 1p villages.txt | cut -f1)
V2=$(sed -n 2p villages.txt | cut -f1)
cli --db a.sqlite clan add --name "Họ Nguyễn" --branch "Chi thứ hai" --head "Nguyễn Văn Thành" --village "$V1" --village "$V2" > clan.txt
CLAN=$(grep -o '[0-9a-f]*-[0-9a-z]*' clan.txt | sed -n 1p)
for h in $(sed -n 1,6p nguyen.txt | cut -f1); do cli --db a.sqlite clan join "$CLAN" "$h" >/dev/null; done

# A household that registered this year but has not assessed itself yet: the self-service flow's start.
cli --db a.sqlite export > dump.txt
SELF=$(grep '^evaluation ' dump.txt | grep -v declared_on | sed -n 1p | grep -o 'subject_id="[^"]*"' | cut -d'"' -f2)

# A household that assessed itself and waits for verification: the officer's verification page.
DECLARED=$(grep '^evaluation ' dump.txt | grep declared_on | grep -v verified_on | sed -n 1p | cut -d' ' -f2)

# Three new households waiting to be sent: the sync receipt counts them.
for n in "Lò Văn Pọm" "Hoàng Thị Mỹ Dung" "Đinh Công Tráng"; do
  cli --db a.sqlite household add --village "$V1" --head "$n" --address "Xóm Mới" >/dev/null
done

shot() { # name, app arguments...
  local name=$1; shift
  cp a.sqlite "run.sqlite"; rm -f run.sqlite-wal run.sqlite-shm
  [ -f a.sqlite-wal ] && cp a.sqlite-wal run.sqlite-wal
  HOME="$WORK" XDG_RUNTIME_DIR="$WORK" xvfb-run -a -s "-screen 0 1280x2000x24" \
    "$BIN/khuyenhoc" --data run.sqlite --screenshot "$OUT/$name.png" "$@" 2>>app.log
  echo "docs/screenshots/$name.png"
}
shot 01-home
shot 02-household-list --page HouseholdListPage
shot 03-household --page HouseholdPage --arg "$H"
shot 04-household-form --page HouseholdFormPage --arg "$H"
shot 05-clan --page ClanFormPage --arg "$CLAN"
shot 06-conflicts --page ConflictsPage
shot 07-sync-receipt --page SyncPage --sync
shot 08-self-service --hand-to "$SELF"
shot 09-commune --page CommunePage
shot 10-household-list-en --page HouseholdListPage --lang en
shot 11-verification-queue --page VerificationQueuePage
# The officer has started: one item not agreed, with why.
cli --db a.sqlite evaluation verify "$DECLARED" --item 1.1 --disagree --note "Cháu Lan nghỉ học từ tháng 9" \
  --by "Cán bộ xã (demo)" >/dev/null
shot 12-evaluation --page EvaluationPage --arg "$DECLARED"
shot 13-recognition --page RecognitionPage
shot 15-dashboard --page DashboardPage
shot 16-dashboard-desktop --page DashboardPage --size 1100x760
shot 24-households-desktop --page HouseholdListPage --size 1100x760
shot 27-clans-desktop --page ClanListPage --size 1100x760
# Provincial staff: the province's figures from the server, no household on the phone.
echo 'mat-khau-cua-tinh' | "$BIN/khuyenhoc-server" user add demo-tinh --role provincial-staff --area p:68 \
  --display-name "Cán bộ tỉnh (demo)" --data srv >/dev/null
cli --db tinh.sqlite init --server "$URL" >/dev/null
echo 'mat-khau-cua-tinh' | cli --db tinh.sqlite login --user demo-tinh >/dev/null
# A household's own account (the demo's): its household and its declaration only.
cli --db ho.sqlite init --server "$URL" >/dev/null
echo khuyenhoc-demo | cli --db ho.sqlite login --user demo-ho >/dev/null
cli --db ho.sqlite sync >/dev/null
HOME="$WORK" XDG_RUNTIME_DIR="$WORK" xvfb-run -a -s "-screen 0 1280x2000x24" \
  "$BIN/khuyenhoc" --data ho.sqlite --screenshot "$OUT/23-own-household.png" 2>>app.log
echo docs/screenshots/23-own-household.png
# A new phone: the login page. A phone two officers share: who is using it?
HOME="$WORK" XDG_RUNTIME_DIR="$WORK" xvfb-run -a -s "-screen 0 1280x2000x24" \
  "$BIN/khuyenhoc" --data new-phone --screenshot "$OUT/17-login.png" 2>>app.log
echo docs/screenshots/17-login.png
mkdir -p shared/users
cp a.sqlite shared/users/demo-xa.db; cp b.sqlite shared/users/demo-thon.db
cat > shared/users.json <<JSON
[{"username": "demo-xa", "displayName": "Cán bộ xã (demo)", "roleText": "commune-staff", "server": "$URL"},
 {"username": "demo-thon", "displayName": "Cán bộ thôn (demo)", "roleText": "village-officer", "server": "$URL"}]
JSON
HOME="$WORK" XDG_RUNTIME_DIR="$WORK" xvfb-run -a -s "-screen 0 1280x2000x24" \
  "$BIN/khuyenhoc" --data shared --screenshot "$OUT/18-users.png" 2>>app.log
echo docs/screenshots/18-users.png
# The study fund (issue 15): a fund with gifts from a household, a clan and an anonymous business, one award paid.
F=$(cli --db a.sqlite fund add --commune 22945 --name "Quỹ khuyến học phường Phan Thiết" --opening 12.500.000 \
  --opening-date 2026-01-01)
D1=$(cli --db a.sqlite donor add --name "Nguyễn Văn Hùng" --kind household --household "$H")
D2=$(cli --db a.sqlite donor add --name "Họ Trần Phú Lộc" --kind clan --commune 22945)
D3=$(cli --db a.sqlite donor add --name "Công ty Phú Lộc" --kind business --commune 22945 --anonymous yes)
P=$(cli --db a.sqlite programme add --fund "$F" --name "Tiếp bước cho em đến trường" --season 2026-2027 --value 1.000.000)
cli --db a.sqlite receipt add --fund "$F" --donor "$D1" --amount 2.000.000 >/dev/null
cli --db a.sqlite receipt add --fund "$F" --donor "$D2" --amount 10.000.000 --method bank >/dev/null
cli --db a.sqlite receipt add --fund "$F" --donor "$D3" --amount 5.000.000 >/dev/null
# The register's children for the programme (the household made poor this year), proposed; one approved and paid,
# one declined.
for h in $(head -n 12 nguyen.txt | cut -f1); do cli --db a.sqlite household update "$h" --poverty poor >/dev/null; done
cli --db a.sqlite programme candidates "$P" --propose >/dev/null
A=$(cli --db a.sqlite award list | head -n1 | cut -f1)
[ -n "$A" ] || { echo "no award proposed from the register" >&2; exit 1; }
cli --db a.sqlite award approve "$A" >/dev/null
cli --db a.sqlite award pay "$A" --decision "QĐ 12/QĐ-HKH" >/dev/null
# Another is declined, with the commune's reason.
A2=$(cli --db a.sqlite award list | grep proposed | head -n1 | cut -f1)
[ -z "$A2" ] || cli --db a.sqlite award decline "$A2" --reason "đã có học bổng của trường" >/dev/null
shot 20-fund --page FundPage
# The same page on a tall screen: the awards and the closing of the books below the receipts.
shot 25-fund-awards --page FundPage --size 360x1900
shot 21-contribution --page ContributionPage --arg "$H"
cli --db a.sqlite fund posting "$F" --format pdf --out posting.pdf >/dev/null
pdftoppm -r 80 -png -singlefile posting.pdf "$OUT/22-fund-posting"
echo docs/screenshots/22-fund-posting.png
R=$(cli --db a.sqlite receipt list --fund "$F" | head -n1 | cut -f1)
cli --db a.sqlite receipt pdf "$R" --out receipt.pdf >/dev/null
pdftoppm -r 80 -png -singlefile receipt.pdf "$OUT/26-receipt"
echo docs/screenshots/26-receipt.png
# The year-end report as printed, with the fund's books: the PDF's pages rendered to PNG (poppler's pdftoppm).
cli --db a.sqlite report --format pdf --out report.pdf >/dev/null
rm -f "$OUT"/14-report-page*.png
pdftoppm -r 80 -png report.pdf "$OUT/14-report-page"
ls "$OUT"/14-report-page*.png
# The province's figures from the server once the commune's books are there: the funds table and the buttons
# that write the figures as a file, on a tall screen.
cli --db a.sqlite sync >/dev/null
HOME="$WORK" XDG_RUNTIME_DIR="$WORK" xvfb-run -a -s "-screen 0 1280x2000x24" \
  "$BIN/khuyenhoc" --data tinh.sqlite --page AreaReportPage --size 360x1900 \
  --screenshot "$OUT/19-area-report.png" 2>>app.log
echo docs/screenshots/19-area-report.png
if grep -E '\.qml:[0-9]+' app.log; then echo "QML errors while taking screenshots" >&2; exit 1; fi
