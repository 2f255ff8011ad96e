#!/usr/bin/env bash
# Runs a benchmark of bench/ against the built ingest module (not a test; numbers go to stdout).
# Usage: bench/inputs.sh html [DIR_OF_PAGES] | warc [RECORDS] | relevance [articles.jsonl]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/scripts/java-env.sh" # exports JAVA_HOME for a JDK >= 21, or says there is none
cp_file=$root/bench/out/ingest-classpath
mkdir -p "$root/bench/out"
(cd "$root" && ./mvnw -B -q -pl ingest -am compile dependency:build-classpath -Dmdep.outputFile="$cp_file" >&2)
cp="$root/ingest/target/classes:$(cat "$cp_file")"
case "${1:-}" in
  html) shift; exec "$JAVA_HOME/bin/java" -Xmx2g -cp "$cp" "$root/bench/inputs/HtmlBench.java" "$@" ;;
  warc) shift; exec "$JAVA_HOME/bin/java" -Xmx256m -cp "$cp" "$root/bench/inputs/WarcBench.java" "$@" ;;
  relevance) shift; exec "$JAVA_HOME/bin/java" -Xmx1g -cp "$cp" "$root/bench/inputs/RelevanceBench.java" "$@" ;;
  *) echo "usage: bench/inputs.sh html [DIR] | warc [RECORDS] | relevance [articles.jsonl]" >&2; exit 2 ;;
esac
