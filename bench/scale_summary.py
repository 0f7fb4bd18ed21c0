#!/usr/bin/env python3
"""Markdown tables from the files bench/scale.sh writes (one directory): ingest, search, per query, portal."""
import glob, json, os, re, sys

out = sys.argv[1]


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def tags():
    found = [os.path.basename(p)[: -len(".ingest.json")] for p in glob.glob(os.path.join(out, "*.ingest.json"))]
    return sorted(found, key=lambda t: (t.split("-")[0], int(t.split("-")[1])))


def loads(tag, step):
    p = os.path.join(out, f"{tag}.{step}.load.json")
    if not os.path.exists(p):
        return ""
    l = load(p)
    return f"{l['load_before'].split()[0]} → {l['load_after'].split()[0]}"


print("### Ingest\n")
print("| store | N | created / new versions | total (of which storing) | docs/s | median / P95 per doc | storing median / P95 | peak working set | allocated | database | load (1 min) |")
print("|---|---:|---|---:|---:|---|---|---:|---:|---:|---|")
for t in tags():
    i = load(os.path.join(out, f"{t}.ingest.json"))
    store = f" ({i['store_seconds']:,} s)" if "store_seconds" in i else ""
    store_pct = f"{i['store_median_ms']} / {i['store_p95_ms']} ms" if "store_median_ms" in i else "—"
    print(f"| {i['store']}{' row by row' if i.get('row_by_row') else ''} | {i['count']:,} | {i['created']:,} / {i['new_versions']:,} | {i['seconds']:,} s{store} | {i['per_second']} | "
          f"{i['median_ms']} / {i['p95_ms']} ms | {store_pct} | {i['peak_working_set_mb']} MB | {i['allocated_mb']:,} MB | {i['database_mb']:,} MB | {loads(t, 'ingest')} |")

print("\n### Search (all 15 queries together)\n")
print("| store | N | plans | paragraphs searched | PlanSearch p50 / p95 | plain scan p50 / p95 | loading the scan's text | load (1 min) |")
print("|---|---:|---:|---:|---:|---:|---:|---|")
searches = {}
for t in tags():
    p = os.path.join(out, f"{t}.search.json")
    if not os.path.exists(p):
        continue
    s = searches[t] = load(p)
    print(f"| {s['store']} | {t.split('-')[1]} | {s['plans']:,} | {s['paragraphs']:,} | {s['index_p50_ms']} / {s['index_p95_ms']} ms | "
          f"{s['scan_p50_ms']} / {s['scan_p95_ms']} ms | {s['scan_load_ms']:,} ms | {loads(t, 'search')} |")

if searches:
    print("\n### Search per query (p50 / p95 ms: PlanSearch · scan; results on the page / paragraphs matching)\n")
    cols = list(searches)
    print("| query | " + " | ".join(cols) + " |")
    print("|---|" + "---:|" * len(cols))
    for k, q in enumerate(searches[cols[0]]["queries"]):
        cells = []
        for c in cols:
            r = searches[c]["queries"][k]
            cells.append(f"{r['index_p50']} / {r['index_p95']} · {r['scan_p50']} / {r['scan_p95']} ({r['method']}, {r['hits']}/{r['matches']:,})")
        print(f"| {q['query']} | " + " | ".join(cells) + " |")

print("\n### Portal (wrk -t2 -c16, after one warm-up request)\n")
print("| store | N | URL | requests/s | p50 | p99 | response | errors | load (1 min) |")
print("|---|---:|---|---:|---:|---:|---:|---:|---|")
for t in tags():
    p = os.path.join(out, f"{t}.wrk.txt")
    if not os.path.exists(p):
        continue
    text = open(p, encoding="utf-8").read()
    for block in text.split("### ")[1:]:
        head = block.splitlines()[0]
        url, bytes_, la = re.match(r"(\S+) bytes=(\d+) load=(\S+)", head).groups()
        rps = re.search(r"Requests/sec:\s+([\d.]+)", block)
        p50 = re.search(r"\n\s+50%\s+(\S+)", block)
        p99 = re.search(r"\n\s+99%\s+(\S+)", block)
        errors = re.search(r"Non-2xx or 3xx responses: (\d+)", block)
        store, n = t.split("-")
        print(f"| {store} | {int(n):,} | `{url}` | {float(rps.group(1)) if rps else 0:,.0f} | {p50.group(1) if p50 else '—'} | "
              f"{p99.group(1) if p99 else '—'} | {int(bytes_) / 1024:,.1f} kB | {errors.group(1) if errors else 0} | {la} |")
