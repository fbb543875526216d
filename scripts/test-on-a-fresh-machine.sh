#!/usr/bin/env bash
# The README's test command: everything the tests need, from nothing, then the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
node --version
npm --version
scripts/install-test-tools.sh
# better-sqlite3 compiles SQLite from source here (no prebuilt binary can be downloaded).
npm ci --no-audit --no-fund
# The PostgreSQL tests' server (test/db-pg/), stopped however the tests end.
trap 'scripts/pg-test-server.sh stop' EXIT
TEST_DATABASE_URL=$(scripts/pg-test-server.sh start)
export TEST_DATABASE_URL
npm test
