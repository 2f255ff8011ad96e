#!/usr/bin/env bash
# Ingest throughput benchmark (not a test): generates corpora of our own wording with bench's CorpusGenerator,
# ingests each into a fresh SQLite file with a capped heap, and prints articles/s, peak RSS and the time split.
# Usage: bench/run.sh [SIZES...]   (default: 10000 100000); HEAP=512m by default; output in bench/out/.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=$root/bench/out
heap=${HEAP:-512m}
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000)
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
java=$JAVA_HOME/bin/java
mkdir -p "$out"
(cd "$root" && ./mvnw -q -B -DskipTests package >&2)
# A copy, so that rebuilding the project while the benchmark runs does not change the jar under it.
jar=$out/swapledger-bench.jar
cp "$root/cli/target/swapledger.jar" "$jar"
printf '%-8s %-9s %9s %11s %10s %9s %9s %s\n' articles command seconds articles/s peak_rss db_size events heap
for n in "${sizes[@]}"; do
  corpus=$out/corpus-$n.jsonl
  [ -f "$corpus" ] || "$java" -cp "$root/bench/target/classes" org.swapledger.bench.CorpusGenerator "$n" "$corpus" 42 1000
  db=$out/bench-$n.db
  rm -f "$db" "$db-wal" "$db-shm"
  for cmd in extract ingest; do
    args=("$cmd" "$corpus")
    [ "$cmd" = ingest ] && args+=(--db "$db")
    start=$(date +%s.%N)
    /usr/bin/time -f '%M' -o "$out/rss-$cmd-$n" "$java" -Xmx"$heap" -XX:+UseParallelGC \
      --enable-native-access=ALL-UNNAMED -jar "$jar" "${args[@]}" > /dev/null 2> "$out/stderr-$cmd-$n" || true
    end=$(date +%s.%N)
    secs=$(echo "$end - $start" | bc -l)
    rss=$(tail -n1 "$out/rss-$cmd-$n")
    size=-; events=-
    if [ "$cmd" = ingest ]; then
      size=$(du -m "$db" | cut -f1)M
      events=$(sed -n 's/.*; \([0-9,]*\) events.*/\1/p' "$out/stderr-$cmd-$n")
    fi
    printf '%-8s %-9s %9.1f %11.0f %9dM %9s %9s %s\n' "$n" "$cmd" "$secs" "$(echo "$n / $secs" | bc -l)" \
      $((rss / 1024)) "$size" "${events:--}" "$heap"
  done
done
echo "load average during the run: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores" >&2
