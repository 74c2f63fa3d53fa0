# Functions longer than 80 lines without a "// Long: <why>" comment on one of the three lines above them.
# Reads C++ as clang-format writes it (.clang-format): a function at namespace level has its body's "{" alone
# on a line at column 0 (after a head of one or more lines, the first at column 0) and its "}" alone at column 0.
FNR == 1 { start = 0; split("", line) }
{ line[FNR] = $0 }
$0 == "{" && !start && FNR > 1 && line[FNR - 1] !~ /^(namespace|class|struct|enum|union|extern)/ {
    start = FNR
    head = FNR - 1
    while (head > 1 && line[head] ~ /^[ \t]/) head--
    next
}
start && $0 == "}" {
    len = FNR - start - 1
    if (len > 80) {
        ok = 0
        for (k = head - 1; k >= head - 3 && k > 0; k--)
            if (line[k] ~ /\/\/ Long:/) ok = 1
        if (!ok) printf "style: %s:%d: function of %d lines (over 80, and no \"// Long:\" comment above it)\n", FILENAME, head, len
    }
    start = 0
}
