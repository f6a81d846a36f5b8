#!/usr/bin/env bash
# Start a throwaway PostgreSQL server on 127.0.0.1 for the store tests; print its URL.
# Installs Debian's postgresql when the machine has none. Usage: url=$(scripts/start_postgres.sh)
set -euo pipefail
port="${SITREP_PG_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}"
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bin" ] || [ ! -x "$bin/postgres" ]; then
  if [ "$(id -u)" = 0 ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >&2
  else
    sudo apt-get update -qq >&2 && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
  fi
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi
data=$(mktemp -d /tmp/sitrep-pg.XXXXXX)
run=()
if [ "$(id -u)" = 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
  chown postgres "$data"
  run=(runuser -u postgres --)
fi
"${run[@]}" "$bin/initdb" -D "$data" --auth=trust --username=postgres --encoding=UTF8 >/dev/null
"${run[@]}" "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $data" start >/dev/null
"${run[@]}" "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres sitrep_test
echo "postgresql://postgres@127.0.0.1:$port/sitrep_test"
