#!/usr/bin/env bash
# A throw-away PostgreSQL 15 server for the tests, on loopback only:
#   scripts/pg-test-server.sh start   # fresh cluster in a temp dir; prints its DATABASE_URL
#   scripts/pg-test-server.sh url     # prints the running server's DATABASE_URL (exit 1 if none)
#   scripts/pg-test-server.sh stop    # stops it (pg_ctl, by its own postmaster PID) and deletes the dir
#
# The cluster lives in $PG_TEST_DIR (default: one dir per checkout under /tmp). `start` reuses a
# server that is already running there and replaces a dir a killed run left behind. PostgreSQL
# refuses to run as root, so as root (CI) the cluster belongs to the system user `pgtest`,
# created when missing. The test role owns the test database and may create databases (each
# test file makes its own). fsync and synchronous_commit stay at their defaults.
set -euo pipefail

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
repo=$(cd "$(dirname "$0")/.." && pwd)
checkout_id=$(printf '%s' "$repo" | sha256sum | cut -c1-12)
dir=${PG_TEST_DIR:-/tmp/fund-execution-pg-test-$checkout_id}
data=$dir/data
url_file=$dir/url
role=fund_test
database=fund_test

die() {
  echo "pg-test-server: $*" >&2
  exit 1
}

# The dir is deleted by `stop`: only ever an absolute path below the root.
case "$dir" in
  /?*/?*) ;;
  *) die "PG_TEST_DIR must be an absolute path at least two levels deep, not '$dir'" ;;
esac

[ -x "$PG_BIN/pg_ctl" ] || die "no PostgreSQL 15 at $PG_BIN (run scripts/install-test-tools.sh, or set PG_BIN)"

# Runs a PostgreSQL program as the cluster's owner: `pgtest` when we are root, else ourselves.
as_owner=()
owner=$(id -un)
if [ "$(id -u)" -eq 0 ]; then
  owner=pgtest
  as_owner=(runuser -u "$owner" --)
fi

ensure_owner() {
  [ "$(id -u)" -eq 0 ] || return 0
  id -u "$owner" >/dev/null 2>&1 ||
    useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$owner"
}

# Line 1 of postmaster.pid is the server's PID, line 4 its port.
pid_line() { sed -n "${1}p" "$data/postmaster.pid" 2>/dev/null; }

# Whether the PID in postmaster.pid is this cluster's server, alive: after a reboot the file
# can name a process that is something else now, which must not be signalled.
our_server() {
  local pid
  pid=$(pid_line 1)
  [ -n "$pid" ] && [ -r "/proc/$pid/cmdline" ] &&
    [ "$(ps -o stat= -p "$pid" | cut -c1)" != Z ] &&
    [[ "$(tr '\0' ' ' <"/proc/$pid/cmdline")" == *"-D $data "* ]]
}

# Up and answering: a PID that is alive is not enough (a killed server can linger as a zombie).
running() {
  [ -f "$data/postmaster.pid" ] && our_server &&
    "$PG_BIN/pg_isready" -q -h "$dir" -p "$(pid_line 4)"
}

stop_server() {
  if [ -f "$data/postmaster.pid" ] && our_server; then
    local pid
    pid=$(pid_line 1)
    # pg_ctl signals the PID in this cluster's own postmaster.pid, and waits for it to exit.
    if ! "${as_owner[@]}" "$PG_BIN/pg_ctl" stop -D "$data" -m fast -w -t 30 >/dev/null 2>&1 &&
      our_server; then
      echo "pg-test-server: server $pid did not stop in 30 s; killing it" >&2
      kill -KILL "$pid"
    fi
  fi
  rm -rf "$dir"
}

free_port() {
  node -e "const s=require('node:net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}

start_server() {
  if running && [ -s "$url_file" ]; then
    cat "$url_file"
    return 0
  fi
  stop_server # a dir left by a killed run, perhaps with its server still up
  ensure_owner
  mkdir -m 0755 "$dir" # not -p: fails if something re-created it meanwhile
  [ "$(id -u)" -eq 0 ] && chown "$owner" "$dir"

  "${as_owner[@]}" "$PG_BIN/initdb" -D "$data" -U "$owner" --auth-local=peer \
    --auth-host=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
    die "initdb failed: $(cat "$dir/initdb.log")"
  {
    echo "listen_addresses = '127.0.0.1'"
    echo "unix_socket_directories = '$dir'"
    # The whole suite runs on one server, each test database a small pool of its own.
    echo "max_connections = 400"
  } | "${as_owner[@]}" tee -a "$data/postgresql.conf" >/dev/null

  # The port is free when chosen; another process may take it before the server binds: retry.
  local port="" attempt
  for attempt in 1 2 3 4 5; do
    port=$(free_port)
    if "${as_owner[@]}" "$PG_BIN/pg_ctl" start -D "$data" -l "$dir/server.log" -w -t 30 \
      -o "-p $port" >/dev/null; then
      break
    fi
    port=""
  done
  [ -n "$port" ] || die "the server did not start; see $dir/server.log"

  local password
  password=$(od -An -tx1 -N16 /dev/urandom | tr -d ' \n')
  "${as_owner[@]}" "$PG_BIN/psql" -q -X -v ON_ERROR_STOP=1 -h "$dir" -p "$port" -d postgres <<SQL
CREATE ROLE $role LOGIN CREATEDB PASSWORD '$password';
CREATE DATABASE $database OWNER $role;
SQL
  (
    umask 077
    echo "postgres://$role:$password@127.0.0.1:$port/$database" >"$url_file"
  )
  cat "$url_file"
}

case "${1:-}" in
  start) start_server ;;
  stop) stop_server ;;
  url)
    running && [ -s "$url_file" ] || die "no test server running in $dir (run: $0 start)"
    cat "$url_file"
    ;;
  *) die "usage: $0 start|url|stop" ;;
esac
