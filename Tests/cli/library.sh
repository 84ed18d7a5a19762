# The library's command line (sourced by cli.sh, which defines bin, tmp, ok, bad, expect):
# adding, skipping unchanged files, listing, searching, checking, and every way a library path
# can be bad — each a one-line error with its own status and the file left as it was — then a
# `dossier add` killed with SIGKILL mid-run, which must leave a sound library.
lib="$tmp/lib/library.sqlite"
data="$(dirname "${BASH_SOURCE[0]}")/../../Data"
expect "library: add the sample articles" 0 "" -- "$bin" add --library "$lib" "$data/library" "$data/reference-article.txt"
grep -q "added [1-9]" "$tmp/out" && ok "library: articles were added" || bad "library: articles were added: $(cat "$tmp/out")"
expect "library: adding again skips unchanged files" 0 "" -- "$bin" add --library "$lib" "$data/library" "$data/reference-article.txt"
grep -q "added 0, updated 0, unchanged [1-9]" "$tmp/out" && ok "library: unchanged files skipped" || bad "library: unchanged files skipped: $(cat "$tmp/out")"
expect "library: export of an article the library holds" 0 "" -- "$bin" export --library "$lib" "$data/library/2018-05-30-after-the-velvet-revolution.txt"
python3 - "$tmp/out" <<'PY' && ok "library: export resolves 'see EDM, July 19, 2016' and lists who cites the article" || bad "library: export's resolved and cited_by"
import json, sys
d = json.load(open(sys.argv[1]))
assert isinstance(d["metadata"]["library_id"], int)
see = [r for c in d["citations"] if c["see"] for r in c["refs"]]
assert see and see[0]["dates"] == ["2016-07-19"], see
assert [a["title"] for a in see[0]["resolved"]] == ["Baku Watches Moscow’s Patience With Yerevan Wear Thin"], see
assert see[0]["resolved"][0]["date"] == "2016-07-19"
citing = {a["title"] for a in d["cited_by"]}
assert "Moscow Courts Baku as Yerevan Looks West" in citing and "Yerevan Answers Moscow’s Karabakh Trial Balloon" in citing, citing
assert all(a["at"]["end"] > a["at"]["start"] for a in d["cited_by"])
PY
cp "$data/reference-article.txt" "$tmp/ref.txt"
"$bin" add --library "$lib" "$tmp/ref.txt" >/dev/null 2>&1
printf '\nOne more sentence about Baku.\n' >>"$tmp/ref.txt"
expect "library: a changed file is updated" 0 "" -- "$bin" add --library "$lib" "$tmp/ref.txt"
grep -q "updated 1" "$tmp/out" && ok "library: changed file replaced" || bad "library: changed file replaced: $(cat "$tmp/out")"
expect "library: a missing input is one line, the batch goes on" 1 "no such file" -- "$bin" add --library "$lib" "$tmp/nope.txt" "$tmp/ref.txt"
expect "library: list --json" 0 "" -- "$bin" library list --library "$lib" --json
python3 -c 'import json,sys; a=json.load(open(sys.argv[1])); assert len(a) >= 2 and all(x["title"] for x in a)' "$tmp/out" \
    && ok "library: list is JSON with titles" || bad "library: list is JSON with titles"
expect "library: search --json" 0 "" -- "$bin" search --library "$lib" --json Pashinyan
python3 -c 'import json,sys; a=json.load(open(sys.argv[1])); h=a[0]; s,e=h["matches"][0]; assert h["snippet"][s:e].lower()=="pashinyan", h' "$tmp/out" \
    && ok "library: search hit with its match" || bad "library: search hit with its match"
expect "library: check" 0 "" -- "$bin" library check --library "$lib"
expect "library: remove by path" 0 "" -- "$bin" remove --library "$lib" "$tmp/ref.txt"
expect "library: remove an unknown id" 66 "no such article" -- "$bin" remove --library "$lib" 999999
expect "library: no library yet" 66 "no library" -- "$bin" library list --library "$tmp/none/library.sqlite"

head -c 8192 /dev/urandom >"$tmp/junk.sqlite"; cp "$tmp/junk.sqlite" "$tmp/junk.orig"
expect "library: a corrupt file" 80 "not a usable Dossier library" -- "$bin" add --library "$tmp/junk.sqlite" "$tmp/ref.txt"
cmp -s "$tmp/junk.sqlite" "$tmp/junk.orig" && ok "library: the corrupt file is untouched" || bad "library: the corrupt file is untouched"
python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute("create table notes(x)"); c.commit()' "$tmp/foreign.sqlite"
cp "$tmp/foreign.sqlite" "$tmp/foreign.orig"
expect "library: another program's database" 81 "not a Dossier library" -- "$bin" add --library "$tmp/foreign.sqlite" "$tmp/ref.txt"
cmp -s "$tmp/foreign.sqlite" "$tmp/foreign.orig" && ok "library: the foreign file is untouched" || bad "library: the foreign file is untouched"
cp "$lib" "$tmp/newer.sqlite"
python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute("insert into grdb_migrations values (?)", ("v99 future",)); c.commit()' "$tmp/newer.sqlite"
expect "library: a newer schema" 82 "newer version" -- "$bin" library list --library "$tmp/newer.sqlite"
: >"$tmp/plainfile"
expect "library: an unwritable folder" 83 "cannot" -- "$bin" add --library "$tmp/plainfile/library.sqlite" "$tmp/ref.txt"

# A full disk: a 1 MB file-size limit while adding more than that.
mkdir -p "$tmp/many"
"$bin" library generate 400 "$tmp/many" >/dev/null
expect "library: a full disk (ulimit -f)" 84 "disk is full" -- bash -c "ulimit -f 1024; exec '$bin' add --quiet --library '$tmp/full.sqlite' '$tmp/many'"
expect "library: sound after the full disk" 0 "" -- "$bin" library check --library "$tmp/full.sqlite"

# SIGKILL in the middle of a batch: the library stays sound and each article is whole or absent.
"$bin" add --quiet --library "$tmp/kill.sqlite" "$tmp/many" >/dev/null 2>&1 &
pid=$!
for _ in $(seq 1 100); do
    sleep 0.1
    n=$(python3 -c 'import sqlite3,sys
try: print(sqlite3.connect(sys.argv[1]).execute("select count(*) from article").fetchone()[0])
except Exception: print(0)' "$tmp/kill.sqlite" 2>/dev/null)
    [ "${n:-0}" -ge 20 ] && break
done
kill -9 $pid 2>/dev/null; wait $pid 2>/dev/null
expect "library: sound after kill -9" 0 "" -- "$bin" library check --library "$tmp/kill.sqlite"
grep -q "integrity check passed" "$tmp/out" && ok "library: check says the integrity check passed" || bad "library: check output: $(cat "$tmp/out")"
python3 - "$tmp/kill.sqlite" <<'PY' && ok "library: after kill -9 every article is whole ($(cat "$tmp/killcount") of 400)" || bad "library: articles whole after kill -9"
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
n = c.execute("select count(*) from article").fetchone()[0]
assert 0 < n < 400, n
for q in ["select count(*) from article a where not exists (select 1 from article_text t where t.id = a.id)",
          "select count(*) from article a where not exists (select 1 from article_entity e where e.article_id = a.id)",
          "select count(*) from article a where not exists (select 1 from timeline t where t.article_id = a.id)",
          "select count(*) from article_text t where not exists (select 1 from article a where a.id = t.id)"]:
    assert c.execute(q).fetchone()[0] == 0, q
assert c.execute("select count(*) from article_fts where article_fts match 'Publication'").fetchone()[0] == n
open(sys.argv[1].replace("kill.sqlite", "killcount"), "w").write(str(n))
PY
expect "library: adding after the kill completes the batch" 0 "" -- "$bin" add --quiet --library "$tmp/kill.sqlite" "$tmp/many"
python3 -c 'import sqlite3,sys; assert sqlite3.connect(sys.argv[1]).execute("select count(*) from article").fetchone()[0] == 400' "$tmp/kill.sqlite" \
    && ok "library: all 400 articles after the second add" || bad "library: all 400 articles after the second add"
