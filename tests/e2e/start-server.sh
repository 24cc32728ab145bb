#!/usr/bin/env bash
# A fresh database, the demo seed and a clock tests may move forward, for one Playwright run.
# The clock starts on a Tuesday morning in winter, so a run does not depend on when it runs.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
db="$here/../../test-results/e2e-$1.db"
mkdir -p "$(dirname "$db")"
rm -f "$db" "$db-wal" "$db-shm"
cd "$here/../../server"
exec env DATABASE_PATH="$db" SEED_DEMO=true TEST_CLOCK=true TEST_CLOCK_START="${TEST_CLOCK_START:-2027-01-12T09:30:00Z}" MONITOR_INTERVAL_MS=500 PORT="$1" LOG_LEVEL=warn node --import tsx src/main.ts
