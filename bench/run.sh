#!/usr/bin/env bash
# Extract throughput benchmark (JMH, not a test): articles/s and MB/s of `extract` on >= 20 MB of text, on one
# thread and on all cores. Prints a summary table; raw JMH results go to bench/out/.
#
# Usage: bench/run.sh [ARTICLES.jsonl]     (default: the dev corpus in ../shared or $SWAPLEDGER_SHARED, repeated to 20 MB)
# Environment: BENCH_MB=20          megabytes of text to cycle through (the corpus is repeated to reach it)
#              BENCH_LANGUAGE=en    keep only articles of one language
#              BENCH_QUICK=1        short warm-up and measurement (a smoke run, not a figure to quote)
#              BENCH_PROFILE=1      also record a JFR profile on one thread and print the hottest methods
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
corpus=${1:-${SWAPLEDGER_SHARED:-$root/../shared}/corpus/dev/articles.jsonl}
[ -f "$corpus" ] || { echo "bench: no corpus at $corpus (give a JSONL file, or set SWAPLEDGER_SHARED)" >&2; exit 2; }
corpus=$(realpath "$corpus")
out=$root/bench/out
mkdir -p "$out"
rm -f "$out/cpu-throughput.log"

. "$root/scripts/java-env.sh" # exports JAVA_HOME for a JDK >= 21, or says there is none

(cd "$root" && ./mvnw -B -q -Pbench -pl bench -am package -DskipTests)
jar=$root/bench/target/benchmarks.jar
props="-Xmx2g -XX:+UseParallelGC -Dswapledger.bench.corpus=$corpus -Dswapledger.bench.mb=${BENCH_MB:-20}"
[ -n "${BENCH_LANGUAGE:-}" ] && props="$props -Dswapledger.bench.language=$BENCH_LANGUAGE"
timing=()
[ -n "${BENCH_QUICK:-}" ] && timing=(-wi 1 -w 3s -i 2 -r 3s)

cores=$(nproc)
for t in 1 "$cores"; do
  "$JAVA_HOME/bin/java" -jar "$jar" ExtractBenchmark -t "$t" "${timing[@]}" -jvmArgsAppend "$props" \
    -rf json -rff "$out/extract-threads-$t.json" | tee "$out/extract-threads-$t.log"
done

# wall clock and per CPU-second, the latter robust to other load on a shared machine
for t in 1 "$cores"; do
  "$JAVA_HOME/bin/java" -Xmx2g -XX:+UseParallelGC $props -cp "$jar" org.swapledger.bench.CpuThroughput "$t" 2 \
    | tee -a "$out/cpu-throughput.log"
done

if [ -n "${BENCH_PROFILE:-}" ]; then
  "$JAVA_HOME/bin/java" -jar "$jar" ExtractBenchmark -t 1 -wi 1 -w 5s -i 1 -r 20s \
    -jvmArgsAppend "$props" -prof "jfr:dir=$out/jfr" | tail -n 5
  jfr=$(find "$out/jfr" -name '*.jfr' | head -n1)
  "$JAVA_HOME/bin/jfr" view --width 160 hot-methods "$jfr" | head -n 25 | tee "$out/hot-methods.txt"
  "$JAVA_HOME/bin/jfr" print --events jdk.ExecutionSample --stack-depth 64 "$jfr" \
    | python3 "$root/bench/stages.py" | tee "$out/stages.txt"
fi

python3 - "$out" "$cores" <<'PY'
import json, sys, os
out, cores = sys.argv[1], int(sys.argv[2])
print("\nextract throughput (%d cores)" % cores)
print("%-8s %14s %10s %16s" % ("threads", "articles/s", "MB/s", "MB/s per thread"))
for t in sorted({1, cores}):
    r = json.load(open(os.path.join(out, "extract-threads-%d.json" % t)))[0]
    arts = r["primaryMetric"]["score"]
    mb = r["secondaryMetrics"]["bytes"]["score"] / 1e6
    print("%-8d %14.1f %10.2f %16.2f" % (t, arts, mb, mb / t))
PY
