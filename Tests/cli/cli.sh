#!/usr/bin/env bash
# Command-line behaviour on good and hostile input: exit statuses, one-line errors, no traps,
# plain output when stdout is not a terminal, and the time and memory of a 50 MB export.
# Usage: Tests/cli/cli.sh path/to/dossier
set -uo pipefail
bin=${1:?usage: cli.sh path/to/dossier}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0 failed=0
ok() { passed=$((passed + 1)); echo "ok   $1"; }
bad() { failed=$((failed + 1)); echo "FAIL $1"; }

# expect NAME STATUS [grep-pattern-on-stderr] -- command...
expect() {
    local name=$1 want=$2 pat=$3; shift 4
    "$@" >"$tmp/out" 2>"$tmp/err"
    local rc=$?
    if [ "$rc" != "$want" ]; then bad "$name: exit $rc, wanted $want ($(head -c 200 "$tmp/err"))"; return; fi
    if [ -n "$pat" ] && ! grep -q -- "$pat" "$tmp/err"; then bad "$name: stderr lacks '$pat': $(head -c 200 "$tmp/err")"; return; fi
    if grep -qE "Fatal error|Backtrace|Program crashed" "$tmp/err"; then bad "$name: trapped"; return; fi
    if [ "$want" != 0 ] && [ "$(wc -l <"$tmp/err")" -gt 1 ]; then bad "$name: error is not one line"; return; fi
    ok "$name"
}

# --help shows the reading options, --version the version, every subcommand an example.
expect "--help" 0 "" -- "$bin" --help
grep -q -- "--theme" "$tmp/out" && grep -q -- "--plain" "$tmp/out" && ok "--help lists the reading options" || bad "--help lists the reading options"
expect "--version" 0 "" -- "$bin" --version
grep -Eq '^dossier [0-9]+\.[0-9]+' "$tmp/out" && ok "--version prints the version" || bad "--version prints the version"
for sub in read export eval bench bench-ui; do
    "$bin" help "$sub" >"$tmp/out" 2>&1
    grep -q "Example" "$tmp/out" && ok "help $sub has an example" || bad "help $sub has an example"
done

expect "missing file" 66 "no such file" -- "$bin" export "$tmp/nope.txt"
expect "directory" 67 "is a directory" -- "$bin" export "$tmp"
printf 'abc\0def' >"$tmp/bin.dat"
expect "binary data" 65 "binary" -- "$bin" export "$tmp/bin.dat"
: >"$tmp/empty.txt"
expect "empty file" 68 "empty" -- "$bin" export "$tmp/empty.txt"
expect "empty file, plain output" 68 "empty" -- "$bin" "$tmp/empty.txt"
expect "unreadable file (I/O error)" 74 "Input/output error" -- "$bin" export /proc/self/mem
printf '   \n\n\t\n' >"$tmp/ws.txt"
expect "whitespace only" 0 "" -- "$bin" export "$tmp/ws.txt"
printf 'Title\n\nA caf\xe9 in Baku \xff\xfe.\n' >"$tmp/latin1.txt"
expect "invalid UTF-8 opens with a notice" 0 "invalid UTF-8" -- "$bin" export "$tmp/latin1.txt"
python3 -c 'import json,sys; assert json.load(open(sys.argv[1]))["text"].startswith("Title\n\nA caf\ufffd in Baku")' "$tmp/out" && ok "invalid UTF-8 replaced by U+FFFD" || bad "invalid UTF-8 replaced by U+FFFD"
expect "bad --date" 64 "date" -- "$bin" export --date 2019-02-30
expect "unknown format" 64 "format" -- "$bin" export --format xml
expect "standard input" 0 "" -- bash -c "printf 'Moscow and Baku\n' | '$bin' export -"
# A Data folder whose tagger file is unreadable: the binary says so once, then works.
mkdir -p "$tmp/data/ner" && printf 'not a model' >"$tmp/data/ner/model.bin"
expect "missing tagger is announced" 0 "name tagger" -- env DOSSIER_DATA="$tmp/data" "$bin" export "$(dirname "$0")/../../Data/reference-article.txt"
[ "$(grep -c "name tagger" "$tmp/err")" = 1 ] && ok "missing tagger announced once" || bad "missing tagger announced once"
expect "the tagger, when found, is not mentioned" 0 "" -- "$bin" export "$(dirname "$0")/../../Data/reference-article.txt"
grep -q "name tagger" "$tmp/err" && bad "no tagger note when the model loads" || ok "no tagger note when the model loads"
expect "built-in article" 0 "" -- "$bin" export
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["schema"]=="dossier/1" and d["metadata"]["title"]' "$tmp/out" \
    && ok "export is JSON with the contract's schema" || bad "export is JSON with the contract's schema"
printf 'Evil\n\nA \x1b]0;pwned\x07 title, \x1b]52;c;cHduZWQ=\x07 clip, \x1b[2J clear, \x1bc reset, \xe2\x80\xae bidi, \xc2\x9b C1, bare\rCR, back\bspace.\n' >"$tmp/evil.txt"
expect "escape sequences export" 0 "" -- "$bin" export "$tmp/evil.txt"
if grep -q $'\x1b' "$tmp/out"; then bad "raw ESC in JSON output"; else ok "no raw ESC in JSON output"; fi
expect "escape sequences, plain reader output" 0 "" -- "$bin" "$tmp/evil.txt"
if LC_ALL=C grep -q $'\x1b\|\x07\|\xc2\x9b' "$tmp/out"; then bad "control characters reached stdout"; else ok "control characters never reach stdout"; fi
expect "plain output when stdout is a pipe" 0 "" -- "$bin"
grep -q "Moscow-Baku Rapprochement" "$tmp/out" && ok "plain output has the title" || bad "plain output has the title"
expect "TERM unset, not a tty" 0 "" -- env -u TERM "$bin"
python3 - "$tmp/long.txt" <<'PY'
import sys
words = "Moscow and Baku met in Tbilisi on July 19, 2016 (TASS, July 20) with Ilham Aliyev. "
open(sys.argv[1], "w").write("A title\n\n" + words * (5_000_000 // len(words)))
PY
expect "one 5 MB line" 0 "" -- "$bin" export "$tmp/long.txt"
# 50 MB of real article text: the dev corpus when it is there, else the reference article.
python3 - "$tmp/big.txt" "${DOSSIER_CORPUS:-../shared/corpus/dev}" "$(dirname "$0")/../../Data/reference-article.txt" <<'PY'
import sys, glob
out_path, corpus, reference = sys.argv[1:4]
texts = [open(p, encoding="utf-8").read() for p in sorted(glob.glob(corpus + "/*.txt"))]
if not texts:
    texts = [open(reference, encoding="utf-8").read()]
out, n = [], 0
while n < 50_000_000:
    for t in texts:
        out.append(t + "\n\n"); n += len(t.encode()) + 2
open(out_path, "w", encoding="utf-8").write("".join(out))
PY
/usr/bin/time -f "%e %M" -o "$tmp/time" "$bin" export "$tmp/big.txt" >/dev/null 2>"$tmp/err"
rc=$?
read -r secs kb <"$tmp/time" || true
echo "     50 MB export: exit $rc, ${secs:-?} s, $(( ${kb:-0} / 1024 )) MB peak"
if [ "$rc" = 0 ] && awk -v s="${secs:-99}" -v k="${kb:-999999999}" 'BEGIN { exit !(s <= 5.0 && k <= 500 * 1024) }'; then
    ok "50 MB export within 5 s and 500 MB"
else
    bad "50 MB export within 5 s and 500 MB"
fi

source "$(dirname "$0")/library.sh"

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
