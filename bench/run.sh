#!/usr/bin/env bash
# Every figure of docs/benchmarks.md in one command; never part of the tests.
# Usage: bench/run.sh [--quick] [--runs N] [--records N] [--only parse,throughput,freshness,follow,merge,faults,hostile,history]
#                     [--engines flink,spark,ceiling] [--lever 'JOB ARGS']... [--keep-stack]
#                     [--report FILE]
#        bench/run.sh jmh [JMH options]     the JMH benchmarks alone
# The benchmarks bring up a local stack of their own (state in $BENCH_STACK_HOME, default
# bench/target/stack) on the stack's default ports: stop yours first (bin/shotcharts down).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
echo "bench: building..." >&2
mvn -B -q -ntp -DskipTests -Dspotless.check.skip install -pl bench,bench/spark-streaming -am
classpath="bench/target/classes:$(cat bench/target/classpath.txt)"
if [[ "${1:-}" == "jmh" ]]; then
  shift
  exec java -cp "$classpath" org.openjdk.jmh.Main -f 1 -wi 3 -i 5 -w 5s -r 5s "$@"
fi
exec java -Xmx2g -cp "$classpath" dev.shotcharts.bench.BenchCommand \
  --home "${BENCH_STACK_HOME:-$root/bench/target/stack}" "$@"
