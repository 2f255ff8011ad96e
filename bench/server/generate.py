#!/usr/bin/env python3
"""Writes a synthetic ledger straight into a migrated SQLite file: N events, C claims (wording of our own).

Usage: generate.py DB [EVENTS] [CLAIMS]. The file must already have the schema (run any swapledger command that
creates it, e.g. `swapledger ingest EMPTY.jsonl --db DB`). Deterministic (seeded); for benchmarks, not for tests.
"""
import random
import sqlite3
import sys

db = sys.argv[1]
n_events = int(sys.argv[2]) if len(sys.argv) > 2 else 10_000
n_claims = int(sys.argv[3]) if len(sys.argv) > 3 else 1_000_000
claims_per_event = n_claims // n_events
claims_per_article = 10
rnd = random.Random(20240131)
V = "bench@1"
MEDIATORS = ["United Arab Emirates", "Turkey", "Qatar", "Saudi Arabia", "Vatican", "United States", ""]
OUTLETS = [f"Outlet {i}" for i in range(40)]
SOURCES = [("Ukrainian ombudsman", "official"), ("Coordination Headquarters", "official"),
           ("Russian Ministry of Defence", "official"), (None, "media"), ("UAE foreign ministry", "mediator")]

c = sqlite3.connect(db)
c.execute("PRAGMA journal_mode=WAL")
c.execute("PRAGMA synchronous=OFF")
for t in ["check_basis", "checks", "claim_pairs", "event_claims", "event_reports", "events", "cumulative_claims",
          "claims", "reports", "articles", "issues", "store_state"]:
    c.execute(f"DELETE FROM {t}")

day0 = 738210  # 2022-02-24 as a proleptic ordinal
import datetime
events, articles, reports, claims, ec, pairs, checks, basis = [], [], [], [], [], [], [], []
claim_id = report_id = article_id = 0
for e in range(1, n_events + 1):
    d = datetime.date.fromordinal(day0 + (e * 1500) // n_events).isoformat()
    ua, ru = rnd.randint(5, 600), rnd.randint(5, 600)
    contradiction = rnd.random() < 0.2
    mediator = rnd.choice(MEDIATORS)
    claim_rows = []
    for k in range(claims_per_event):
        if k % claims_per_article == 0:
            article_id += 1
            report_id += 1
            sentences = []
            body_parts = [f"Prisoner exchange report {article_id}\n\n"]
            articles.append([article_id, f"https://bench.example/{article_id}", f"bench-{article_id}",
                             f"https://bench.example/{article_id}", rnd.choice(OUTLETS), d, "en", f"{article_id:064x}",
                             None, f"bench:{article_id}", V, None])
            reports.append((report_id, article_id, 0, d, None, None, None, mediator, None, False, False, V))
        direction = "returned_to_ukraine" if k % 2 == 0 else "returned_to_russia"
        count = ua if direction == "returned_to_ukraine" else ru
        if contradiction and k == 1:
            count = ua - 12
        source, authority = rnd.choice(SOURCES)
        sentence = f"Officials said {count} people were {'returned to Ukraine' if k % 2 == 0 else 'handed back to Russia'} in exchange number {e}."
        body = articles[-1]
        start = sum(len(p) for p in body_parts)
        body_parts.append(sentence + " ")
        claim_id += 1
        claims.append((claim_id, report_id, article_id, direction, count, "exact", count, count, source, start,
                       start + len(sentence), start + 14, start + 14 + len(str(count)), sentence, f"{claim_id:x}",
                       False, V, False))
        ec.append((e, claim_id, direction, authority, k // 3, k, k < 2))
        claim_rows.append(claim_id)
        if k % claims_per_article == claims_per_article - 1 or k == claims_per_event - 1:
            body[8] = "".join(body_parts)
    for j in range(0, min(40, len(claim_rows)) - 2, 2):
        pairs.append((e, claim_rows[j], claim_rows[j + 2], "returned_to_ukraine",
                      "contradiction" if contradiction and j == 0 else rnd.choice(["agreed", "agreed", "compatible", "scope"])))
    flags = "contradiction in returned_to_ukraine" if contradiction else ""
    events.append((e, d, e if e % 3 == 0 else None, mediator, None, None, ua, "exact", ru, "exact", None, None,
                   rnd.randint(1, 8), rnd.randint(1, 12), flags, V))
    if e % 3 == 0 and e > 3:
        checks.append((len(checks) + 1, "ordinal_sequence", "flag" if e % 300 == 0 else "pass",
                       f"{e - 3}th → {e}th", V))
        basis.append((len(checks), "event", e - 3))
        basis.append((len(checks), "event", e))

for a in articles:
    if a[8] is None:
        a[8] = "empty"
c.executemany("INSERT INTO articles (id, identity_key, input_id, url, outlet, published, language, content_hash, body,"
              " origin, extract_version, superseded_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", articles)
c.executemany("INSERT INTO reports VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", reports)
c.executemany("INSERT INTO claims (id, report_id, article_id, direction, head_count, qualifier, count_low, count_high,"
              " source, evidence_start, evidence_end, number_start, number_end, evidence, evidence_key, superseded,"
              " extract_version, additional) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", claims)
c.executemany("INSERT INTO events VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", events)
c.executemany("INSERT INTO event_reports VALUES (?,?)", [(1 + (r[0] - 1) * 10 // claims_per_event, r[0]) for r in reports])
c.executemany("INSERT INTO event_claims VALUES (?,?,?,?,?,?,?)", ec)
c.executemany("INSERT INTO claim_pairs VALUES (?,?,?,?,?)", pairs)
c.executemany("INSERT INTO checks VALUES (?,?,?,?,?)", checks)
c.executemany("INSERT INTO check_basis VALUES (?,?,?)", basis)
c.commit()
c.execute("ANALYZE")
c.commit()
print(f"{len(events)} events, {len(claims)} claims, {len(articles)} articles, {len(pairs)} pairs, {len(checks)} checks")
