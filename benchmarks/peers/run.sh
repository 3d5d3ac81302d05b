#!/usr/bin/env bash
# Side-by-side run: MessageLint and the peer linters on the same generated posts, with messages/s,
# MB/s and peak memory from /usr/bin/time. Prints a Markdown table (and keeps it in $work/table.md).
#   benchmarks/peers/run.sh [EXPORT_MESSAGES] [PEER_MESSAGES]
# EXPORT_MESSAGES (default 100000) sizes the Telegram export MessageLint audits end to end;
# PEER_MESSAGES (default 2000) sizes the corpus every tool, MessageLint included, reads as text,
# kept smaller because the slowest peers take minutes per thousand posts. Run install.sh first.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
export_messages=${1:-100000}
peer_messages=${2:-2000}
work=$(mktemp -d)
export PATH="$here/node_modules/.bin:$PATH"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet build -c Release "$root/src/MessageLint.Cli" -v q -nologo >/dev/null
dotnet build -c Release "$root/benchmarks/MessageLint.Benchmarks" -v q -nologo >/dev/null
messagelint="$root/src/MessageLint.Cli/bin/Release/net10.0/messagelint.dll"
generator="$root/benchmarks/MessageLint.Benchmarks/bin/Release/net10.0/MessageLint.Benchmarks.dll"

dotnet "$generator" generate-export "$export_messages" "$work/result.json" >/dev/null
dotnet "$generator" generate-export "$peer_messages" "$work/peers.json" >/dev/null
dotnet "$generator" generate-text "$peer_messages" "$work/peers.txt" >/dev/null
dotnet "$generator" generate-text "$peer_messages" "$work/peers.md" >/dev/null
posts=$(grep -c . "$work/peers.txt")

rows=()
# measure NAME MESSAGES INPUT_FILE COMMAND... — the exit code of linters that found something is ignored;
# MESSAGES "checked" reads the count from the audit's own "read N = checked C + …" line.
measure() {
  local name=$1 count=$2 input=$3
  shift 3
  # A peer that is not installed would "finish" in no time and show as the fastest tool: say so instead.
  if [ "$1" != dotnet ] && ! command -v "$1" >/dev/null 2>&1; then
    rows+=("| $name | not installed (run benchmarks/peers/install.sh) | | | | | | | |")
    return
  fi
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" >"$work/out" 2>"$work/err" || true
  # time writes "Command exited with non-zero status N" first when a linter found something.
  read -r wall user sys rss < <(tail -n 1 "$work/time")
  if [ "$count" = checked ]; then
    # An audit counts what it checked: the records with text, as the peers' posts are. Service
    # messages, forwards and media without text are read but not checked, so they do not count.
    count=$(grep -Eo 'checked [0-9,]+' "$work/out" | head -n 1 | tr -dc '0-9')
  fi
  local bytes
  bytes=$(stat -c %s "$input")
  rows+=("$(awk -v n="$name" -v c="$count" -v b="$bytes" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" 'BEGIN {
    cpu = u + s; if (w < 0.01) w = 0.01; if (cpu < 0.01) cpu = 0.01;
    printf "| %s | %d | %.1f | %.2f | %.1f | %.0f | %.0f | %.2f | %.0f |", n, c, b / 1048576, w, cpu, c / w, c / cpu, b / 1048576 / w, r / 1024 }')")
}

measure "MessageLint audit (Telegram export, all reports)" checked "$work/result.json" \
  dotnet "$messagelint" audit "$work/result.json" --report-dir "$work/reports" --progress never
measure "MessageLint audit (same export, no reports)" checked "$work/result.json" \
  dotnet "$messagelint" audit "$work/result.json" --progress never
measure "MessageLint audit (peer-size export)" checked "$work/peers.json" \
  dotnet "$messagelint" audit "$work/peers.json" --progress never
measure "alex" "$posts" "$work/peers.md" alex --quiet "$work/peers.md"
measure "write-good" "$posts" "$work/peers.txt" write-good "$work/peers.txt"
measure "textlint + textlint-rule-write-good" "$posts" "$work/peers.md" textlint --rule write-good "$work/peers.md"
measure "proselint" "$posts" "$work/peers.txt" proselint "$work/peers.txt"
measure "diction" "$posts" "$work/peers.txt" diction "$work/peers.txt"

{
  echo "Machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end; $(dotnet --version) SDK; $(date -u +%Y-%m-%d)."
  echo
  echo "| Tool | Messages | MB | Wall s | CPU s | Messages/s (wall) | Messages/CPU-s | MB/s (wall) | Peak RSS MB |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
  printf '%s\n' "${rows[@]}"
} | tee "$work/table.md"
echo
echo "inputs and reports: $work"
