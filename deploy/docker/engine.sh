#!/usr/bin/env bash
# A Docker engine for deploy/compose-test.sh: Debian's docker.io, docker-compose and debootstrap
# installed when missing, and dockerd started unless one answers (as root; waits at most 60 s).
set -euo pipefail
missing=()
command -v dockerd > /dev/null || missing+=(docker.io)
command -v docker-compose > /dev/null || missing+=(docker-compose)
command -v debootstrap > /dev/null || missing+=(debootstrap)
if ((${#missing[@]})); then
  echo "installing ${missing[*]} (Debian's packages)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" > /dev/null
fi
# Debian's client speaks to Debian's engine (a newer client elsewhere on PATH may need buildx).
docker=/usr/bin/docker
if ! "$docker" info > /dev/null 2>&1; then
  echo "starting dockerd (log: /var/log/shotcharts-dockerd.log)"
  nohup dockerd > /var/log/shotcharts-dockerd.log 2>&1 &
  for _ in $(seq 60); do
    "$docker" info > /dev/null 2>&1 && break
    sleep 1
  done
  "$docker" info > /dev/null 2>&1 || { echo "dockerd did not answer in 60 s; see /var/log/shotcharts-dockerd.log" >&2; exit 1; }
fi
echo "docker engine $("$docker" version --format '{{.Server.Version}}')"
