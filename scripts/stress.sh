#!/usr/bin/env bash
# make stress: the failure cases of real use, run against the release binary, each saying what held.
#   1. index while 4 readers query the same index (WAL): no reader may fail;
#   2. files truncated while index reads them: no signal, the index still opens;
#   3. a full disk: standard output to /dev/full, render into a full filesystem, check and serve with
#      TMPDIR (where SQLite sorts) on a full filesystem, index onto a filesystem that fills up (a
#      later run and a first one);
#   4. stopped on the way by SIGTERM: an export leaves the previous file and no temporary one, a
#      first index run no index.
set -u
BIN=${BIN:-.build/release/resgraph}
work=$(mktemp -d /tmp/resgraph-stress.XXXXXX)
trap 'umount "$work/full" "$work/small" 2>/dev/null; rm -rf "$work"' EXIT
held=0; broke=0
pass() { echo "held:  $*"; held=$((held + 1)); }
fail() { echo "BROKE: $*"; broke=$((broke + 1)); }

mkdir -p "$work/texts"
for k in $(seq 1 2000); do
  sed "s#58/154#70/$k#g" examples/A_RES_58_154.en.txt > "$work/texts/r$k.txt"
done
"$BIN" index examples --db "$work/i.sqlite" > /dev/null

# 1. one writer, four readers
"$BIN" index "$work/texts" --db "$work/i.sqlite" > /dev/null &
writer=$!
errors=0; queries=0
for r in 1 2 3 4; do
  ( n=0; e=0
    while kill -0 $writer 2>/dev/null; do
      "$BIN" recalled-by 48/113 --db "$work/i.sqlite" > /dev/null 2>"$work/err$r" || e=$((e + 1)); n=$((n + 1))
    done
    echo "$n $e" > "$work/count$r" ) &
done
wait
for r in 1 2 3 4; do read n e < "$work/count$r"; queries=$((queries + n)); errors=$((errors + e)); done
[ "$errors" = 0 ] && pass "index + 4 readers: $queries queries during the run, none failed" \
                  || fail "index + 4 readers: $errors of $queries queries failed ($(cat "$work"/err* | head -1))"

# 2. truncation while indexing
mkdir -p "$work/big"
for k in 1 2 3 4 5 6 7 8; do
  for i in $(seq 1 400); do cat examples/A_RES_58_154.en.txt; done > "$work/big/b$k.txt"
done
"$BIN" index "$work/big" --db "$work/t.sqlite" > /dev/null 2>&1 &
pid=$!
for k in 1 2 3 4 5 6 7 8; do sleep 0.05; truncate -s 1000 "$work/big/b$k.txt"; done
wait $pid; status=$?
if [ $status -le 1 ] && "$BIN" check --db "$work/t.sqlite" > /dev/null 2>&1; [ $status -le 1 ]; then
  pass "8 files truncated during index: exit $status, no signal, the index opens"
else
  fail "8 files truncated during index: exit $status"
fi

# 3. full disks
"$BIN" extract examples/* > /dev/full 2>/dev/null && fail "extract to /dev/full exited 0" || pass "extract to /dev/full exits 1"
"$BIN" export --db "$work/i.sqlite" > /dev/full 2>/dev/null && fail "export to /dev/full exited 0" || pass "export to /dev/full exits 1"
mkdir -p "$work/full"
if mount -t tmpfs -o size=16k tmpfs "$work/full" 2>/dev/null; then
  echo previous > "$work/full/graph.svg"
  if "$BIN" render examples -o "$work/full/graph.svg" > /dev/null 2>&1; then
    fail "render onto a full filesystem exited 0"
  elif [ "$(cat "$work/full/graph.svg")" = previous ] && [ "$(ls -A "$work/full")" = graph.svg ]; then
    pass "render onto a full filesystem exits 1, the previous file intact, no temporary left"
  else
    fail "render onto a full filesystem damaged the previous file or left a temporary"
  fi
  # SQLite sorts large answers in temporary files, in TMPDIR: a full one must be said so. The
  # sort must outgrow SQLite's 2 MB page cache: 120,000 dated citations in 12 files.
  mkdir -p "$work/dense"
  for f in $(seq 1 12); do
    { echo "58/$f. Dense"; echo; seq 1 9999 | awk -v f=$f '{ printf "Recalling its resolution %d/%d of %d December 1993,\n", 40 + $1 % 9, $1, 10 + f }'; } > "$work/dense/d$f.txt"
  done
  "$BIN" index "$work/dense" --db "$work/dense.sqlite" -q
  message=$(TMPDIR="$work/full" "$BIN" check --db "$work/dense.sqlite" --format json 2>&1 >/dev/null); status=$?
  if [ $status = 1 ] && echo "$message" | grep -q "disk is full.*TMPDIR"; then
    pass "check with TMPDIR on a full filesystem exits 1 and says so"
  else
    fail "check with TMPDIR on a full filesystem: exit $status, $message"
  fi
  # The web view keeps check's findings in a temporary database, in TMPDIR: a full one makes
  # /api/check answer 500 saying so, and node pages say why they show no findings.
  if ! command -v curl >/dev/null; then echo "skipped: serve with a full TMPDIR needs curl"; else
  TMPDIR="$work/full" "$BIN" serve --db "$work/dense.sqlite" --port 0 > "$work/serve.log" 2>&1 &
  server=$!
  for _ in $(seq 100); do grep -q serving "$work/serve.log" && break; sleep 0.1; done
  base=$(grep -o 'http://[^ ]*' "$work/serve.log" | sed 's|/$||')
  answer=""
  for _ in $(seq 100); do
    answer=$(curl -s -w ' %{http_code}' "$base/api/check?limit=1")
    case "$answer" in *'"ready":false'*) sleep 0.2 ;; *) break ;; esac
  done
  page=$(curl -s -w ' %{http_code}' "$base/node?id=A/RES/58/1")
  kill $server 2>/dev/null; wait $server 2>/dev/null
  if echo "$answer" | grep -q 'disk is full.* 500$' && echo "$page" | grep -q 'Check could not run on this index: .*disk is full' \
     && echo "$page" | grep -q ' 200$'; then
    pass "serve with TMPDIR on a full filesystem: /api/check answers 500 saying so, node pages show why check is missing"
  else
    fail "serve with TMPDIR on a full filesystem: /api/check gave $answer; the node page: $(echo "$page" | grep -o 'Check [^<]*') $(echo "$page" | tail -c 4)"
  fi
  fi
  # An index run that fills the disk halfway through its rows stops, says so, and leaves the
  # index as the run before made it.
  mkdir -p "$work/small"
  # Room for the examples' index (its run writes about 1.2 MB, with the log), not for 2,000 more texts.
  mount -t tmpfs -o size=2500k tmpfs "$work/small"
  "$BIN" index examples --db "$work/small/i.sqlite" -q || fail "the examples' index does not fit the small filesystem"
  before=$("$BIN" export --db "$work/small/i.sqlite" --format csv | md5sum)
  message=$("$BIN" index "$work/texts" --db "$work/small/i.sqlite" -q 2>&1); status=$?
  after=$("$BIN" export --db "$work/small/i.sqlite" --format csv | md5sum)
  if [ $status = 1 ] && echo "$message" | grep -q "as it was before this run: the disk is full" && [ "$before" = "$after" ]; then
    pass "index onto a filesystem that fills up exits 1, says so, and leaves the index as it was"
  else
    fail "index onto a filesystem that fills up: exit $status, $message"
  fi
  message=$("$BIN" index "$work/texts" --db "$work/small/new.sqlite" -q 2>&1); status=$?
  if [ $status = 1 ] && echo "$message" | grep -q "no index was made at .*: the disk is full" && ! ls "$work/small" | grep -q '^new\.sqlite'; then
    pass "a first index run onto a filesystem that fills up exits 1, says so, and leaves no index"
  else
    fail "a first index run onto a filesystem that fills up: exit $status, $message; left: $(ls "$work/small")"
  fi
else
  echo "skipped: a full filesystem needs root to mount a small tmpfs"
fi
# 4. stopped on the way (SIGTERM: a background job of a script ignores SIGINT, Ctrl-C's signal)
mkdir -p "$work/cites"
cited=$(seq 1 300 | sed 's#^#50/#' | paste -sd, | sed 's/,/, /g')
for k in $(seq 1 400); do
  printf 'The General Assembly,\n\nRecalling its resolutions %s,\n\n1. Decides to remain seized of the matter.\n' "$cited" > "$work/cites/A_RES_60_$k.txt"
done
"$BIN" index "$work/cites" --db "$work/cites.sqlite" -q
echo previous > "$work/out.json"
"$BIN" export --db "$work/cites.sqlite" --format json -o "$work/out.json" &
pid=$!
for _ in $(seq 5000); do ls -A "$work" | grep -q '^\.out\.json\.tmp-' && break; done
kill -TERM $pid 2>/dev/null; wait $pid; status=$?
if [ $status = 143 ] && [ "$(cat "$work/out.json")" = previous ] && ! ls -A "$work" | grep -q '^\.out\.json\.tmp-'; then
  pass "export stopped by SIGTERM: ended by the signal, the previous file intact, no temporary left"
else
  fail "export stopped by SIGTERM: exit $status, $(ls -A "$work" | grep out.json | paste -sd' ')"
fi
"$BIN" index "$work/cites" --db "$work/first.sqlite" -q &
pid=$!
for _ in $(seq 5000); do [ -e "$work/first.sqlite" ] && break; done
kill -TERM $pid 2>/dev/null; wait $pid; status=$?
if [ $status = 143 ] && ! ls -A "$work" | grep -q '^first\.sqlite'; then
  pass "a first index run stopped by SIGTERM: ended by the signal, no index left"
else
  fail "a first index run stopped by SIGTERM: exit $status, left $(ls -A "$work" | grep first | paste -sd' ')"
fi
echo "$held held, $broke broke"
[ "$broke" = 0 ]
