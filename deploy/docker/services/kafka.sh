#!/usr/bin/env bash
# A single-node KRaft broker (broker and controller), from the build's Kafka runtime. Inside the
# network it is kafka:9092; outside 127.0.0.1:$KAFKA_PORT (the EXTERNAL listener).
set -euo pipefail
source "$(dirname "$0")/engines.sh"
classpath=$(cat "$(engine kafka.classpath.file)")
data=/var/lib/kafka/data
conf=/var/lib/kafka/server.properties
mkdir -p "$data"
cat > "$conf" <<PROPERTIES
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@localhost:9093
listeners=INTERNAL://:9092,CONTROLLER://localhost:9093,EXTERNAL://:9094
advertised.listeners=INTERNAL://${KAFKA_ADVERTISED_HOST:-kafka}:9092,EXTERNAL://127.0.0.1:${KAFKA_PORT:-9092}
listener.security.protocol.map=INTERNAL:PLAINTEXT,CONTROLLER:PLAINTEXT,EXTERNAL:PLAINTEXT
inter.broker.listener.name=INTERNAL
controller.listener.names=CONTROLLER
log.dirs=$data
num.partitions=3
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
PROPERTIES
if [[ ! -f "$data/meta.properties" ]]; then # the storage is formatted once, never again
  cluster_id=$(java -cp "$classpath" kafka.tools.StorageTool random-uuid)
  java -cp "$classpath" kafka.tools.StorageTool format -t "$cluster_id" -c "$conf"
fi
# Kafka keeps its data in the page cache, not the heap (the broker's own advice).
exec java -Xmx512m -Xms64m -XX:+UseSerialGC -Dlog4j2.configurationFile="$log4j" \
  -cp "$classpath" kafka.Kafka "$conf"
