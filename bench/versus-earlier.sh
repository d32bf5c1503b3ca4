#!/usr/bin/env bash
# Alternates two builds of CaseLens on one notifications file: the import (the bench's child, the real
# command in-process, start to commit) and `caselens report --db` as its own process, RUNS times each,
# then the cold start of single commands. Both checkouts must have been built with
#   dotnet build -c Release bench/CaseLens.Benchmarks
# Usage: bench/versus-earlier.sh EARLIER_CHECKOUT CURRENT_CHECKOUT FILE [RUNS]
# e.g.   git worktree add /tmp/earlier cd0ebe6 && (cd /tmp/earlier && dotnet build -c Release bench/CaseLens.Benchmarks)
#        caselens synth --rows 1000000 --seed 2009 --output /tmp/n1m.csv
#        bench/versus-earlier.sh /tmp/earlier . /tmp/n1m.csv 3
set -euo pipefail
earlier=$(realpath "$1"); current=$(realpath "$2"); file=$(realpath "$3"); runs=${4:-3}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
bin() { echo "$1/bench/CaseLens.Benchmarks/bin/Release/net10.0"; }
# The commands a user runs are timed from the CLI's own Release output (built with the bench, as its
# reference): since cfbd78c it holds ReadyToRun images of every library, the bench's copy only of caselens.dll.
cli() { echo "$1/src/CaseLens.Cli/bin/Release/net10.0"; }
head -3 "$file" > "$work/tiny.csv"
for run in $(seq "$runs"); do
  for side in earlier current; do
    dir=$(bin "${!side}"); cli=$(cli "${!side}")
    echo "run $run $side (load $(cut -d' ' -f1 /proc/loadavg))"
    dotnet "$dir/CaseLens.Benchmarks.dll" --child import "$file" "$work/$side.db" | grep RESULT
    /usr/bin/time -f "RESULT report-own-process seconds=%e cpu=%U peak_kb=%M" \
      dotnet "$cli/caselens.dll" report --db "$work/$side.db" --format json --output "$work/$side.json" 2>&1 >/dev/null | grep RESULT
    rm -f "$work/$side.db"* "$work/$side.json"
    for command in "--version" "validate notifications $work/tiny.csv" "import notifications $work/tiny.csv --db $work/cold.db" "audit --db $work/cold.db"; do
      # shellcheck disable=SC2086 # the command is words
      /usr/bin/time -f "RESULT cold '$command' seconds=%e cpu=%U" dotnet "$cli/caselens.dll" $command 2>&1 >/dev/null | grep RESULT || true
    done
    rm -f "$work/cold.db"*
  done
done
