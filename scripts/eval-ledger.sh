#!/usr/bin/env bash
# Builds the ledger from the dev corpus beside the project and scores its events with the shared ledger scorer.
# Usage: scripts/eval-ledger.sh [--gold] [--details]
#   --gold  build the ledger from the gold annotations instead of the pipeline (measures the ledger alone)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
shared=${SWAPLEDGER_SHARED:-$here/../shared}
corpus=$shared/corpus/dev
[ -f "$corpus/articles.jsonl" ] || { echo "eval-ledger: no dev corpus at $corpus (set SWAPLEDGER_SHARED)" >&2; exit 2; }
out=${EVAL_OUT:-$here/target/eval}
mkdir -p "$out"
extra=()
args=()
for a in "$@"; do
  if [ "$a" = --gold ]; then extra=(--extractions "$corpus/gold.jsonl"); else args+=("$a"); fi
done
db=$out/ledger.db
rm -f "$db" "$db-wal" "$db-shm"
"$here/swapledger" ingest "$corpus/articles.jsonl" --db "$db" "${extra[@]}"
"$here/swapledger" export events --format csv --db "$db" > "$out/events.csv"
python3 "$shared/eval/score_ledger.py" "$corpus/reference.csv" "$out/events.csv" "$corpus/gold.jsonl" "${args[@]}"
