#!/usr/bin/env bash
# The README's test command: everything the tests need, from nothing, then the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
node --version
npm --version
scripts/install-test-tools.sh
# better-sqlite3 compiles SQLite from source here (no prebuilt binary can be downloaded).
npm ci --no-audit --no-fund
# Everything on SQLite (test/db-pg skips itself here: it runs in the PostgreSQL run below).
env -u TEST_DATABASE_URL npm test
# The tests that touch the database again, on PostgreSQL: test-pg.sh starts a throw-away
# server on loopback (scripts/pg-test-server.sh) and stops it however the tests end.
env -u TEST_DATABASE_URL npm run test:pg
