#!/usr/bin/env bash
# Fuzzes the CSV readers with libFuzzer through SharpFuzz (docs/fuzzing.md).
#
#   scripts/fuzz.sh build                  publish fuzz/CaseLens.Fuzz, instrument the CaseLens assemblies
#                                          (and CsvHelper) with SharpFuzz, build the libFuzzer driver
#   scripts/fuzz.sh run TARGET [SECONDS]   fuzz one target (default 60 s), under nice -n 19, one job
#   scripts/fuzz.sh merge TARGET           minimise the target's corpus into the regression corpus
#                                          tests/CaseLens.Interchange.Tests/Fuzz/TARGET (inputs up to MERGE_MAX_LEN bytes)
#   scripts/fuzz.sh replay TARGET FILE...  run files once through the target, without libFuzzer
#
# TARGET is notifications, intensive or comparators. Several targets may run at the same time
# after one build. Everything generated goes to $FUZZ_WORK (default fuzz/.work, not committed);
# a crash is saved as $FUZZ_WORK/artifacts/TARGET/crash-* and the run exits non-zero.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work=${FUZZ_WORK:-$root/fuzz/.work}
max_len=${FUZZ_MAX_LEN:-16384}
merge_max_len=${MERGE_MAX_LEN:-4096}
targets="notifications intensive comparators"

usage() { sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }

check_target() {
  case " $targets " in *" $1 "*) ;; *) echo "unknown target '$1'; expected one of: $targets" >&2; exit 2 ;; esac
}

build() {
  if ! [ -e /usr/lib/llvm-14/lib/clang/14.0.6/lib/linux/libclang_rt.fuzzer-x86_64.a ]; then
    # clang-14's libFuzzer runtime comes in Debian's libclang-rt-14-dev.
    apt-get install -y clang-14 libclang-rt-14-dev >/dev/null
  fi
  rm -rf "$work/bin"
  mkdir -p "$work/tools"
  dotnet publish fuzz/CaseLens.Fuzz -c Release -o "$work/bin" --nologo -v quiet
  if ! [ -x "$work/tools/sharpfuzz" ]; then
    dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$work/tools" >/dev/null
  fi
  for assembly in CaseLens.Domain CaseLens.Analysis CaseLens.Interchange CsvHelper; do
    "$work/tools/sharpfuzz" "$work/bin/$assembly.dll"
  done
  clang++-14 -std=c++17 -O2 -g -Wall -Wextra -Werror -fsanitize=fuzzer \
    fuzz/driver/dotnet-driver.cc -o "$work/dotnet-driver"
  git rev-parse HEAD > "$work/bin/COMMIT"
  echo "built $(cat "$work/bin/COMMIT") into $work"
}

# The seeds: the shipped samples, a short valid file, the malformed-file corpus of the tests and
# the regression corpus that earlier runs kept.
seed() {
  local target=$1 dir="$work/seeds/$1"
  rm -rf "$dir"
  mkdir -p "$dir"
  case $target in
    notifications) cp samples/notifications-*.csv tests/CaseLens.Interchange.Tests/Malformed/n-*.csv "$dir"/
                   head -n 12 samples/notifications-2005-07.csv > "$dir/short-valid.csv" ;;
    intensive)     cp samples/intensive-*.csv tests/CaseLens.Interchange.Tests/Malformed/i-*.csv "$dir"/ ;;
    comparators)   cp samples/comparators-*.csv "$dir"/
                   head -n 6 samples/comparators-2005-07.csv > "$dir/short-valid.csv"
                   printf 'percent,count,column,row,table\r\n47,76,2003-05,under_1,T2\r\n' > "$dir/reordered.csv" ;;
  esac
  if [ -d "tests/CaseLens.Interchange.Tests/Fuzz/$target" ]; then
    cp "tests/CaseLens.Interchange.Tests/Fuzz/$target"/* "$dir"/ 2>/dev/null || true
  fi
}

driver() {
  local target=$1; shift
  "$work/dotnet-driver" "$@" --target_path="$work/bin/caselens-fuzz" --target_arg="$target"
}

[ $# -ge 1 ] || usage
command=$1; shift
case $command in
  build) build ;;
  run)
    [ $# -ge 1 ] || usage
    target=$1; seconds=${2:-60}
    check_target "$target"
    [ -x "$work/dotnet-driver" ] || build
    seed "$target"
    mkdir -p "$work/corpus/$target" "$work/artifacts/$target"
    echo "fuzzing $target for ${seconds}s at commit $(cat "$work/bin/COMMIT"): nice -n 19, one job, -max_len=$max_len"
    nice -n 19 "$work/dotnet-driver" -max_total_time="$seconds" -timeout=60 -max_len="$max_len" \
      -print_final_stats=1 -artifact_prefix="$work/artifacts/$target/" \
      --target_path="$work/bin/caselens-fuzz" --target_arg="$target" \
      "$work/corpus/$target" "$work/seeds/$target"
    ;;
  merge)
    [ $# -eq 1 ] || usage
    target=$1
    check_target "$target"
    out="tests/CaseLens.Interchange.Tests/Fuzz/$target"
    rm -rf "$work/merged/$target"
    mkdir -p "$work/merged/$target"
    seed "$target"
    # -use_counters=0: an input is kept for the code it reaches, not for how often it runs it.
    nice -n 19 "$work/dotnet-driver" -merge=1 -use_counters=0 -max_len="$merge_max_len" -timeout=60 \
      --target_path="$work/bin/caselens-fuzz" --target_arg="$target" \
      "$work/merged/$target" "$work/seeds/$target" "$work/corpus/$target"
    rm -rf "$out"
    mkdir -p "$out"
    cp "$work/merged/$target"/* "$out"/
    echo "$(ls "$out" | wc -l) inputs, $(du -sh "$out" | cut -f1) in $out"
    ;;
  replay)
    [ $# -ge 2 ] || usage
    target=$1; shift
    check_target "$target"
    "$work/bin/caselens-fuzz" "$target" "$@"
    ;;
  *) usage ;;
esac
