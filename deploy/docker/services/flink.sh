#!/usr/bin/env bash
# Flink's JobManager (flink-jobmanager) or a TaskManager (flink-taskmanager), from the build's
# Flink runtime and S3 plugin. Settings beyond the addresses and memory come as the official image
# takes them: FLINK_PROPERTIES, lines of config.yaml.
set -euo pipefail
source "$(dirname "$0")/engines.sh"
role="$1"
classpath=$(cat "$(engine flink.classpath.file)")
export FLINK_PLUGINS_DIR
FLINK_PLUGINS_DIR=$(engine flink.plugins.dir)
conf=/opt/flink/conf
mkdir -p "$conf"
jobmanager="${FLINK_JOBMANAGER_HOST:-flink-jobmanager}"
cat > "$conf/config.yaml" <<YAML
jobmanager.rpc.address: $jobmanager
rest.address: $jobmanager
jobmanager.bind-host: 0.0.0.0
rest.bind-address: 0.0.0.0
taskmanager.bind-host: 0.0.0.0
taskmanager.host: $(container_ip)
jobmanager.memory.process.size: ${FLINK_JOBMANAGER_MEMORY:-1024m}
taskmanager.memory.process.size: ${FLINK_TASKMANAGER_MEMORY:-1728m}
YAML
printf '%s\n' "${FLINK_PROPERTIES:-}" >> "$conf/config.yaml"

case "$role" in
  flink-jobmanager)
    main=org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint
    sizing=GET_JM_RESOURCE_PARAMS
    extra=(--executionMode cluster)
    ;;
  flink-taskmanager)
    main=org.apache.flink.runtime.taskexecutor.TaskManagerRunner
    sizing=GET_TM_RESOURCE_PARAMS
    extra=()
    ;;
esac
# Flink's own memory calculation, as its scripts do: the JVM flags, then the dynamic options.
mapfile -t sized < <(java -cp "$classpath" org.apache.flink.runtime.util.bash.BashJavaUtils \
  "$sizing" --configDir "$conf" | sed -n 's/^BASH_JAVA_UTILS_EXEC_RESULT://p')
if [[ ${#sized[@]} -ne 2 ]]; then
  echo "Flink could not size its processes (see above)" >&2
  exit 1
fi
# What a Flink distribution passes to every Flink JVM, as the local stack passes it.
read -r -a opens <<< "$(engine flink.java.options)"
# shellcheck disable=SC2086 # Flink's sized flags are words
exec java "${opens[@]}" ${sized[0]} -Dlog4j.configurationFile="$log4j" -cp "$classpath" \
  "$main" --configDir "$conf" "${extra[@]}" ${sized[1]}
