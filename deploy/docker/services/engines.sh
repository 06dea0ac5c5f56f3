# Sourced by the service scripts: where the build put each engine (engines.properties, copied
# here by collect.sh), and the console logging every engine's JVM uses (docker logs shows it).
engine() { sed -n "s/^$1=//p" /etc/shotcharts/engines.properties; }
log4j="$(readlink -f "$(dirname "${BASH_SOURCE[0]}")/../log4j2.properties")"
# This container's address on the compose network, which the other containers reach it by.
container_ip() { hostname -i | awk '{print $1}'; }
