#!/usr/bin/env bash
# The web view under load: `resgraph serve` over the index benchmark's synthetic corpus of N
# documents (default 100,000), every page asked by wrk over loopback with random ids, latency
# percentiles per page, then 200 concurrent connections while the server's memory is watched.
#
#   scripts/web-bench.sh [N]        (make web-bench)
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-100000}"
command -v wrk >/dev/null || { echo "web-bench: wrk is needed (apt-get install wrk)"; exit 2; }
swift build -c release --static-swift-stdlib --product resgraph --product resgraph-index-bench >/dev/null
FOLDER="${TMPDIR:-/tmp}/resgraph-index-bench-$N"
if [ ! -f "$FOLDER/index.sqlite" ]; then
  .build/release/resgraph-index-bench "$N" --keep | sed -n '1,3p'
fi
DB="$FOLDER/index.sqlite"
LOG=$(mktemp)
.build/release/resgraph serve --db "$DB" --port 0 >"$LOG" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; rm -f "$LOG" "$LUA" "$IDS"' EXIT
for _ in $(seq 600); do grep -q "serving" "$LOG" && break; sleep 0.1; done
BASE=$(grep -o 'http://[^ ]*' "$LOG" | sed 's|/$||' || true)
[ -n "$BASE" ] || { echo "web-bench: the server did not start:"; cat "$LOG"; exit 1; }
FILE=$(sqlite3 "$DB" "SELECT path FROM file LIMIT 1 OFFSET $((N / 2))" 2>/dev/null || echo "$FOLDER/texts/r$((N / 2)).txt")
echo "serving $N documents at $BASE (rss $(ps -o rss= -p $SERVER | tr -d ' ') KB)"
# Let the figures of the whole index (statistics, dangling, check) be computed first: they are
# kept between requests, and a page never waits for them after the first.
curl -s -o /dev/null "$BASE/"; curl -s -o /dev/null "$BASE/dangling"
for _ in $(seq 600); do curl -s "$BASE/api/check" | grep -q '"ready":true' && break; sleep 1; done
LUA=$(mktemp --suffix=.lua)
# The ids asked for: documents of the corpus drawn at random (seeded, so runs compare), numbered
# as the index benchmark numbers them (Benchmarks/IndexBenchmark/main.swift: sessions 31 to 99,
# 3,000 resolutions each, then higher numbers, then special sessions). The first line is the
# middle document, whose drawing is asked for again and again.
IDS=$(mktemp)
python3 - "$N" >"$IDS" <<'PY'
import random, sys
n = int(sys.argv[1])
def symbol(i):
    regular, more, special = 69 * 3000, 69 * 6999, 30 * 9999
    if i < regular: return f"{31 + i // 3000}/{i % 3000 + 1}"
    if i < regular + more: return f"{31 + (i - regular) // 6999}/{(i - regular) % 6999 + 3001}"
    k = i - regular - more
    if k < special: return f"S-{1 + k // 9999}/{k % 9999 + 1}"
    return f"ES-{1 + (k - special) // 9999}/{(k - special) % 9999 + 1}"
random.seed(42)
print(symbol(n // 2))
for _ in range(20000): print(symbol(random.randrange(n)))
PY
# One page: latency with one client asking one request after another (what a person waiting for
# the page sees; 500 requests, random ids, after the page was asked once), then throughput with
# 16 clients at once (wrk).
page() {
  local name="$1" path="$2"
  cat >"$LUA" <<LUA
local ids = {}
for line in io.lines("$IDS") do ids[#ids + 1] = line end
local turn = 1
request = function()
  turn = turn % #ids + 1
  local path = string.gsub("$path", "ID", ids[turn])
  return wrk.format("GET", path)
end
LUA
  printf "%-32s" "$name"
  python3 - "$BASE" "$path" "$IDS" <<'PY'
import http.client, sys, time, urllib.parse
base, path = sys.argv[1], sys.argv[2]
ids = iter(open(sys.argv[3]).read().split()[1:])
url = urllib.parse.urlparse(base)
connection = http.client.HTTPConnection(url.hostname, url.port)
def ask():
    connection.request("GET", path.replace("ID", next(ids)))
    answer = connection.getresponse()
    answer.read()
    return answer.status
ask()
times, bad = [], 0
for _ in range(500):
    start = time.perf_counter()
    bad += ask() != 200
    times.append((time.perf_counter() - start) * 1000)
times.sort()
print(f"p50 {times[250]:7.2f} ms  p99 {times[495]:7.2f} ms  max {times[-1]:7.2f} ms  non-200 {bad}", end="")
PY
  wrk -t2 -c16 -d5s -s "$LUA" "$BASE" | awk '/Requests\/sec/ {printf "  %8s req/s (16 clients)\n", $2}'
}
load() {
  local name="$1" path="$2"
  printf "%-32s" "$name"
  wrk -t2 -c200 -d10s --latency -s "$LUA" "$BASE" | awk '
    /^ +50%/ {p50=$2} /^ +99%/ {p99=$2} /Requests\/sec/ {rps=$2} /Non-2xx/ {bad=$NF} /Socket errors/ {errors=$0}
    END {printf "p50 %8s  p99 %8s  %8s req/s  non-2xx %s  %s\n", p50, p99, rps, (bad == "" ? 0 : bad), errors}'
}
page "/ (start)" "/"
page "/node?id= (random node)" "/node?id=A/RES/ID"
page "/api/node?id=" "/api/node?id=A/RES/ID"
page "/api/search?q= (id prefix)" "/api/search?q=ID"
page "/api/search?q= (title words)" "/api/search?q=refugees"
page "/text?file=" "/text?file=$FILE"
page "/graph.svg (one node, kept)" "/graph.svg?id=A/RES/$(head -1 "$IDS")"
page "/graph.svg (random nodes)" "/graph.svg?id=A/RES/ID"
page "/stats" "/stats"
page "/api/dangling?limit=50" "/api/dangling?limit=50"
page "/check" "/check"
echo "rss before 200 connections: $(ps -o rss= -p $SERVER | tr -d ' ') KB"
page "(warming the Lua script)" "/node?id=A/RES/ID" >/dev/null
load "/node?id= (200 connections)" "/node?id=A/RES/ID"
echo "rss after:                  $(ps -o rss= -p $SERVER | tr -d ' ') KB"
load "/node?id= (200 connections)" "/node?id=A/RES/ID"
echo "rss after a second round:   $(ps -o rss= -p $SERVER | tr -d ' ') KB"
kill -0 $SERVER && echo "the server is still up"
