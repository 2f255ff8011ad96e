#!/usr/bin/env bash
# Server benchmark (not a test): generates a ledger of 10,000 events and 1,000,000 claims (once; kept in
# bench/out/server/), serves it on 127.0.0.1, loads /api/events at 200 requests/s and times the timeline page in
# headless Chromium. Usage: bench/server/run.sh [RATE] [SECONDS]. Needs python3 and Debian's chromium.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"
. scripts/java-env.sh
out=bench/out/server
mkdir -p "$out"
db=$out/ledger-10k.db
port=${PORT:-18089}
if [ ! -f "$db" ]; then
  : > "$out/empty.jsonl"
  ./swapledger ingest "$out/empty.jsonl" --db "$db" >/dev/null 2>&1 || true
  python3 bench/server/generate.py "$db"
fi
./mvnw -q -B -DskipTests package
# The server module and its test classpath (Playwright) for the load generator; built last, so its file stays.
./mvnw -q -B -DskipTests -pl server -am package dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$root/$out/cp.txt" >/dev/null
cp="$(cat "$out/cp.txt"):server/target/classes"
"$SWAPLEDGER_JAVA" -XX:+UseParallelGC --enable-native-access=ALL-UNNAMED -jar cli/target/swapledger.jar serve --db "$db" \
  --port "$port" 2> "$out/serve.log" &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$port/api/events?limit=1" >/dev/null && break; sleep 1; done
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 "$SWAPLEDGER_JAVA" -cp "$cp" bench/server/ServerBench.java "http://127.0.0.1:$port" \
  "${1:-200}" "${2:-30}" | tee "$out/results.txt"
