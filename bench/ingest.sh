#!/usr/bin/env bash
# Ingest throughput benchmark (not a test): generates corpora of our own wording with bench's CorpusGenerator,
# ingests each into a fresh SQLite file with a capped heap, and prints articles/s, peak RSS and the time split.
# Usage: bench/ingest.sh [SIZES...]   (default: 10000 100000); HEAP=512m by default; output in bench/out/.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=$root/bench/out
heap=${HEAP:-512m}
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000)
. "$root/scripts/java-env.sh" # exports JAVA_HOME for a JDK >= 21, or says there is none
java=$SWAPLEDGER_JAVA
mkdir -p "$out"
(cd "$root" && ./mvnw -q -B -DskipTests package >&2)
# A copy, so that rebuilding the project while the benchmark runs does not change the jar under it.
jar=$out/swapledger-bench.jar
cp "$root/cli/target/swapledger.jar" "$jar"
printf '%-8s %-8s %8s %10s %8s %12s %9s %8s %6s\n' articles command wall_s articles/s cpu_s art/cpu_s peak_rss db_size events
for n in "${sizes[@]}"; do
  corpus=$out/corpus-$n.jsonl
  [ -f "$corpus" ] || "$java" -cp "$root/bench/target/classes:$jar" org.swapledger.bench.CorpusGenerator "$n" "$corpus" 42 1000
  db=$out/bench-$n.db
  rm -f "$db" "$db-wal" "$db-shm"
  for cmd in extract ingest; do
    args=("$cmd" "$corpus")
    [ "$cmd" = ingest ] && args+=(--db "$db")
    start=$(date +%s.%N)
    /usr/bin/time -f '%M %U %S' -o "$out/rss-$cmd-$n" "$java" -Xmx"$heap" -XX:+UseParallelGC \
      --enable-native-access=ALL-UNNAMED -jar "$jar" "${args[@]}" > /dev/null 2> "$out/stderr-$cmd-$n" || true
    end=$(date +%s.%N)
    secs=$(echo "$end - $start" | bc -l)
    read -r rss user sys < <(tail -n1 "$out/rss-$cmd-$n")
    cpu=$(echo "$user + $sys" | bc -l)
    size=-; events=-
    if [ "$cmd" = ingest ]; then
      size=$(du -m "$db" | cut -f1)M
      events=$(sed -n 's/.*; \([0-9,]*\) events.*/\1/p' "$out/stderr-$cmd-$n")
    fi
    printf '%-8s %-8s %8.1f %10.0f %8.1f %12.0f %8dM %8s %6s\n' "$n" "$cmd" "$secs" "$(echo "$n / $secs" | bc -l)" \
      "$cpu" "$(echo "$n / $cpu" | bc -l)" $((rss / 1024)) "$size" "${events:--}"
  done
done
echo "heap -Xmx$heap; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores" >&2
echo "art/cpu_s: articles per CPU-second (user + sys); on an idle machine wall-clock throughput approaches" >&2
echo "art/cpu_s x cores when extraction keeps every core busy." >&2
