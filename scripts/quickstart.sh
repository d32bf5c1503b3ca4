#!/usr/bin/env bash
# The README's first command: loads the shipped sample (the 2005-07 cohort of the biennial analysis)
# into the embedded default store (caselens.db, SQLite, in this folder), lists the cases and writes
# the report. Safe to run again: the second run finds the same records unchanged (nothing is
# rewritten or audited) instead of refusing them as clashes.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build src/CaseLens.Cli -c Release -v quiet -nologo >/dev/null
caselens() { dotnet src/CaseLens.Cli/bin/Release/net10.0/caselens.dll "$@"; }
run() { echo "\$ caselens $*" >&2; caselens "$@"; }

run import notifications samples/notifications-2005-07.csv --update
run import intensive samples/intensive-2005-07.csv --update
run cases --limit 15
run report --comparators samples/comparators-2005-07.csv --period 2005-07 --format html --output caselens-report.html
echo "Report written to $(pwd)/caselens-report.html" >&2
