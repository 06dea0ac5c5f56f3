#!/usr/bin/env bash
# Copies what the image runs into $1 at the same absolute paths (the build's classpath files name
# them so): the CLI's classes and jars, the engines' runtimes, the job jars, the service scripts.
set -euo pipefail
stage="$1"
mkdir -p "$stage"
props=$(find /src/engines/target/classes -name engines.properties)
prop() { sed -n "s/^$1=//p" "$props"; }
paths() {
  tr ':' '\n' < /src/cli/target/classpath.txt && echo
  for file in flink.classpath.file kafka.classpath.file spark.classpath.file; do
    prop "$file"
    tr ':' '\n' < "$(prop "$file")" && echo
  done
  for key in s3proxy.jar flink.plugins.dir flink.job.jar spark.merge.jar; do prop "$key"; done
  echo /src/cli/target/classpath.txt
  echo /src/cli/target/classes
  echo /src/deploy
}
paths | grep -v '^$' | xargs -n 200 realpath -m | sort -u | sed 's|^/||' \
  | tar -C / -c --files-from=- -f - | tar -x -C "$stage" -f -
mkdir -p "$stage/etc/shotcharts"
cp "$props" "$stage/etc/shotcharts/engines.properties"
# Spark's daemons and executors find their jars in SPARK_HOME/jars.
mkdir -p "$stage/opt/spark/jars" "$stage/opt/spark/conf"
{ tr ':' '\n' < "$(prop spark.classpath.file)" && echo; } | grep -v '^$' | while read -r jar; do
  ln -sf "$(realpath -m "$jar")" "$stage/opt/spark/jars/"
done
