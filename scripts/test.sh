#!/usr/bin/env bash
# Runs every test in the solution. Where a local PostgreSQL is installed (Debian's packages) and no
# server is named in CASELENS_TEST_POSTGRES, it starts one and points the storage tests at a
# throwaway database, so that every persistence test runs on SQLite and on PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${CASELENS_TEST_POSTGRES:-}" ] && command -v pg_lsclusters >/dev/null 2>&1; then
  cluster=$(pg_lsclusters --no-header | awk 'NR==1 {print $1" "$2}')
  if [ -z "$cluster" ]; then
    version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
    pg_createcluster "$version" main >/dev/null
    cluster="$version main"
  fi
  pg_ctlcluster $cluster start 2>/dev/null || true
  port=$(pg_lsclusters --no-header | awk 'NR==1 {print $3}')
  su postgres -c "psql -p $port -qc \"DO \\\$\\\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'caselens') THEN CREATE ROLE caselens LOGIN SUPERUSER PASSWORD 'caselens'; END IF; END \\\$\\\$;\"" >/dev/null
  export CASELENS_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=caselens;Password=caselens;Database=postgres"
fi
if [ -n "${CASELENS_TEST_POSTGRES:-}" ]; then
  echo "PostgreSQL tests: on"
else
  echo "PostgreSQL tests: skipped (no server; set CASELENS_TEST_POSTGRES or install postgresql)"
fi

log=$(mktemp)
status=0
dotnet test CaseLens.sln --nologo 2>&1 | tee "$log" || status=$?

# One closing line in the plain form every runner understands.
passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{s += $2} END {print s + 0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{s += $2} END {print s + 0}')
skipped=$(grep -Eo 'Skipped: +[0-9]+' "$log" | awk '{s += $2} END {print s + 0}')
rm -f "$log"
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ]; then
  exit 1
fi
