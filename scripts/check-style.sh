#!/usr/bin/env bash
# The habits the test command checks (docs/architecture.md, "Habits that keep it so"):
#   - C++ as clang-format (.clang-format) writes it, QML as qmlformat writes it;
#   - no source file over 500 lines, no function over 80, unless a comment says why: "// Long file: <why>" in the
#     first ten lines of the file, "// Long: <why>" on one of the three lines above the function.
# Usage: check-style.sh [--fix]   (--fix formats in place instead of failing)
set -uo pipefail
cd "$(dirname "$0")/.."
fix=${1:-}
fail=0
problem() { echo "style: $*" >&2; fail=1; }

mapfile -t cpp < <(git ls-files 'app/*.cpp' 'app/*.h' 'sync/*.cpp' 'sync/*.h' 'tests/*.cpp' 'tests/*.h' 'bench/*.cpp' 'fuzz/*.cpp')
mapfile -t qml < <(git ls-files '*.qml')
qmlformat=/usr/lib/qt6/bin/qmlformat

# --- clang-format
if [ "$fix" = --fix ]; then
  clang-format -i "${cpp[@]}"
else
  clang-format --dry-run --Werror "${cpp[@]}" 2>/tmp/kh-clang-format.log || {
    grep -m 20 'error:' /tmp/kh-clang-format.log >&2
    problem "C++ not formatted: run scripts/check-style.sh --fix"
  }
fi

# --- qmlformat. Qt 6.4's qmlformat drops the value of "pragma ComponentBehavior: Bound", so the line is put back.
format_qml() { # file -> stdout
  "$qmlformat" "$1" | sed -E 's/^pragma ComponentBehavior$/pragma ComponentBehavior: Bound/'
}
for f in "${qml[@]}"; do
  out=$(format_qml "$f") || { problem "qmlformat cannot read $f"; continue; }
  if [ "$fix" = --fix ]; then
    [ "$out" = "$(cat "$f")" ] || printf '%s\n' "$out" > "$f"
  elif [ "$out" != "$(cat "$f")" ]; then
    problem "$f is not as qmlformat writes it: run scripts/check-style.sh --fix"
  fi
done

# --- lengths
for f in "${cpp[@]}" "${qml[@]}"; do
  n=$(wc -l < "$f")
  if [ "$n" -gt 500 ] && ! head -n 10 "$f" | grep -q '// Long file:'; then
    problem "$f has $n lines (over 500, and no '// Long file:' saying why)"
  fi
done
cpps=()
for f in "${cpp[@]}"; do case "$f" in *.cpp) cpps+=("$f") ;; esac; done
long=$(awk -f scripts/function-lengths.awk "${cpps[@]}") || problem "function-lengths.awk failed"
[ -z "$long" ] || { echo "$long" >&2; fail=1; }

[ $fail -eq 0 ] && echo "style: ok (clang-format, qmlformat, file and function lengths)"
exit $fail
