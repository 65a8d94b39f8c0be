#!/usr/bin/env bash
# Drives `minigo repl` on a real terminal (tmux) and checks what a person would see:
# tab completion of package members and session names, multi-line input, history (Up arrow and the
# ~/.minigo_history file), Ctrl-C stopping an endless loop without ending the session, Ctrl-D ending it.
#
#   tools/repl-tmux-check.sh            (from the repository root; needs tmux: apt-get install -y tmux)
#
# Exit status 0 when every check passes; on failure it prints the screen it saw.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
command -v tmux >/dev/null || { echo "tmux is missing (apt-get install -y tmux)" >&2; exit 2; }
home=$(mktemp -d)
sock="minigo-repl-check-$$"
session=repl
t() { tmux -L "$sock" "$@"; }
cleanup() { t kill-server 2>/dev/null || true; rm -rf "$home" 2>/dev/null || true; }
trap cleanup EXIT

# Build first (outside tmux) so that the terminal only shows the REPL.
"$root/minigo" version >/dev/null

t new-session -d -s "$session" -x 120 -y 40 \
    "cd '$root' && MINIGO_JAVA_OPTS='-Duser.home=$home' ./minigo repl; echo REPL-EXITED-\$?; sleep 30"

screen() { t capture-pane -p -t "$session" -S -200; }
fail() { echo "FAIL: $1" >&2; echo "---- screen ----" >&2; screen >&2; exit 1; }
# wait_for REGEX [seconds]: until the screen matches
wait_for() {
    local deadline=$((SECONDS + ${2:-30}))
    while ((SECONDS < deadline)); do
        if screen | grep -Eq -- "$1"; then return 0; fi
        sleep 0.3
    done
    fail "timed out waiting for /$1/"
}
keys() { t send-keys -t "$session" "$@"; }
passed=0
ok() { echo "ok - $1"; passed=$((passed + 1)); }

wait_for '^go>' 120
ok "prompt"

keys 'import "strings"' Enter
sleep 3

# Tab completion of a package member: strings.Spl<TAB> -> strings.Split
keys 'strings.Spl' Tab
wait_for 'go> strings\.Split' 20
ok "tab completes strings.Spl to strings.Split"
keys '("a,b", ",")' Enter
wait_for '\[a b\]  // \[\]string' 60
ok "the completed call runs and prints its value and type"

# Tab completion of a session name
keys 'counter := 41' Enter
sleep 1
keys 'coun' Tab
wait_for 'go> counter' 20
keys ' + 1' Enter
wait_for '^42  // int' 30
ok "tab completes a session variable"

# Multi-line input while a brace is open
keys 'func seven() int {' Enter
wait_for '^\.\.\.' 20
ok "continuation prompt while a brace is open"
keys 'return 7' Enter '}' Enter
sleep 1
keys 'seven()' Enter
wait_for '^7  // int' 30
ok "a function typed over three lines is declared"

# History: Up recalls the previous input
keys Up
wait_for 'go> seven\(\)$' 10
keys Enter
sleep 1
[ "$(screen | grep -c '^7  // int')" -ge 2 ] || fail "Up + Enter did not run seven() again"
ok "Up arrow recalls the previous line"

# Ctrl-C stops an endless loop; the session goes on
keys 'for { counter++ }' Enter
sleep 2
keys C-c
wait_for 'interrupted$' 20
keys 'counter > 41' Enter
wait_for '^true  // bool' 20
ok "Ctrl-C interrupts a running statement and the session goes on"

# Ctrl-C while editing drops the line
keys 'this is not go'
sleep 0.5
keys C-c
sleep 1
keys '1 + 1' Enter
wait_for '^2  // int' 20
ok "Ctrl-C while editing drops the input"

# Ctrl-D ends the session, history is saved
keys C-d
wait_for 'REPL-EXITED-0' 20
ok "Ctrl-D ends the session with status 0"
grep -q 'seven()' "$home/.minigo_history" || fail "history file lacks seven()"
grep -q 'strings.Split("a,b", ",")' "$home/.minigo_history" || fail "history file lacks the completed line"
ok "history saved in ~/.minigo_history"

echo "all $passed checks passed"
