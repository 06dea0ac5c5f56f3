#!/usr/bin/env bash
# Spark's standalone master, a worker or the history server, from the build's Spark runtime
# (SPARK_HOME=/opt/spark: its jars/ links the runtime's jars, which executors start from too).
set -euo pipefail
source "$(dirname "$0")/engines.sh"
export SPARK_HOME=/opt/spark SPARK_SCALA_VERSION=2.13
read -r -a options <<< "$(engine spark.java.options)"
java=(java -Xmx512m -Xms32m "${options[@]}" -Dlog4j2.configurationFile="$log4j"
  -cp "$SPARK_HOME/conf:$SPARK_HOME/jars/*")
case "$1" in
  spark-master)
    exec "${java[@]}" org.apache.spark.deploy.master.Master --host "${SPARK_MASTER_HOST:-spark-master}" \
      --port 7077 --webui-port 8080
    ;;
  spark-worker)
    exec "${java[@]}" org.apache.spark.deploy.worker.Worker \
      "${SPARK_MASTER:-spark://spark-master:7077}" --host "$(container_ip)" --webui-port 8081 \
      --cores "${SPARK_WORKER_CORES:-2}" --memory "${SPARK_WORKER_MEMORY:-1536m}"
    ;;
  spark-history)
    mkdir -p /spark-events
    exec "${java[@]}" -Dspark.history.fs.logDirectory=file:/spark-events \
      -Dspark.history.ui.port=18080 org.apache.spark.deploy.history.HistoryServer
    ;;
esac
