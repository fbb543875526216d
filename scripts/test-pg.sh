#!/usr/bin/env bash
# `npm run test:pg`: the tests that touch the database, on PostgreSQL (TEST_ENGINE=postgres;
# vitest.config.ts says which files). Uses the server TEST_DATABASE_URL names, or starts a
# throw-away one (scripts/pg-test-server.sh) and stops it however the tests end.
# Extra arguments go to vitest: `npm run test:pg -- test/spending`.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${TEST_DATABASE_URL:-}" ] && TEST_DATABASE_URL=$(scripts/pg-test-server.sh url 2>/dev/null); then
  export TEST_DATABASE_URL # one already running for this checkout: used, and left running
elif [ -z "${TEST_DATABASE_URL:-}" ]; then
  trap 'scripts/pg-test-server.sh stop' EXIT
  TEST_DATABASE_URL=$(scripts/pg-test-server.sh start)
  export TEST_DATABASE_URL
fi
TEST_ENGINE=postgres npx vitest run "$@"
