#!/usr/bin/env bash
# Submits the Flink job to the session cluster through Flink's REST API, unless a job of that name
# is alive (so `docker compose up` run again submits nothing). The topics are created first: the
# job's Kafka source fails on a topic that does not exist yet. Arguments: the job's own.
set -euo pipefail
source "$(dirname "$0")/engines.sh"
flink="http://${FLINK_JOBMANAGER_HOST:-flink-jobmanager}:8081"
name="shotcharts: shot_charts -> lake" # ShotChartsJob.JOB_NAME
bootstrap=kafka:9092
for ((i = 1; i <= $#; i++)); do
  [[ "${!i}" == --bootstrap-servers ]] && { j=$((i + 1)); bootstrap="${!j}"; }
done
"$(dirname "$0")/../entrypoint.sh" topics --bootstrap-servers "$bootstrap"

alive='"state":"(CREATED|INITIALIZING|RUNNING|RESTARTING|RECONCILING|FAILING|CANCELLING)"'
if curl -fsS --max-time 30 "$flink/jobs/overview" | grep -o '{[^{}]*}' \
  | grep -F "\"name\":\"$name\"" | grep -qE "$alive"; then
  echo "the Flink job runs already: $flink/#/job/running"
  exit 0
fi
jar=$(engine flink.job.jar)
echo "uploading $(basename "$jar") to $flink"
uploaded=$(curl -fsS --max-time 180 -X POST -F "jarfile=@$jar" "$flink/jars/upload")
jar_id=$(sed -n 's/.*"filename":"[^"]*\/\([^"/]*\)".*/\1/p' <<< "$uploaded")
args=$(printf '"%s",' "$@")
started=$(curl -fsS --max-time 120 -X POST -H 'Content-Type: application/json' \
  -d "{\"programArgsList\":[${args%,}]}" "$flink/jars/$jar_id/run")
echo "submitted the Flink job: $started; dashboard $flink"
