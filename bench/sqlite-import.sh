#!/usr/bin/env bash
# Alternates the sqlite3 shell's CSV import with `caselens import notifications` on one file, RUNS
# times each (default 3), each into a new database, and prints wall seconds, CPU (user+sys) and peak
# RSS of every run (/usr/bin/time), the medians and the ratio of the median wall times.
# sqlite3 loads the file into a plain table of text columns (made from the header, no types, no
# checks); caselens validates every cell and stores the rows typed, with its indexes, in one
# transaction. caselens runs as a user runs it: `dotnet caselens.dll` in its own process, start-up
# included. The checkout must have been built with `dotnet build -c Release src/CaseLens.Cli`.
# Usage: bench/sqlite-import.sh FILE [RUNS] [CHECKOUT]    (CHECKOUT defaults to this script's one)
# e.g.   dotnet src/CaseLens.Cli/bin/Release/net10.0/caselens.dll synth --rows 1000000 --seed 2009 --output /tmp/n1m.csv
#        bench/sqlite-import.sh /tmp/n1m.csv 3
set -euo pipefail
file=$(realpath "$1"); runs=${2:-3}
checkout=$(realpath "${3:-$(dirname "$0")/..}")
caselens="$checkout/src/CaseLens.Cli/bin/Release/net10.0/caselens.dll"
[[ -f $caselens ]] || { echo "no Release build at $caselens" >&2; exit 1; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

# Prints "SECONDS CPU PEAK_KB" of the command, which must succeed.
measure() {
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
  awk '{ printf "%.2f %.2f %d\n", $1, $2 + $3, $4 }' "$work/time"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

printf '%-4s %-9s %9s %9s %10s %6s\n' run side seconds cpu peak_MiB load
for run in $(seq "$runs"); do
  for side in sqlite3 caselens; do
    rm -f "$work/$side.db"*
    load=$(cut -d' ' -f1 /proc/loadavg)
    if [[ $side == sqlite3 ]]; then
      result=$(measure sqlite3 "$work/$side.db" -cmd ".mode csv" ".import '$file' t")
    else
      result=$(measure dotnet "$caselens" import notifications "$file" --db "$work/$side.db")
    fi
    read -r seconds cpu peak <<< "$result"
    echo "$side $seconds $cpu $peak" >> "$work/results"
    printf '%-4s %-9s %9s %9s %10d %6s\n' "$run" "$side" "$seconds" "$cpu" $((peak / 1024)) "$load"
  done
done

for side in sqlite3 caselens; do
  for column in 2 3 4; do
    awk -v s="$side" -v c="$column" '$1 == s { print $c }' "$work/results" | median > "$work/$side.$column"
  done
  printf 'median %-9s seconds=%s cpu=%s peak_MiB=%d\n' "$side" "$(cat "$work/$side.2")" "$(cat "$work/$side.3")" $(( $(cat "$work/$side.4" | cut -d. -f1) / 1024 ))
done
awk -v c="$(cat "$work/caselens.2")" -v s="$(cat "$work/sqlite3.2")" 'BEGIN { printf "ratio caselens/sqlite3 (median wall) = %.2fx\n", c / s }'
