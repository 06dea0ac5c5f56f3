#!/usr/bin/env bash
# The base images where no registry is reachable, from Debian's packages (debootstrap):
#   shotcharts-base:bookworm   Java 17 runtime, curl    -> BASE_IMAGE
#   shotcharts-build:bookworm  + JDK 17, Maven and this machine's Maven repository (so the image's
#                              build runs offline: MAVEN_ARGS=-o) -> BUILD_IMAGE
# Each is built once per machine (the build image again when the Maven repository is newer).
set -euo pipefail
docker=/usr/bin/docker
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
repository=${MAVEN_REPOSITORY:-$HOME/.m2/repository}

if ! "$docker" image inspect shotcharts-base:bookworm > /dev/null 2>&1; then
  rootfs=$(mktemp -d)
  trap 'rm -rf "$rootfs"' EXIT
  echo "debootstrap bookworm from $mirror (about 2 minutes)"
  debootstrap --variant=minbase --include=openjdk-17-jre-headless,ca-certificates,curl,procps \
    bookworm "$rootfs" "$mirror" > /tmp/shotcharts-debootstrap.log 2>&1 \
    || { echo "debootstrap failed; see /tmp/shotcharts-debootstrap.log" >&2; exit 1; }
  rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/*
  tar -C "$rootfs" -c . | "$docker" import -c 'ENV LANG=C.UTF-8' - shotcharts-base:bookworm > /dev/null
fi
echo "base image shotcharts-base:bookworm"

# The project's own artifacts (mvn install) do not count: the image's build makes its own.
stamp=$(find "$repository" -path "$repository/dev/shotcharts" -prune -o \
  -newer /var/lib/shotcharts-build-image.stamp -print -quit 2> /dev/null || echo new)
if ! "$docker" image inspect shotcharts-build:bookworm > /dev/null 2>&1 || [[ -n "$stamp" ]]; then
  echo "build image: JDK 17, Maven and $repository ($(du -sh "$repository" | cut -f1))"
  "$docker" build -q -t shotcharts-build:bookworm -f - "$repository" > /dev/null <<'DOCKERFILE'
FROM shotcharts-base:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends openjdk-17-jdk-headless maven \
    && rm -rf /var/lib/apt/lists/*
COPY . /root/.m2/repository
DOCKERFILE
  mkdir -p /var/lib && touch /var/lib/shotcharts-build-image.stamp
fi
echo "build image shotcharts-build:bookworm"
