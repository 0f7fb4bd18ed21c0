#!/usr/bin/env bash
# Memory of `lantu serve` under a long mixed load (issue 14: "memory of lantu serve flat over a 10-minute run").
# Starts the portal on an existing database, drives it with wrk for the given minutes over a rotating mix of
# catalogue, reader, indicator, dashboard, search and API URLs (plans and search terms vary, so caches fill as they
# would with real traffic), and samples the server's resident memory every few seconds.
#
#   bench/soak.sh --db PATH_OR_CONNECTION --plans N [--minutes 10] [--every 10] [--out DIR] [--lantu PATH]
#
# Output: DIR/soak.tsv (seconds, RSS MB, load), DIR/soak.wrk.txt, DIR/soak.md (RSS after the first minute, at the
# end, the highest, and the slope over the run after the first minute).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
db=""; plans=100; minutes=10; every=10; out="$root/bench/results/$(date +%Y-%m-%d)-soak"; lantu=""; port=5099
while [[ $# -gt 0 ]]; do
  case "$1" in
    --db) db=$2; shift 2 ;;
    --plans) plans=$2; shift 2 ;;
    --minutes) minutes=$2; shift 2 ;;
    --every) every=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    --lantu) lantu=$2; shift 2 ;;
    *) echo "unknown option $1 (see the header of $0)" >&2; exit 2 ;;
  esac
done
[[ -n $db ]] || { echo "--db is required" >&2; exit 2; }
for tool in wrk curl python3; do command -v $tool >/dev/null || { echo "$tool is required" >&2; exit 2; }; done
mkdir -p "$out"
if [[ -z $lantu ]]; then
  dotnet build "$root/src/Lantu.Cli" -c Release -v q -o "$out/bin" >"$out/build.log"
  lantu="$out/bin/lantu"
fi

cat >"$out/mix.lua" <<LUA
-- One request after another over plans 1..$plans and a list of search terms, so output and data caches see
-- many distinct keys, as a portal does in a day.
local terms = { "人才", "教育", "海洋", "网", "5%", "5G基站", "数字经济", "营商环境", "碳排放", "乡村振兴",
  "养老", "医疗卫生", "高质量发展", "生态", "交通", "城市更新", "创新", "文化", "就业", "R&D" }
local kinds = { "/", "/plans/%d", "/plans/%d/indicators/1", "/plans/%d/dashboard", "/search?q=%s",
  "/api/search?q=%s", "/api/plans/%d/outline", "/plans/%d/source" }
local n = 0
local function enc(s) return (s:gsub("[^%w]", function(c) return string.format("%%%02X", string.byte(c)) end)) end
request = function()
  n = n + 1
  local k = kinds[(n % #kinds) + 1]
  local path
  if k:find("%%s") then path = string.format(k, enc(terms[(n % #terms) + 1]))
  elseif k:find("%%d") then path = string.format(k, (n * 7919) % $plans + 1)
  else path = k end
  return wrk.format("GET", path)
end
LUA

"$lantu" serve --urls "http://127.0.0.1:$port" --db "$db" >"$out/soak.serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do curl -sf -o /dev/null "http://127.0.0.1:$port/" && break; sleep 1; done
curl -sf -o /dev/null "http://127.0.0.1:$port/search?q=%E4%BA%BA%E6%89%8D" || true  # the index is up to date
pid=$(pgrep -P $server -f "lantu|Lantu" | head -1 || true); pid=${pid:-$server}

printf 'seconds\trss_mb\tload\n' >"$out/soak.tsv"
wrk -t2 -c16 -d"${minutes}m" --timeout 10s --latency -s "$out/mix.lua" "http://127.0.0.1:$port" >"$out/soak.wrk.txt" &
client=$!
start=$(date +%s)
while kill -0 $client 2>/dev/null; do
  rss=$(awk '/VmRSS/ {printf "%.1f", $2/1024}' /proc/$pid/status)
  printf '%s\t%s\t%s\n' $(( $(date +%s) - start )) "$rss" "$(cut -d' ' -f1 /proc/loadavg)" >>"$out/soak.tsv"
  sleep "$every"
done
wait $client || true

python3 - "$out" "$plans" "$minutes" <<'PY' >"$out/soak.md"
import sys, csv
out, plans, minutes = sys.argv[1], sys.argv[2], sys.argv[3]
rows = [(int(r["seconds"]), float(r["rss_mb"])) for r in csv.DictReader(open(f"{out}/soak.tsv"), delimiter="\t") if r["rss_mb"]]
after = [r for r in rows if r[0] >= 60] or rows
def slope(points):
    n = len(points); mx = sum(t for t, _ in points) / n; my = sum(m for _, m in points) / n
    return sum((t - mx) * (m - my) for t, m in points) / max(1e-9, sum((t - mx) ** 2 for t, _ in points)) * 60
half = [r for r in rows if r[0] >= rows[-1][0] / 2] or rows
wrk = open(f"{out}/soak.wrk.txt").read()
req = next((l for l in wrk.splitlines() if "requests in" in l), "").strip()
errs = [l.strip() for l in wrk.splitlines() if "Socket errors" in l or "Non-2xx" in l]
p99 = next((l.split()[1] for l in wrk.splitlines() if l.strip().startswith("99%")), "?")
print(f"| plans | minutes | requests | p99 | errors | RSS at 1 min | RSS at end | highest RSS | slope after 1 min | slope, second half |")
print(f"|---:|---:|---|---:|---|---:|---:|---:|---:|---:|")
print(f"| {plans} | {minutes} | {req} | {p99} | {'; '.join(errs) or 'none'} | {after[0][1]:.0f} MB | {rows[-1][1]:.0f} MB | {max(m for _, m in rows):.0f} MB | {slope(after):+.2f} MB/min | {slope(half):+.2f} MB/min |")
PY
cat "$out/soak.md"
