#!/usr/bin/env bash
# End-to-end test of the real reader in tmux (100×30): drawing, colour, keys, resize, quitting,
# signals and hostile text. Builds nothing: pass the binary, e.g.
#   swift build && Tests/e2e/reader.sh .build/debug/dossier
# Prints "N passed, N failed" and exits non-zero when anything failed.
set -euo pipefail

BIN=$(realpath "${1:?usage: reader.sh PATH/TO/dossier}")
[[ -x $BIN ]] || { echo "not executable: $BIN" >&2; exit 2; }
command -v tmux >/dev/null || { echo "tmux is not installed" >&2; exit 2; }

WORK=$(mktemp -d)
SOCK="dossier-e2e-$$"
T=(tmux -L "$SOCK" -f "$WORK/tmux.conf")
cleanup() { "${T[@]}" kill-server 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT
# A command that fails outside a check stops the script (set -e): still print the tally.
trap 'echo; echo "${PASS:-0} passed, $((${FAIL:-0} + 1)) failed (stopped at line $LINENO)"' ERR

cat >"$WORK/tmux.conf" <<'EOF'
set -g default-terminal tmux-256color
set -g status off
set -g set-clipboard on
set -g allow-rename on
set -g escape-time 0
EOF

# Isolated config and state, so the user's settings and positions play no part.
export XDG_CONFIG_HOME="$WORK/config" XDG_STATE_HOME="$WORK/state" XDG_DATA_HOME="$WORK/data"
unset NO_COLOR DOSSIER_LIBRARY
# `dossier` with no file opens the library view; the reader tests name the reference article.
DATA=$(realpath "$(dirname "$0")/../../Data")
REF="$DATA/reference-article.txt"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_STATE_HOME"

# A session that lives as long as the script, so killing a test session never stops the
# server (a new server starting while the old one exits fails with "server exited unexpectedly").
"${T[@]}" new-session -d -s keep -x 100 -y 30 "sleep 100000"

PASS=0
FAIL=0
pass() { PASS=$((PASS + 1)); echo "ok   $1"; }
fail() { FAIL=$((FAIL + 1)); echo "FAIL $1"; [[ -n ${2:-} ]] && printf '%s\n' "$2" | sed 's/^/     | /' | head -40; return 0; }
check() { local name=$1; shift; if "$@"; then pass "$name"; else fail "$name" "$(screen)"; fi; }

ESC=$'\e'
screen() { "${T[@]}" capture-pane -t e2e -p 2>/dev/null || true; }
screen_sgr() { "${T[@]}" capture-pane -t e2e -e -p 2>/dev/null || true; }
flags() { "${T[@]}" display -p -t e2e '#{alternate_on} #{cursor_flag}' 2>/dev/null || echo "gone"; }
status_line() { screen | sed -n '$p'; }

# Waits (up to ~5 s) until the pane shows a line matching the extended regex $1.
wait_for() {
    local i
    for i in $(seq 1 50); do
        if screen | grep -Eq -- "$1"; then return 0; fi
        sleep 0.1
    done
    return 1
}
# Retries a command for up to ~4 s (a loaded machine may draw late).
eventually() {
    local i
    for i in $(seq 1 40); do
        if "$@"; then return 0; fi
        sleep 0.1
    done
    return 1
}
flags_are() { [[ "$(flags)" == "$1" ]]; }
wait_gone() {
    local i
    for i in $(seq 1 50); do
        if ! screen | grep -Eq -- "$1"; then return 0; fi
        sleep 0.1
    done
    return 1
}

# Starts the binary with arguments in a fresh 100×30 session; the shell prints EXIT=status after.
start() {
    "${T[@]}" kill-session -t e2e 2>/dev/null || true
    local cmd="$BIN"
    local a
    for a in "$@"; do cmd+=" $(printf '%q' "$a")"; done
    "${T[@]}" new-session -d -s e2e -x 100 -y 30 "$cmd 2>>$WORK/stderr; echo EXIT=\$?; sleep 600"
}
# The reference article from the top: its remembered reading position is forgotten first.
start_ref() { rm -rf "$XDG_STATE_HOME/dossier"; start "$REF"; }
reader_pid() { pgrep -P "$("${T[@]}" display -p -t e2e '#{pane_pid}')" -f "$BIN" | head -1; }
keys() { "${T[@]}" send-keys -t e2e "$@"; sleep 0.25; }

TITLE='Moscow-Baku Rapprochement'

# --- Drawing -----------------------------------------------------------------------------
start_ref
check "title is visible" wait_for "$TITLE"
check "the alternate screen is on and the cursor hidden" eventually flags_are "1 0"
# An entity name preceded by an SGR sequence that sets a foreground colour.
entity_in_colour() {
    screen_sgr | grep -Pq "(${ESC}\\[[0-9;]*m)*${ESC}\\[[0-9;]*(3[1-7]|9[1-7]|38;5;[0-9]+)(;[0-9]+)*m(${ESC}\\[[0-9;]*m)*(Azerbaijan|Armenia|Russia|Moscow|Baku|Yerevan|Pashinyan|Aliyev)"
}
check "an entity is drawn in colour" eventually entity_in_colour

# --- Keys --------------------------------------------------------------------------------
# Tab skips the caption's "(Source: …)" image credit: one press selects the first source citation.
tab_status() {
    keys Tab
    eventually status_has_edm
}
status_has_edm() { status_line | grep -q 'EDM' && status_line | grep -q '2016-07-19'; }
check "Tab selects a citation: EDM and 2016-07-19 in the status line" tab_status

keys Escape
keys End
keys f
keys p a s h i n
keys Enter
finder_jump() { wait_for 'Pashinyan' && ! screen | grep -q 'pashin'; }
check "f, pashin, Enter brings Pashinyan into view" finder_jump

before=$(screen)
keys End
at_end=$(screen)
keys t
keys Enter
timeline_jump() { [[ "$(screen)" != "$at_end" ]] && screen | grep -Eq '[A-Za-z]'; }
check "t, Enter jumps from the timeline" eventually timeline_jump
: "$before"
keys Escape

# A wheel-down report as the terminal sends it (X10 encoding: ESC [ M, 32+65, 32+x, 32+y).
keys g
top=$(screen)
"${T[@]}" send-keys -t e2e -l $'\e[M\x61\x2a\x2a'
sleep 0.3
wheel() { [[ "$(screen)" != "$top" ]]; }
check "the mouse wheel scrolls" eventually wheel

# --- Resize ------------------------------------------------------------------------------
"${T[@]}" resize-window -t e2e -x 60 -y 20
sleep 0.5
small() {
    [[ "$("${T[@]}" display -p -t e2e '#{pane_width}x#{pane_height}')" == 60x20 ]] &&
        [[ "$(screen | wc -l)" -le 20 ]] && screen | grep -Eq 'Moscow|Baku|Azerbaijan|Russia|Armenia' &&
        [[ "$(flags)" == "1 0" ]]
}
check "resize to 60×20 redraws the article" eventually small
"${T[@]}" resize-window -t e2e -x 100 -y 30
sleep 0.5
big() { [[ "$("${T[@]}" display -p -t e2e '#{pane_width}x#{pane_height}')" == 100x30 ]] && screen | grep -Eq '[A-Za-z]{4}'; }
check "resize back to 100×30 redraws" eventually big

# The text at the top survives a round trip through a narrower size.
keys g
keys d
keys d
first_line() { screen | sed -n 1p | cut -c1-58; }
top_before=$(first_line)
"${T[@]}" resize-window -t e2e -x 60 -y 20
sleep 0.5
"${T[@]}" resize-window -t e2e -x 100 -y 30
sleep 0.5
same_top() { [[ -n $top_before && "$(first_line)" == "$top_before" ]]; }
check "resize keeps the reading position" eventually same_top

# Below 40×10 the reader says the terminal is too small, and comes back after.
"${T[@]}" resize-window -t e2e -x 39 -y 12
sleep 0.5
check "39 columns: terminal too small" eventually wait_for 'Terminal too small'
"${T[@]}" resize-window -t e2e -x 100 -y 30
sleep 0.5
check "back to 100×30: the article again" eventually same_top

# Esc closes the help at once (ESCDELAY is short); generous bound for a loaded machine.
keys '?'
wait_for '─ Help' || true
t0=$(date +%s%N)
"${T[@]}" send-keys -t e2e Escape
wait_gone '─ Help' || true
esc_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
esc_fast() { (( esc_ms < 300 )) && ! screen | grep -q '─ Help'; }
check "Esc closes the help quickly (${esc_ms} ms, polled)" esc_fast

# Another program writes over the screen; Ctrl-L repaints it.
printf '\e[5;5HSTRAY-OUTPUT-XYZ' >"$("${T[@]}" display -p -t e2e '#{pane_tty}')"
sleep 0.3
keys C-l
stray_gone() { ! screen | grep -q 'STRAY-OUTPUT-XYZ' && screen | grep -q "$TITLE\|[A-Za-z]\{6\}"; }
check "Ctrl-L repaints over stray output" eventually stray_gone

# --- Jumps, marks, percent, copy ----------------------------------------------------------
keys g
keys d
keys d
top_line() { screen | sed -n 1p | cut -c1-60; }
before_jump=$(top_line)
keys f
keys p a s h i n
keys Enter
sleep 0.2
moved_top=$(top_line)
keys C-o
back_same() { [[ -n $before_jump && "$(top_line)" == "$before_jump" ]]; }
check "finder Enter then Ctrl-O returns to the same top line" eventually back_same
: "$moved_top"

keys d
marked=$(top_line)
keys m a
keys G
keys "'" a
mark_back() { [[ -n $marked && "$(top_line)" == "$marked" ]] && status_line | grep -q 'Mark a'; }
check "m a, G, ' a returns to the mark" eventually mark_back

# 50%: the top line comes from the middle of the article (by its place in the plain text).
keys g
keys 5 0 %
sleep 0.3
mid_article() {
    local frag plain at total
    frag=$(screen | sed -n 1p | cut -c1-60 | sed 's/^ *//; s/ *$//' | cut -c1-24)
    [[ -n $frag ]] || return 1
    plain=$("$BIN" --plain 2>/dev/null | tr '\n' ' ' | tr -s ' ')
    total=${#plain}
    at=$(python3 -c 'import sys; t=sys.argv[1]; f=" ".join(sys.argv[2].split()); print(t.find(f))' "$plain" "$frag")
    (( at >= 0 )) && (( at * 100 / total >= 30 && at * 100 / total <= 70 ))
}
check "50% lands mid-article" eventually mid_article

# y on a citation: an OSC 52 sequence that tmux (set-clipboard on) turns into a paste buffer.
keys g
keys Tab
keys y
clipboard_has_citation() { "${T[@]}" show-buffer 2>/dev/null | grep -q 'see EDM, July 19, 2016'; }
check "y on a citation reaches tmux's buffer through OSC 52" eventually clipboard_has_citation
copied_status() { status_line | grep -q 'Copied citation'; }
check "the status line says what was copied" eventually copied_status
while "${T[@]}" delete-buffer 2>/dev/null; do :; done

help_out=$("$BIN" --help 2>&1 || true)
help_theme() { grep -q -- '--theme' <<<"$help_out"; }
check "--help lists --theme" help_theme

# --- A big file: the first screen first, the rest read in the background -----------------
"$BIN" --plain >"$WORK/one.txt" 2>/dev/null
{ cat "$WORK/one.txt"; for i in $(seq 1 120); do printf '\n\n'; tail -n +3 "$WORK/one.txt"; done; } >"$WORK/big.txt"
start "$WORK/big.txt"
check "a big file opens on its first screen" wait_for "$TITLE"
rest_read() {
    local i
    for i in $(seq 1 150); do
        if ! screen | grep -q 'reading the rest'; then return 0; fi
        sleep 0.1
    done
    return 1
}
check "the rest of a big file is read in the background, then the note goes" rest_read
keys G
big_end() { status_line | grep -q 'Bot'; }
check "G reaches the end of the whole big file" eventually big_end
keys q
check "q on the big file exits 0" wait_for '^EXIT=0$'
start_ref

# --- Quit --------------------------------------------------------------------------------
keys q
check "q exits with status 0" wait_for '^EXIT=0$'
check "q leaves the alternate screen with the cursor visible" eventually flags_are "0 1"

# --- Signals -----------------------------------------------------------------------------
# TERM, HUP, INT: the handler sets a flag, the loop restores the terminal and exits 128+signal.
# SEGV, ABRT: the crash handler restores the terminal best-effort and dies by the signal.
for sig in TERM HUP INT SEGV ABRT; do
    start_ref
    wait_for "$TITLE" || true
    pid=$(reader_pid || true)
    if [[ -z $pid ]]; then fail "SIG$sig: reader not running" "$(screen)"; continue; fi
    kill -s "$sig" "$pid"
    case $sig in TERM) want=143 ;; HUP) want=129 ;; INT) want=130 ;; SEGV) want=139 ;; ABRT) want=134 ;; esac
    check "SIG$sig exits with $want" wait_for "^EXIT=$want\$"
    check "SIG$sig restores the terminal (alternate screen off, cursor on)" eventually flags_are "0 1"
done

# --- Ctrl-C is a key (the key map's quit), not SIGINT ---------------------------------------
start_ref
wait_for "$TITLE" || true
keys C-c
check "Ctrl-C quits with status 0" wait_for '^EXIT=0$'
check "Ctrl-C leaves the terminal restored" eventually flags_are "0 1"

# --- Ctrl-Z and fg (job control needs an interactive shell) -------------------------------
"${T[@]}" kill-session -t e2e 2>/dev/null || true
"${T[@]}" new-session -d -s e2e -x 100 -y 30 "bash --norc --noprofile -i"
sleep 0.5
rm -rf "$XDG_STATE_HOME/dossier"
keys "$(printf '%q' "$BIN") $(printf '%q' "$REF")" Enter
wait_for "$TITLE" || true
keys C-z
check "Ctrl-Z gives the terminal back" eventually flags_are "0 1"
keys fg Enter
sleep 0.3
resumed() { wait_for "$TITLE" && [[ "$(flags)" == "1 0" ]]; }
check "fg redraws the reader" eventually resumed
keys q
sleep 0.3

# --- Hostile text ------------------------------------------------------------------------
printf 'Evil %s]0;PWNED-TITLE\aHeadline %s]2;PWNED-TWO%s\\ \u202Ereversed\u202C here\n\nBody %s]52;c;cHduZWQ=\a text %s[2J%sc more \u202Ereversed\u202C and \u2066iso\u2069 end.\n' \
    "$ESC" "$ESC" "$ESC" "$ESC" "$ESC" "$ESC" >"$WORK/hostile.txt"
start "$WORK/hostile.txt"
sleep 0.2
title_before=$("${T[@]}" display -p -t e2e '#{pane_title}')
wait_for 'Evil' || true
sleep 0.3
title_kept() { [[ "$("${T[@]}" display -p -t e2e '#{pane_title}')" == "$title_before" ]] && ! "${T[@]}" display -p -t e2e '#{pane_title}' | grep -q PWNED; }
check "OSC 0/2 in the text leave the pane title unchanged" title_kept
no_clipboard() { [[ -z "$("${T[@]}" list-buffers 2>/dev/null)" ]]; }
check "OSC 52 in the text does not reach the clipboard" no_clipboard
placeholders() { screen | grep -q '␛' && screen | grep -q 'Evil'; }
check "escape characters are shown as placeholders and the screen is not cleared" placeholders
bidi() { screen | grep -q 'U+202E'; }
check "bidi overrides are shown as placeholders" bidi
keys q
check "hostile file: q exits 0" wait_for '^EXIT=0$'

# --- Colour off, plain output, errors ----------------------------------------------------
"${T[@]}" kill-session -t e2e 2>/dev/null || true
rm -rf "$XDG_STATE_HOME/dossier"
"${T[@]}" new-session -d -s e2e -x 100 -y 30 "NO_COLOR=1 $(printf '%q' "$BIN") $(printf '%q' "$REF"); echo EXIT=\$?; sleep 600"
wait_for "$TITLE" || true
no_colour() { ! screen_sgr | grep -Pq "${ESC}\\[[0-9;]*(3[0-7]|4[0-7]|9[0-7]|10[0-7]|38;5;[0-9]+|48;5;[0-9]+)(;[0-9]+)*m"; }
check "NO_COLOR draws without colour" no_colour
keys q

# --- Terminals that are too small, resize storms, and terminals without cursor addressing ------
start_ref
wait_for "$TITLE" || true
# 100 resizes in about 2 s: the reader survives and ends at the last size with the title in view.
for i in $(seq 1 50); do
    "${T[@]}" resize-window -t e2e -x $((40 + i % 60)) -y $((10 + i % 20))
    "${T[@]}" resize-window -t e2e -x $((100 - i % 50)) -y $((30 - i % 15))
    sleep 0.02
done
"${T[@]}" resize-window -t e2e -x 100 -y 30
alive_after_storm() { [[ -n "$(reader_pid)" ]] && wait_for "$TITLE"; }
check "100 resizes in 2 s: still running, redrawn at the last size" alive_after_storm
"${T[@]}" resize-window -t e2e -x 20 -y 5
check "20×5: terminal too small notice, no crash" eventually wait_for 'small'
"${T[@]}" resize-window -t e2e -x 100 -y 30
keys q
quit_after_storm() { wait_for 'EXIT=0' && flags_are "0 1"; }
check "q after the storm: exit 0, alternate screen off, cursor visible" quit_after_storm

# In a real terminal, but TERM says nothing useful: plain text or a clear message, never garbage.
for term in unset dumb nosuchterm; do
    "${T[@]}" kill-session -t e2e 2>/dev/null || true
    if [[ $term == unset ]]; then env_cmd="env -u TERM"; else env_cmd="env TERM=$term"; fi
    "${T[@]}" new-session -d -s e2e -x 100 -y 30 "$env_cmd $(printf '%q' "$BIN") 2>&1 | head -5; echo EXIT=\${PIPESTATUS[0]}; sleep 600"
    term_ok() { wait_for 'EXIT=0' && screen | grep -Eq "$TITLE|TERM" && ! screen_sgr | grep -q "${ESC}\\[?1049h"; }
    check "TERM $term: plain output or a clear message, exit 0" term_ok
done

# An empty file opens (like less) with a notice; export and plain output refuse it (Tests/cli).
: >"$WORK/empty.txt"
start "$WORK/empty.txt"
check "an empty file opens with a notice in the status line" eventually wait_for 'the file is empty'
keys q
check "q on the empty file exits 0" wait_for 'EXIT=0'

plain_out=$("$BIN" </dev/null 2>/dev/null | head -c 4000 || true)
plain() { grep -q "$TITLE" <<<"$plain_out" && ! grep -q "$ESC" <<<"$plain_out"; }
check "not a terminal: plain text without escape codes" plain
rc=0
"$BIN" --theme no-such-theme </dev/null >/dev/null 2>"$WORK/theme.err" || rc=$?
theme_fail() { [[ $rc -eq 78 ]] && grep -q 'no-such-theme' "$WORK/theme.err"; }
check "an unknown --theme exits 78 with a message" theme_fail
printf '"text" = { fg = "nocolour" }\n' >"$WORK/bad.toml"
rc=0
"$BIN" --theme "$WORK/bad.toml" </dev/null >/dev/null 2>"$WORK/theme.err" || rc=$?
bad_theme() { [[ $rc -eq 78 ]] && grep -q 'bad.toml:1:17: unknown colour' "$WORK/theme.err"; }
check "a broken theme file names the file, line and problem" bad_theme
mkdir -p "$XDG_CONFIG_HOME/dossier"
printf 'measure = = 3\n' >"$XDG_CONFIG_HOME/dossier/config.toml"
rc=0
cfg_out=$("$BIN" </dev/null 2>"$WORK/cfg.err") || rc=$?
bad_config() { [[ $rc -eq 0 ]] && grep -q 'config.toml:1:' "$WORK/cfg.err" && grep -q "$TITLE" <<<"$cfg_out"; }
check "a broken config warns and uses defaults" bad_config
rm -f "$XDG_CONFIG_HOME/dossier/config.toml"

# --- The library view --------------------------------------------------------------------
start
check "no library yet: dossier opens the sample library" wait_for 'Sample library \(read-only\) · [0-9]+ articles'
keys Escape
check "Esc on the list quits with status 0" wait_for '^EXIT=0$'
LIB="$WORK/lib/library.sqlite"
"$BIN" add --quiet --library "$LIB" "$DATA/library" "$REF"
start --library "$LIB"
newest_first() {
    wait_for 'After Valdai' && [[ $(screen | grep -n 'After Valdai' | cut -d: -f1) -lt $(screen | grep -n 'Baku Watches' | cut -d: -f1) ]]
}
check "dossier --library PATH lists the added articles newest first" newest_first
keys v a l d a i
filtered() { screen | grep -q 'Valdai Stage' && ! screen | grep -q 'Baku Watches'; }
check "typing filters the titles" eventually filtered
keys Down
keys Enter
opened() { screen | grep -q 'Eurasia Daily Monitor ·' && ! screen | grep -q 'type to filter'; }
check "Enter opens the chosen article in the reader" eventually opened
keys q
check "q in the article goes back to the library" wait_for '> valdai'
keys Escape
keys / p a s h i n y a n
check "/ searches every article's text" wait_for '^ / pashinyan +[0-9]+ hits'
keys Escape
keys Tab
keys p a s h i n y a n
keys Enter
entity_page() {
    wait_for 'PERSON · [0-9]+ articles' && screen | grep -q 'Valdai Stage Gives Aliyev' &&
        screen | grep -q 'After the Velvet Revolution' && ! screen | grep -q 'Baku Watches'
}
check "the entity page of Pashinyan lists the articles that mention him, and no other" eventually entity_page
keys Escape
keys Escape
keys Escape
keys Escape
check "Esc back out of the library exits 0" wait_for '^EXIT=0$'
check "the library view leaves the terminal restored" eventually flags_are "0 1"

# --- A full-text hit opens at its sentence; a library article reads on where it was left ---
start --library "$LIB"
wait_for 'After Valdai' >/dev/null
keys / m k r t c h y a n
wait_for 'mkrtchyan +[0-9]+ hit' >/dev/null
keys Enter
hit_open() { status_line | grep -q 'search hit' && screen | grep -q 'Mkrtchyan' && ! screen | grep -q 'Eurasia Daily Monitor ·'; }
check "a full-text hit opens its article at the matching sentence, not at the top" eventually hit_open
keys q
keys Escape
keys v e l v e t
keys Enter
eventually opened >/dev/null
keys G
keys q
wait_for '> velvet' >/dev/null
keys Enter
resumed_lib() { status_line | grep -q 'Resumed at' && ! screen | grep -q 'Eurasia Daily Monitor ·'; }
check "a library article opens where it was left (Resumed at …)" eventually resumed_lib
# Back to the top, so that the jump tests below open it there.
keys g
keys q
keys Escape
keys Escape
check "the library exits 0 after reading on" wait_for '^EXIT=0$'

# --- Jumps between library articles ------------------------------------------------------
start --library "$LIB"
wait_for 'After Valdai' >/dev/null
keys v e l v e t
keys Enter
eventually opened >/dev/null
# Tab until the "see EDM, July 19, 2016" citation is selected (it resolves to Baku Watches).
tab_to_edm() {
    local i
    for i in 1 2 3 4 5 6; do
        keys Tab
        if eventually status_has_edm; then return 0; fi
    done
    return 1
}
check "Tab reaches the see EDM citation of a library article" tab_to_edm
TOPLINE=$(screen | sed -n '3p')
keys Enter
check "the detail box lists the article the citation resolves to" wait_for 'Baku Watches'
keys Enter
cited_open() { screen | grep -q 'Baku Watches' && ! screen | grep -q 'Velvet'; }
check "Enter opens the cited article" eventually cited_open
keys BSpace
same_line() { [[ "$(screen | sed -n '3p')" == "$TOPLINE" ]] && screen | grep -q 'Velvet'; }
check "Backspace returns to the citing article at the same line" eventually same_line
keys C-r
check "Ctrl-R goes forward to the cited article again" eventually cited_open
keys q
keys Escape
keys Escape
check "the library exits 0 after jumps" wait_for '^EXIT=0$'

# A file the library holds (DOSSIER_LIBRARY names the library) reads as a library article.
"${T[@]}" kill-session -t e2e 2>/dev/null || true
"${T[@]}" new-session -d -s e2e -x 100 -y 30 \
    "DOSSIER_LIBRARY=$(printf '%q' "$LIB") $BIN $(printf '%q' "$DATA/library/2018-05-30-after-the-velvet-revolution.txt") 2>>$WORK/stderr; echo EXIT=\$?; sleep 600"
wait_for 'Velvet' >/dev/null
check "a file the library holds: Tab reaches the see EDM citation" tab_to_edm
keys Enter
check "a file the library holds: its citation box lists the cited library article" wait_for 'Baku Watches'
keys Enter
check "a file the library holds: Enter opens the cited article" eventually cited_open
keys BSpace
check "a file the library holds: Backspace returns to the file" wait_for 'Velvet'
keys f
keys C-g
keys p a s h i n y a n
check "the finder's library scope lists Pashinyan with an article count" wait_for 'Pashinyan +PERSON [0-9]+ articles'
keys Enter
check "Enter in the library scope shows his entity page" wait_for 'PERSON · [0-9]+ articles'
keys Escape
check "Esc on that entity page comes back to the article" wait_for 'Velvet'
keys q
check "a file the library holds: q exits 0" wait_for '^EXIT=0$'

# --- Web page and Markdown --------------------------------------------------------------
FIX=$(dirname "$(realpath "$0")")/fixtures
no_markup() { ! screen | grep -Eq '<[a-z/!]|&[a-z]+;|\*\*|\]\(|^ *#|\|---|never shown|Share on Facebook|Home World'; }
start "$FIX/page.html"
check "HTML page: the title without the site's name" wait_for '^ *Baku and Yerevan Trade Accusations Over the Border *(│|$)'
check "HTML page: no markup, script, menu or share bar" eventually no_markup
check "HTML page: the page's date in the header, not inferred" eventually wait_for '2021-06-05'
check "HTML page: an entity is drawn in colour" eventually entity_in_colour
# SGR parameter 3 (italic) on its own, not as part of 33 or 38;5;N.
emphasis_italic() { screen_sgr | grep -Pq "${ESC}\\[([0-9]+;)*3(;[0-9]+)*m(${ESC}\\[[0-9;]*m)*Nikol"; }
check "HTML page: <em> is drawn in italics" eventually emphasis_italic
keys q
start "$FIX/note.md"
check "Markdown: the front matter's title" wait_for '^ *Talks in Tbilisi Stall'
check "Markdown: no markup characters" eventually no_markup
check "Markdown: the table row shows its cells" eventually wait_for 'Baku +Azerbaijan'
check "Markdown: an entity is drawn in colour" eventually entity_in_colour
keys q

# --- Links between pages, and the add key ---------------------------------------------------
# A local page links to a second one: Tab selects the link (its target on the status line),
# Enter opens the second page, Backspace returns to the same top line; A adds the page to a
# temporary library.
LINKLIB="$WORK/links-library.sqlite"
"${T[@]}" kill-session -t e2e 2>/dev/null || true
"${T[@]}" new-session -d -s e2e -x 100 -y 30 \
    "DOSSIER_LIBRARY=$(printf '%q' "$LINKLIB") $BIN $(printf '%q' "$FIX/links-first.html") 2>>$WORK/stderr; echo EXIT=\$?; sleep 600"
check "links: the first page opens" wait_for 'Lanterns Over the Quillmere'
keys j
LINKTOP=$(top_line)
keys Tab
link_selected() { status_line | grep -q 'link links-second.html'; }
check "links: Tab selects the link and the status line shows its target" eventually link_selected
keys Enter
second_open() { screen | grep -q 'forty lanterns' && ! screen | grep -q 'grey morning'; }
check "links: Enter opens the linked page" eventually second_open
keys BSpace
link_back() { [[ -n $LINKTOP && "$(top_line)" == "$LINKTOP" ]] && screen | grep -q 'night tides'; }
check "links: Backspace returns to the same top line" eventually link_back
keys C-r
check "links: Ctrl-R goes forward to the linked page" eventually second_open
keys BSpace
keys A
check "links: A adds the page to the library" eventually wait_for 'Added to the library'
keys A
check "links: A again says it is already there" eventually wait_for 'Already in the library'
keys q
check "links: q exits 0" wait_for '^EXIT=0$'
listed() { "$BIN" library list --library "$LINKLIB" | grep -q 'Lanterns Over the Quillmere Harbour'; }
check "links: dossier library list shows the added page" listed
# Opened from the library, the page keeps its links (read again from its file).
"${T[@]}" kill-session -t e2e 2>/dev/null || true
"${T[@]}" new-session -d -s e2e -x 100 -y 30 \
    "$BIN --library $(printf '%q' "$LINKLIB") 2>>$WORK/stderr; echo EXIT=\$?; sleep 600"
check "links: the library lists the page" wait_for 'Lanterns Over the Quillmere'
keys Enter
check "links: Enter opens the library's page" eventually wait_for 'grey morning'
keys Tab
check "links: the library's page keeps its link as a Tab stop" eventually link_selected
"${T[@]}" kill-session -t e2e 2>/dev/null || true

trap - ERR
echo
echo "$PASS passed, $FAIL failed"
if ((FAIL > 0)); then exit 1; fi
