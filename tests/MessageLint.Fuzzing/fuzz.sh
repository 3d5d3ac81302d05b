#!/usr/bin/env bash
# Fuzzes one harness with AFL++ and SharpFuzz: publishes the harness, instruments MessageLint's
# assemblies and Markdig in the published copy, and runs afl-fuzz for a while.
#
#   tests/MessageLint.Fuzzing/fuzz.sh <markdown|plain-text|config|draft-bytes|telegram|jsonl|csv> [seconds] [work-dir]
#
# Needs afl-fuzz (Debian: apt-get install afl++). Findings land in <work-dir>/findings/<harness>;
# replay a crash with: dotnet <work-dir>/bin/MessageLint.Fuzzing.dll <harness> <file>
set -euo pipefail

harness=${1:?usage: fuzz.sh <markdown|plain-text|config|draft-bytes|telegram|jsonl|csv> [seconds] [work-dir]}
seconds=${2:-600}
here=$(cd "$(dirname "$0")" && pwd)
work=${3:-${TMPDIR:-/tmp}/messagelint-fuzz}
bin="$work/bin"

command -v afl-fuzz >/dev/null || { echo "fuzz.sh: afl-fuzz not found; install AFL++ (apt-get install afl++)" >&2; exit 2; }
[ -d "$here/corpus/$harness" ] || { echo "fuzz.sh: no corpus for harness '$harness'" >&2; exit 2; }

if [ ! -f "$bin/.instrumented" ]; then
  rm -rf "$bin"
  dotnet publish "$here/MessageLint.Fuzzing.csproj" -c Release -o "$bin"
  [ -x "$work/tools/sharpfuzz" ] || dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$work/tools"
  for dll in MessageLint.Core.dll MessageLint.Formats.dll MessageLint.Rules.dll Markdig.dll; do
    "$work/tools/sharpfuzz" "$bin/$dll"
  done
  touch "$bin/.instrumented"
fi

dictionary=()
case "$harness" in
  markdown|plain-text) dictionary=(-x "$here/dictionaries/markdown.dict") ;;
  config|telegram|jsonl) dictionary=(-x "$here/dictionaries/json.dict") ;;
esac

# dotnet itself is not instrumented (SharpFuzz reports coverage from the managed code), and the
# sandbox's core_pattern and CPU governor are not ours to change; a second run resumes the first.
mkdir -p "$work/findings"
export AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_AFFINITY=1 AFL_AUTORESUME=1
exec afl-fuzz -i "$here/corpus/$harness" -o "$work/findings/$harness" -V "$seconds" -t 10000 -m none "${dictionary[@]}" \
  -- dotnet "$bin/MessageLint.Fuzzing.dll" "$harness"
