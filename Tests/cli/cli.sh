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
# A busy machine slows a run: up to five runs, the check passes when one is within the bar (the
# fastest run, as hyperfine reports a minimum), every run printed.
big_ok=0
for run in 1 2 3 4 5; do
    /usr/bin/time -f "%e %M" -o "$tmp/time" "$bin" export "$tmp/big.txt" >/dev/null 2>"$tmp/err"
    rc=$?
    read -r secs kb <"$tmp/time" || true
    echo "     50 MB export, run $run: exit $rc, ${secs:-?} s, $(( ${kb:-0} / 1024 )) MB peak (load $(cut -d' ' -f1 /proc/loadavg 2>/dev/null))"
    if [ "$rc" = 0 ] && awk -v s="${secs:-99}" -v k="${kb:-999999999}" 'BEGIN { exit !(s <= 5.0 && k <= 500 * 1024) }'; then
        big_ok=1; break
    fi
    [ "$rc" = 0 ] || break
done
if [ "$big_ok" = 1 ]; then
    ok "50 MB export within 5 s and 500 MB"
else
    bad "50 MB export within 5 s and 500 MB"
fi

# --- Formats: HTML, Markdown, format detection and --format-in, --format text ---
cat >"$tmp/page.html" <<'HTML'
<!DOCTYPE html><html><head><meta charset="utf-8"><title>Ferry Talks Resume in Port Kessel | The Kessel Ledger</title>
<meta property="og:site_name" content="The Kessel Ledger"><meta name="author" content="Mira Osk">
<meta property="article:published_time" content="2021-06-05T08:00:00Z"></head><body>
<nav><a href="/">Home</a> <a href="/world">World news menu</a></nav>
<article><h1>Ferry Talks Resume in Port Kessel</h1>
<p>Officials from Moscow and Baku met in Tbilisi on Tuesday, after weeks of quiet talks between the two ministries, officials said (<a href="https://example.org/1">TASS</a>, June 3).</p>
<p>The envoy called the meeting &ldquo;useful&rdquo; and promised <em>more</em> rounds before the summer, according to two people briefed on the plan.</p>
<p>Evil: &#27;]0;pwned&#7; and &#x202E;bidi in the page text must stay visible placeholders.</p></article>
<footer>Copyright and other footer text</footer></body></html>
HTML
expect "HTML page export" 0 "" -- "$bin" export "$tmp/page.html"
python3 - "$tmp/out" <<'PY' && ok "HTML export: format, metadata, date basis, no markup, links on the citation" || bad "HTML export: format, metadata, date basis, no markup, links on the citation"
import json, sys
d = json.load(open(sys.argv[1]))
m = d["metadata"]
assert d["source"]["format"] == "html", d["source"]
assert m["title"] == "Ferry Talks Resume in Port Kessel", m["title"]
assert m["byline"] == "Mira Osk" and m["site"] == "The Kessel Ledger", m
assert m["date"]["value"] == "2021-06-05" and "published_time" in m["date"]["basis"] and not m["date"]["inferred"], m["date"]
assert "<" not in d["text"] and "&ldquo;" not in d["text"] and "Home" not in d["text"] and "Copyright" not in d["text"]
c = [c for c in d["citations"] if "TASS" in c["text"]][0]
assert c["links"] == ["https://example.org/1"] and c["refs"][0]["dates"] == ["2021-06-03"], c
assert any(s["kind"] == "link" and s.get("target") == "https://example.org/1" for s in d["styles"])
PY
expect "HTML page as text" 0 "" -- "$bin" export --format text "$tmp/page.html"
head -3 "$tmp/out" | grep -q "^Mira Osk · The Kessel Ledger · 2021-06-05" && ok "text export: title then metadata line" || bad "text export: title then metadata line ($(head -3 "$tmp/out" | tr '\n' '/'))"
if LC_ALL=C grep -q $'\x1b\|\x07\|\xe2\x80\xae' "$tmp/out"; then bad "escape or bidi control in text export"; else ok "escapes and bidi controls in page text become placeholders"; fi
expect "HTML page, plain reader output" 0 "" -- "$bin" "$tmp/page.html"
if LC_ALL=C grep -q $'\x1b\|\x07\|\xe2\x80\xae' "$tmp/out"; then bad "escape or bidi control in plain output"; else ok "no escape or bidi control in plain output of a page"; fi
cp "$tmp/page.html" "$tmp/page.dat"
expect "HTML sniffed without an extension" 0 "" -- "$bin" export "$tmp/page.dat"
grep -q '"format" *: *"html"' "$tmp/out" && ok "content sniffing finds HTML" || bad "content sniffing finds HTML"
expect "--format-in text shows the source" 0 "" -- "$bin" export --format-in text "$tmp/page.html"
grep -q '"format" *: *"text"' "$tmp/out" && ok "--format-in overrides detection" || bad "--format-in overrides detection"
expect "bad --format-in" 64 "format-in" -- "$bin" export --format-in pdf "$tmp/page.html"
expect "HTML from standard input" 0 "" -- bash -c "'$bin' export --format text - <'$tmp/page.html'"
printf -- '---\ntitle: Harbour Notes\ndate: 2022-04-09\n---\nEnvoy **Tamsin Vorel** met *Ansel Brook* in [Baku](https://example.org/baku).\n\n| City | Country |\n|---|---|\n| Baku | Azerbaijan |\n' >"$tmp/note.md"
expect "Markdown export" 0 "" -- "$bin" export "$tmp/note.md"
python3 - "$tmp/out" <<'PY' && ok "Markdown: front matter, table rows, styles, no markup" || bad "Markdown: front matter, table rows, styles, no markup"
import json, sys
d = json.load(open(sys.argv[1]))
assert d["source"]["format"] == "markdown"
assert d["metadata"]["title"] == "Harbour Notes" and d["metadata"]["date"]["value"] == "2022-04-09"
assert "**" not in d["text"] and "|" not in d["text"] and "](" not in d["text"]
assert [b["kind"] for b in d["blocks"]].count("table-row") == 2
assert {s["kind"] for s in d["styles"]} >= {"strong", "emphasis", "link"}
PY

# --- Hostile HTML: 5 MB, 100,000 levels deep, invalid bytes, no article, 0 bytes, NUL bytes ---
python3 - "$tmp" <<'PY'
import sys
t = sys.argv[1]
para = "<p>Officials from Moscow and Baku met in Tbilisi on Tuesday, after weeks of quiet talks, officials said.</p>\n"
open(t + "/big.html", "w").write("<html><body><article>" + para * (5_000_000 // len(para)) + "</article></body></html>")
open(t + "/deep.html", "w").write("<html><body>" + "<div>" * 100_000 + "Deep text in Baku." + "</div>" * 100_000 + "</body></html>")
open(t + "/invalid.html", "wb").write(b"<html><head><title>Bytes</title></head><body><p>caf\xff\xfe\xc3 in Baku \xe9t\xe9, with broken bytes all over the paragraph text.</p></body></html>")
open(t + "/login.html", "w").write("<!DOCTYPE html><html><head><title>Sign in</title></head><body><form><label>User</label><input name=u><input type=password><button>Log in</button></form></body></html>")
open(t + "/nul.html", "wb").write(b"<html>\x00\x00<body>x</body></html>")
PY
expect "5 MB HTML page" 0 "" -- "$bin" export --format text "$tmp/big.html"
expect "HTML nested 100,000 deep" 0 "" -- "$bin" export --format text "$tmp/deep.html"
grep -q "Deep text in Baku" "$tmp/out" && ok "deep nesting keeps its text" || bad "deep nesting keeps its text"
expect "HTML with invalid bytes" 0 "" -- "$bin" export "$tmp/invalid.html"
expect "page with no article opens and says so" 0 "no article" -- "$bin" export "$tmp/login.html"
: >"$tmp/empty.html"
expect "0-byte page" 68 "empty" -- "$bin" export "$tmp/empty.html"
expect "HTML with NUL bytes" 65 "binary" -- "$bin" export "$tmp/nul.html"

# --- URLs, served by a local HTTP server on 127.0.0.1 that this script starts ---
cat >"$tmp/server.py" <<'PY'
import http.server, socketserver, sys, time
page = open(sys.argv[2], "rb").read()
class H(http.server.BaseHTTPRequestHandler):
    def log_message(self, *a): pass
    def do_GET(self):
        if self.path == "/page":
            assert "Dossier" in self.headers.get("User-Agent", "")
            self.send_response(200); self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(page))); self.end_headers(); self.wfile.write(page)
        elif self.path == "/moved":
            self.send_response(301); self.send_header("Location", "/page"); self.send_header("Content-Length", "0"); self.end_headers()
        elif self.path == "/loop":
            self.send_response(302); self.send_header("Location", "/loop"); self.send_header("Content-Length", "0"); self.end_headers()
        elif self.path == "/slow":
            time.sleep(30)
        elif self.path == "/huge":
            self.send_response(200); self.send_header("Content-Type", "text/html"); self.end_headers()
            chunk = b"<p>" + b"x" * (1 << 20) + b"</p>"
            try:
                for _ in range(1024): self.wfile.write(chunk)
            except (BrokenPipeError, ConnectionResetError):
                pass
        else:
            self.send_response(404); self.send_header("Content-Length", "0"); self.end_headers()
class S(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
s = S(("127.0.0.1", 0), H)
open(sys.argv[1], "w").write(str(s.server_address[1]))
s.serve_forever()
PY
python3 "$tmp/server.py" "$tmp/port" "$tmp/page.html" &
server=$!
for _ in $(seq 50); do [ -s "$tmp/port" ] && break; sleep 0.1; done
port=$(cat "$tmp/port" 2>/dev/null)
base="http://127.0.0.1:$port"
expect "URL fetch" 0 "" -- "$bin" export "$base/page"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["source"]["format"]=="html" and d["metadata"]["url"].endswith("/page") and d["metadata"]["title"]' "$tmp/out" \
    && ok "URL opens as HTML with its address" || bad "URL opens as HTML with its address"
expect "URL redirect followed" 0 "" -- "$bin" export --format text "$base/moved"
grep -q "Ferry Talks Resume" "$tmp/out" && ok "redirect leads to the page" || bad "redirect leads to the page"
expect "URL 404" 73 "HTTP 404" -- "$bin" export "$base/missing"
expect "URL redirect loop" 73 "redirect" -- "$bin" export "$base/loop"
expect "URL timeout" 75 "timed out" -- "$bin" export --timeout 2 "$base/slow"
expect "URL sending 1 GB" 69 "larger than" -- "$bin" export "$base/huge"
expect "URL refused" 75 "cannot connect" -- "$bin" export "http://127.0.0.1:1/x"
expect "URL, plain reader output" 0 "" -- "$bin" "$base/page"
kill "$server" 2>/dev/null; wait "$server" 2>/dev/null

source "$(dirname "$0")/library.sh"

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
