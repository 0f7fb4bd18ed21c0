#!/usr/bin/env bash
# Scale benchmark (issue #8 item 5, issue #7): for each store and each N, a fresh database receives N synthetic
# plans (`lantu bench ingest`), then search latency is measured against a plain scan (`lantu bench search`), then
# `lantu serve` runs on that database and wrk measures the portal. Every step records the load average, since the
# machine may be shared. Results: one JSON per step and summary.md in the output directory.
#
#   bench/scale.sh [--counts 100,1000] [--stores sqlite,postgres] [--pg "Host=…;Database=lantu_bench"]
#                  [--out bench/results/DATE] [--runs 20] [--wrk-seconds 10] [--no-build]
#
# PostgreSQL: each run gets its own schema scale_<N> in the given database, dropped and recreated first.
# Needs: dotnet, wrk, curl, psql (for PostgreSQL), python3 (for the summary).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
counts=100,1000
stores=sqlite,postgres
pg="Host=127.0.0.1;Port=55432;Username=lantu;Database=lantu_bench"
out="$root/bench/results/$(date +%Y-%m-%d)"
runs=20
wrk_seconds=10
build=1
port=5098
while [[ $# -gt 0 ]]; do
  case "$1" in
    --counts) counts=$2; shift 2 ;;
    --stores) stores=$2; shift 2 ;;
    --pg) pg=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --wrk-seconds) wrk_seconds=$2; shift 2 ;;
    --no-build) build=0; shift ;;
    *) echo "unknown option $1 (see the header of $0)" >&2; exit 2 ;;
  esac
done
for tool in dotnet wrk curl python3; do command -v $tool >/dev/null || { echo "$tool is required" >&2; exit 2; }; done
mkdir -p "$out"
bin="$out/bin"
if [[ $build == 1 || ! -x "$bin/lantu" ]]; then
  dotnet build "$root/src/Lantu.Cli" -c Release -v q -o "$bin" >"$out/build.log"
fi
lantu="$bin/lantu"
load() { cut -d' ' -f1-3 /proc/loadavg; }

# Portal URLs: catalogue, the largest plan's reader page, the search page (an indexed and a short term), two APIs.
urls=(
  "/"
  "/plans/1"
  "/search?q=%E6%95%B0%E5%AD%97%E7%BB%8F%E6%B5%8E"        # 数字经济
  "/search?q=%E4%BA%BA%E6%89%8D"                          # 人才
  "/api/plans/1/outline"
  "/api/search?q=%E6%95%B0%E5%AD%97%E7%BB%8F%E6%B5%8E"    # 数字经济, 20 hits
)

for store in ${stores//,/ }; do
  for n in ${counts//,/ }; do
    tag="$store-$n"
    if [[ $store == sqlite ]]; then
      db="$out/scale-$n.db"
      rm -f "$db" "$db-wal" "$db-shm"
    else
      command -v psql >/dev/null || { echo "psql is required for PostgreSQL" >&2; exit 2; }
      schema="scale_$n"
      psql "$(echo "$pg" | sed 's/;/ /g; s/Username=/user=/I; s/Database=/dbname=/I; s/Host=/host=/I; s/Port=/port=/I')" -qc \
        "DROP SCHEMA IF EXISTS $schema CASCADE; CREATE SCHEMA $schema;" >/dev/null
      db="$pg;Search Path=$schema"
    fi

    echo "== $tag: ingest (load $(load))"
    before=$(load)
    "$lantu" bench ingest --count "$n" --json --db "$db" >"$out/$tag.ingest.json"
    echo "{\"load_before\": \"$before\", \"load_after\": \"$(load)\"}" >"$out/$tag.ingest.load.json"

    echo "== $tag: search (load $(load))"
    before=$(load)
    "$lantu" bench search --runs "$runs" --json --db "$db" >"$out/$tag.search.json"
    echo "{\"load_before\": \"$before\", \"load_after\": \"$(load)\"}" >"$out/$tag.search.load.json"

    echo "== $tag: portal (load $(load))"
    "$lantu" serve --urls "http://127.0.0.1:$port" --db "$db" >"$out/$tag.serve.log" 2>&1 &
    server=$!
    for _ in $(seq 1 120); do curl -sf -o /dev/null "http://127.0.0.1:$port/" && break; sleep 1; done
    : >"$out/$tag.wrk.txt"
    for u in "${urls[@]}"; do
      curl -sf -o /dev/null "http://127.0.0.1:$port$u" # warm-up (and the plan view cache)
      bytes=$(curl -s -o /dev/null -w '%{size_download}' "http://127.0.0.1:$port$u")
      echo "### $u bytes=$bytes load=$(load)" >>"$out/$tag.wrk.txt"
      wrk -t2 -c16 -d"${wrk_seconds}s" --latency "http://127.0.0.1:$port$u" >>"$out/$tag.wrk.txt"
    done
    kill "$server"; wait "$server" 2>/dev/null || true
  done
done

python3 "$root/bench/scale_summary.py" "$out" >"$out/summary.md"
echo "== done: $out/summary.md"
cat "$out/summary.md"
