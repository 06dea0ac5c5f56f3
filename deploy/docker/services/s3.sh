#!/usr/bin/env bash
# S3Proxy on a filesystem store: the lake's bucket is a directory of the volume at /data.
# The keys come from the environment (S3_ACCESS_KEY / S3_SECRET_KEY, from .env).
set -euo pipefail
source "$(dirname "$0")/engines.sh"
: "${S3_ACCESS_KEY:?S3_ACCESS_KEY is not set}" "${S3_SECRET_KEY:?S3_SECRET_KEY is not set}"
mkdir -p "/data/${SHOTCHARTS_BUCKET:-nba-shot-charts}"
conf=$(mktemp -d)/s3proxy.properties # in the container only: it holds the keys
cat > "$conf" <<PROPERTIES
s3proxy.authorization=aws-v2-or-v4
s3proxy.endpoint=http://0.0.0.0:9000
s3proxy.identity=$S3_ACCESS_KEY
s3proxy.credential=$S3_SECRET_KEY
jclouds.provider=filesystem
jclouds.identity=$S3_ACCESS_KEY
jclouds.credential=$S3_SECRET_KEY
jclouds.filesystem.basedir=/data
PROPERTIES
exec java -Xmx384m -Xms32m -XX:+UseSerialGC -jar "$(engine s3proxy.jar)" --properties "$conf"
