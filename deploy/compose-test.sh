#!/usr/bin/env bash
# The compose stack end to end on a real Docker engine, as a user runs docker-compose.yml: the
# images built (no registry: base images from Debian's packages), the stack up, the bundled sample
# site scraped into Kafka, the Flink job (in its containers) committing to S3, `weekly`'s merge and
# export on the Spark cluster in containers, the counts reconciled, the TaskManager killed and the
# job back, the same shots again adding no row; then everything torn down. Run as root:
#   bash deploy/compose-test.sh
# Ports are moved off the local stack's (COMPOSE_TEST_PORT_BASE, default 19000), so a local stack
# may keep running; the project, network and volumes are called shotcharts-test.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
here=$PWD
deploy/docker/engine.sh
deploy/docker/base-images.sh
export PATH="/usr/bin:$PATH" # Debian's docker client, which docker-compose 1.29 expects

base=${COMPOSE_TEST_PORT_BASE:-19000}
work=$(mktemp -d)
env_file="$work/env"
# What a user puts in .env, with secrets made up for this run (never written to the checkout).
cat > "$env_file" <<ENV
COMPOSE_PROJECT_NAME=shotcharts-test
COMPOSE_PROFILES=sample
SHOTCHARTS_STACK=shotcharts-test
S3_ACCESS_KEY=shotcharts
S3_SECRET_KEY=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
POSTGRES_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
SHOTCHARTS_SOURCE=http://sample-site:8000
SHOTCHARTS_BASE_IMAGE=shotcharts-base:bookworm
SHOTCHARTS_BUILD_IMAGE=shotcharts-build:bookworm
SHOTCHARTS_MAVEN_ARGS=-o
KAFKA_PORT=$((base + 92))
S3_PORT=$((base + 0))
FLINK_UI_PORT=$((base + 81))
SPARK_MASTER_PORT=$((base + 77))
SPARK_UI_PORT=$((base + 80))
ENV
compose() { docker-compose --env-file "$env_file" -f "$here/docker-compose.yml" "$@"; }
flink="http://127.0.0.1:$((base + 81))"
spark="http://127.0.0.1:$((base + 80))"
step() { echo "[compose-test $(($(date +%s) - started)) s] $*"; }
fail() {
  echo "COMPOSE TEST FAILED: $*" >&2
  compose ps >&2 || true
  compose logs --tail 40 >&2 || true
  exit 1
}
teardown() {
  step "tearing down"
  compose --profile sample --profile cron down -v --remove-orphans > /dev/null 2>&1 || true
  # The build's intermediate images (GBs each); the images themselves stay for the next run.
  docker image prune -f > /dev/null 2>&1 || true
  rm -rf "$work"
}
trap teardown EXIT
set -E
trap 'fail "line $LINENO: $BASH_COMMAND"' ERR
# waits for a command to succeed: wait_for SECONDS WHAT COMMAND...
wait_for() {
  local seconds=$1 what=$2
  shift 2
  local deadline=$(($(date +%s) + seconds))
  until "$@" > /dev/null 2>&1; do
    (($(date +%s) < deadline)) || fail "no $what after $seconds s"
    sleep 3
  done
}
job_running() { curl -fsS "$flink/jobs/overview" | grep -q '"state":"RUNNING"'; }
# The running job's newest completed checkpoint, in epoch milliseconds (0 before the first).
last_checkpoint() {
  local id
  id=$(curl -fsS "$flink/jobs/overview" | /usr/bin/python3 -c \
    'import json,sys; print(next(j["jid"] for j in json.load(sys.stdin)["jobs"] if j["state"] == "RUNNING"))')
  curl -fsS "$flink/jobs/$id/checkpoints" | /usr/bin/python3 -c \
    'import json,sys; c = json.load(sys.stdin)["latest"].get("completed"); print(c["latest_ack_timestamp"] if c else 0)'
}
checkpointed_since() { (($(last_checkpoint) > $1)); }

step "building the images (the project's Maven build inside docker, offline)"
compose build --progress plain > "$work/build.log" 2>&1 || { tail -40 "$work/build.log"; fail "the build failed"; }
# What an image must never carry: the checkout's secrets and history.
docker run --rm --entrypoint bash shotcharts:0.1.0-SNAPSHOT -c 'test ! -e /src/.env && test ! -e /src/.git' \
  || fail "the image carries .env or .git"

step "starting the stack"
compose up -d --no-build
services=$(compose ps --services --filter status=running | wc -l)
wait_for 240 "running Flink job at $flink" job_running
step "the Flink job runs; $services services up"

season=2025
# The sample site's week (LocalSite.SAMPLE): the weekly run names its last day.
until=2024-10-28
run() { compose run --rm --no-deps -T scheduler "$@"; }

step "weekly: scrape the sample site, wait for the Flink job, merge and export on the Spark cluster"
run weekly --season $season --until $until --days 7 --wait-minutes 5 | tee "$work/weekly.log"
markers=$(sed -n 's/.*shots published \([0-9]*\), markers dead-lettered \([0-9]*\).*/\1 \2/p' "$work/weekly.log" | awk '{print $1 + $2}')
exported=$(sed -n 's/^exported: \([0-9]*\) rows/\1/p' "$work/weekly.log")
[[ -n "$markers" && -n "$exported" ]] || fail "weekly printed no scrape or export count"
apps=$(curl -fsS "$spark/json/" | tr -d '\n' | grep -o '"completedapps" *: *\[[^]]*' | grep -o '"id"' | wc -l || true)
((apps >= 1)) || fail "the Spark master ran no application: the merge did not run on the cluster"
run reconcile --season $season | tee "$work/reconcile.log" || fail "the counts do not reconcile"
count() { sed -n "s/^$1 *\([0-9]*\)$/\1/p" "$work/reconcile.log"; }
events=$(count "distinct events in Kafka")
dead=$(count "markers dead-lettered")
rows=$(count "rows in the season table")
((markers == events + dead && rows == events && exported == rows)) \
  || fail "markers $markers, events $events (+$dead dead-lettered), rows $rows, exported $exported"
compose run --rm --no-deps -T --entrypoint bash scheduler -c 'ls /spark-events | grep -q .' \
  || fail "the merge left no event log for the history server"
step "reconciled: $markers markers = $events events (+$dead dead-lettered) = $rows rows = $exported exported"

step "killing the TaskManager container (a crash, not a stop)"
tm=$(compose ps -q flink-taskmanager)
killed=$(date +%s%3N)
kill -9 "$(docker inspect -f '{{.State.Pid}}' "$tm")"
wait_for 120 "TaskManager restarted by its restart policy" \
  bash -c "[[ \$(docker inspect -f '{{.RestartCount}}' $tm) -ge 1 ]]"
wait_for 300 "checkpoint of the Flink job completed after the kill" checkpointed_since "$killed"
step "the job is back; publishing the same shots again"
run scrape --season $season --from 2024-10-21 --to $until --force --rate-per-minute 600 > "$work/again.log"
run weekly --season $season --until $until --step wait,merge,export --wait-minutes 5 > "$work/weekly2.log"
run reconcile --season $season > "$work/reconcile.log" || fail "the counts no longer reconcile"
again=$(count "rows in the season table")
((again == rows)) || fail "the same shots changed the table: $rows rows before, $again after"
step "the same shots again: still $again rows"

echo "COMPOSE RECONCILED: $rows shots, $services services, $(($(date +%s) - started)) s"
