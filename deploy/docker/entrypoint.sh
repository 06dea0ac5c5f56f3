#!/usr/bin/env bash
# The image's one entry point: `entrypoint.sh SERVICE` starts an engine of the stack (kafka, s3,
# flink-jobmanager, flink-taskmanager, flink-job, spark-master, spark-worker, spark-history);
# anything else is a shotcharts command (`weekly`, `query --season 2025 ...`, `--help`).
set -euo pipefail
here="$(dirname "$(readlink -f "$0")")"
case "${1:-}" in
  kafka | s3 | flink-job)
    exec "$here/services/$1.sh" "${@:2}"
    ;;
  flink-jobmanager | flink-taskmanager)
    exec "$here/services/flink.sh" "$@"
    ;;
  spark-master | spark-worker | spark-history)
    exec "$here/services/spark.sh" "$@"
    ;;
  *)
    exec java ${JAVA_OPTS:-} -cp "/src/cli/target/classes:$(cat /src/cli/target/classpath.txt)" \
      dev.shotcharts.cli.ShotchartsCli "$@"
    ;;
esac
