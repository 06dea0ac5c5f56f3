#!/usr/bin/env bash
# PostgreSQL for the Iceberg catalog (database iceberg, login shotcharts / POSTGRES_PASSWORD) and
# the SQL files of /docker-entrypoint-initdb.d run once, on an empty data directory.
set -euo pipefail
: "${POSTGRES_PASSWORD:?POSTGRES_PASSWORD is not set}"
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
data=/var/lib/postgresql/data/pgdata
if [[ ! -s "$data/PG_VERSION" ]]; then
  password=$(mktemp)
  printf '%s\n' "$POSTGRES_PASSWORD" > "$password"
  "$bin/initdb" -D "$data" -U shotcharts --pwfile="$password" --auth-local=trust \
    --auth-host=scram-sha-256 > /dev/null
  rm -f "$password"
  echo "host all all all scram-sha-256" >> "$data/pg_hba.conf"
  "$bin/pg_ctl" -D "$data" -o "-c listen_addresses=''" -w start > /dev/null
  "$bin/psql" -v ON_ERROR_STOP=1 -U shotcharts -d postgres -c "CREATE DATABASE iceberg"
  for sql in /docker-entrypoint-initdb.d/*.sql; do
    [[ -f "$sql" ]] && "$bin/psql" -v ON_ERROR_STOP=1 -U shotcharts -d iceberg -f "$sql"
  done
  "$bin/pg_ctl" -D "$data" -m fast -w stop > /dev/null
fi
exec "$bin/postgres" -D "$data" -c listen_addresses='*'
