#!/usr/bin/env bash
# Keeps the libraries in their shape (docs/architecture.md, "Layers"): fails if a library links, or a source
# file includes, across it; if core reaches for the network, a GUI, SQL or a clock; or if anything but the two
# clock classes reads the system time.
#   core ← device ← {app, cli}      core ← server      sql ← {device, server}      core ← export ← {app, cli}
# Usage: check_layers.sh SOURCE_DIR LINKS_FILE (LINKS_FILE: "target: lib;lib;..." lines written by CMake).
set -uo pipefail
src=$1
links=$2
fail=0
problem() { echo "layers: $*" >&2; fail=1; }

# --- links: every khuyenhoc_* library a target links must be one the shape allows.
declare -A allowed=(
  [khuyenhoc_core]="khuyenhoc_proto"
  [khuyenhoc_sql]=""
  [khuyenhoc_device]="khuyenhoc_core khuyenhoc_sql"
  [khuyenhoc_server]="khuyenhoc_core khuyenhoc_sql"
  [khuyenhoc_export]="khuyenhoc_core"
  [khuyenhoc_gui]="khuyenhoc_device khuyenhoc_export"
  [khuyenhoc-cli]="khuyenhoc_device khuyenhoc_export"
  [khuyenhoc-server]="khuyenhoc_server"
)
# Qt modules a library may not use at all.
declare -A banned=(
  [khuyenhoc_core]="Qt6::Network Qt6::Gui Qt6::Sql Qt6::HttpServer Qt6::Quick Qt6::Qml PkgConfig::SQLITE3"
  [khuyenhoc_sql]="Qt6::Network Qt6::Gui Qt6::HttpServer"
  [khuyenhoc_device]="Qt6::Gui Qt6::HttpServer Qt6::Quick Qt6::Qml"
  [khuyenhoc_server]="Qt6::Gui Qt6::Quick Qt6::Qml"
)
[ -s "$links" ] || problem "no link list at $links"
while IFS=: read -r target libs || [ -n "$target" ]; do
  [ -n "$target" ] || continue
  [ -n "${allowed[$target]+x}" ] || continue
  for lib in ${libs//;/ }; do
    lib=${lib#\$<LINK_ONLY:}; lib=${lib%>}
    case "$lib" in
      khuyenhoc_guiplugin|khuyenhoc_gui_resources*|khuyenhoc_*_resources*) continue ;;
      khuyenhoc_*|khuyenhoc-*)
        [[ " ${allowed[$target]} " == *" $lib "* ]] || problem "$target links $lib, outside the shape" ;;
    esac
    [[ " ${banned[$target]:-} " == *" $lib "* ]] && problem "$target links $lib"
  done
done < "$links"

# --- includes: what each folder may include of ours.
check_includes() { # folder, allowed-prefixes regex, description
  local dir=$1 ok=$2
  while IFS= read -r line; do
    file=${line%%:*}; inc=${line#*\"}; inc=${inc%%\"*}
    [[ "$inc" =~ \.pb\.h$ || "$inc" =~ \.moc$ || "$inc" =~ ^ui_ ]] && continue
    [[ "$inc" =~ $ok ]] || problem "$file includes \"$inc\", outside its layer"
  done < <(grep -rHn --include='*.h' --include='*.cpp' -E '^#include "' "$src/$dir" | sed -E 's/^([^:]*):[0-9]+:/\1:/')
}
check_includes sync/core '^core/'
check_includes sync/sql '^sql/'
check_includes sync/device '^(core|sql|device)/'
check_includes sync/server '^(core|sql|server)/'
check_includes sync/export '^(core|export)/'
check_includes sync/cli '^(core|device|export|cli)/'
check_includes app '^((core|device|export)/[a-z_/]+\.h|[a-z_]+\.h)$'

# --- core is pure: no network, GUI, SQL or HTTP headers, and no clock of its own.
if grep -rHn --include='*.h' --include='*.cpp' -E '#include <(QNetwork|QSsl|QtNetwork|QGui|QImage|QPainter|QPdf|QTextDocument|QHttp|QQml|QQuick|QSql|sqlite3)' "$src/sync/core"; then
  problem "core includes a network, GUI, HTTP or SQL header"
fi
clock='currentDate|currentDateTime|currentMSecsSinceEpoch|currentSecsSinceEpoch|currentTime\(|std::chrono::system_clock|\btime\(nullptr\)'
if grep -rHn --include='*.h' --include='*.cpp' -E "$clock" "$src/sync/core"; then problem "core reads a clock"; fi
# Everywhere else, the system time is read in one place per runner.
while IFS= read -r hit; do
  case "$hit" in
    */sync/device/store/device_clock.cpp:*|*/sync/server/services/system_clock.cpp:*) ;;
    *) problem "reads the system time outside DeviceClock/SystemClock: $hit" ;;
  esac
done < <(grep -rHn --include='*.h' --include='*.cpp' -E "$clock" "$src/sync" "$src/app")

[ $fail -eq 0 ] && echo "layers: ok (links, includes, a pure core, one clock per runner)"
exit $fail
