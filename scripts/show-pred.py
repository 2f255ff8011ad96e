#!/usr/bin/env python3
"""Prints the predicted figures of the named articles with their evidence, for error analysis."""
import json, sys
pred = sys.argv[1]
ids = set(sys.argv[2:])
for line in open(pred, encoding="utf-8"):
    r = json.loads(line)
    if ids and not any(r["id"].startswith(i) for i in ids):
        continue
    print("####", r["id"], r["published"], r["language"])
    for e in r["exchanges"]:
        print("  EX", e["date"], "ord", e["ordinal"], "med", e["mediators"], "loc", e["location"], "passing", e["in_passing"])
        for d in ("returned_to_ukraine", "returned_to_russia", "total"):
            for f in e[d]:
                ev = f["evidence"]["text"].replace("\n", " ")
                n = f["number"]; s = f["evidence"]["start"]
                ctx = ev[max(0, n["start"]-s-50): n["end"]-s+50]
                print(f"    {d[12:] or 'total':8} {f['count']:>6} {f['qualifier']:9} {str(f['source'])[:28]:28} …{ctx}…")
    for c in r["cumulative"]:
        print("  CUM", c["side"], c["count"], c["qualifier"], c["source"], "|", c["evidence"]["text"][:100])
