#!/usr/bin/env bash
# Start-up time of `baton validate` next to asl-validator's own CLI, measured side by side.
#
#   dsl-cli/src/bench/startup.sh [RUNS] [FILE]
#
# Times `java -jar target/baton.jar validate FILE`, the launcher script `target/baton validate
# FILE` (class data sharing, client compiler) and `asl-validator --json-path FILE`. Each command
# runs once to warm the file cache (and to write the launcher's archive), then RUNS times
# (default 21), interleaved so that all see the same machine load. Prints the median and the
# quartiles of the wall-clock time, process start included. Needs the built module
# (./mvnw -B -DskipTests package) and the oracles (../shared/oracles/install.sh).
# Set BATON_BENCH_EXTRA to add commands: "label=command;label=command".
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
module="$(dirname "$(dirname "$here")")"
runs="${1:-21}"
file="${2:-$module/../../shared/seed/workflow-1.asl.json}"
jar="$module/target/baton.jar"
oracle="${ORACLE_DIR:-$HOME/.cache/asl-oracles}/node_modules/.bin/asl-validator"
[ -f "$jar" ] || { echo "no $jar: run ./mvnw -B -DskipTests package first" >&2; exit 2; }
[ -x "$oracle" ] || { echo "no $oracle: run ../shared/oracles/install.sh first" >&2; exit 2; }

labels=("baton (java -jar)" "baton (launcher script)" "asl-validator")
commands=("java -jar $jar validate $file" "$module/target/baton validate $file" "$oracle --json-path $file")
if [ -n "${BATON_BENCH_EXTRA:-}" ]; then
  IFS=';' read -ra extra <<< "$BATON_BENCH_EXTRA"
  for entry in "${extra[@]}"; do
    labels+=("${entry%%=*}")
    commands+=("${entry#*=}")
  done
fi

for command in "${commands[@]}"; do
  $command > /dev/null 2>&1 || true
done
# Wall-clock and CPU (user + system) seconds of each run; CPU time suffers less from a busy machine.
declare -A wall cpu
TIMEFORMAT='%R %U %S'
for ((run = 0; run < runs; run++)); do
  for i in "${!commands[@]}"; do
    read -r real user sys < <({ time ${commands[$i]} > /dev/null 2>&1; } 2>&1 || true)
    wall[$i]+="$real "
    cpu[$i]+="$(echo "$user $sys" | awk '{printf "%.3f", $1 + $2}') "
  done
done

median() { printf '%s\n' "$@" | sort -n | awk '{v[NR] = $1} END {printf "%4.0f", 1000 * v[int((NR + 1) / 2)]}'; }
quartiles() { printf '%s\n' "$@" | sort -n | awk '{v[NR] = $1} END {printf "%.0f-%.0f", 1000 * v[int((NR + 3) / 4)], 1000 * v[int((3 * NR + 3) / 4)]}'; }
echo "$runs runs each, file $(basename "$file"), $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg)"
for i in "${!commands[@]}"; do
  # shellcheck disable=SC2086
  printf '%-26s wall median %s ms (quartiles %s)   cpu median %s ms\n' "${labels[$i]}" \
    "$(median ${wall[$i]})" "$(quartiles ${wall[$i]})" "$(median ${cpu[$i]})"
done
