#!/usr/bin/env bash
# Benchmarks (never part of the tests). Usage: bench/run.sh [--quick] [JMH options]
# Prints JMH's table; docs/benchmarks.md records the figures of a full run.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
echo "bench: building..." >&2
mvn -B -q -ntp -DskipTests -Dspotless.check.skip install -pl bench -am
quick=()
if [[ "${1:-}" == "--quick" ]]; then
  shift
  quick=(-wi 1 -i 2 -w 2s -r 2s)
fi
exec java -cp "bench/target/classes:$(cat bench/target/classpath.txt)" org.openjdk.jmh.Main \
  -f 1 -wi 3 -i 5 -w 5s -r 5s "${quick[@]}" "$@"
