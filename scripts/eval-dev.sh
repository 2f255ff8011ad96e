#!/usr/bin/env bash
# Runs `swapledger extract` on the dev corpus beside the project and scores it with the shared scorer.
# Usage: scripts/eval-dev.sh [--details]   (needs ../shared; not part of the tests)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
shared=${SWAPLEDGER_SHARED:-$here/../shared}
corpus=$shared/corpus/dev
[ -f "$corpus/articles.jsonl" ] || { echo "eval-dev: no dev corpus at $corpus (set SWAPLEDGER_SHARED)" >&2; exit 2; }
out=${EVAL_OUT:-$here/target/eval}
mkdir -p "$out"
"$here/swapledger" extract "$corpus/articles.jsonl" > "$out/predictions.jsonl"
python3 "$shared/eval/score.py" "$corpus/gold.jsonl" "$out/predictions.jsonl" "$@"
