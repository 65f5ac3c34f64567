#!/bin/sh
# Smoke check of the built runnable jar as a real process (the unit tests run in-process, before
# the jar exists). Run from the repository root after ./mvnw -B verify (or package):
#
#   dsl-cli/src/test/sh/smoke.sh
#
# Prints one line per check and exits non-zero if any check fails.
set -u
jar="${1:-dsl-cli/target/baton.jar}"
seed="$(dirname "$0")/../../../../../shared/seed/workflow-1.asl.json"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0

check() {  # check NAME EXPECTED_STATUS COMMAND...
  name=$1 expected=$2
  shift 2
  "$@" > "$tmp/out" 2> "$tmp/err"
  status=$?
  if [ "$status" -eq "$expected" ] && ! grep -q '^\s*at ' "$tmp/out" "$tmp/err"; then
    echo "ok   $name (exit $status)"
  else
    echo "FAIL $name: exit $status, expected $expected"; sed 's/^/     /' "$tmp/out" "$tmp/err" | head -5
    failures=$((failures + 1))
  fi
}

printf '%s' '{"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "B"}}}' > "$tmp/bad.json"
printf 'StartAt: A\nStates:\n  A:\n    Type: Succeed\n' > "$tmp/ok.yaml"
printf '%s' '{"StartAt": "A", "States": {"A": {"Type": "Succeed"}}}' > "$tmp/ok.json"
printf '%s' '{"StartAt": "A", "States": {"A": {"Type": "Choice", "Choices": [{"Variable": "$.x", "IsPresent": true,
  "Next": "B"}]}, "B": {"Type": "Succeed"}}}' > "$tmp/warn.json"
head -c 52428800 /dev/zero > "$tmp/huge.json"

check "--version" 0 java -jar "$jar" --version
check "valid JSON" 0 java -jar "$jar" validate "$tmp/ok.json"
check "valid YAML" 0 java -jar "$jar" validate "$tmp/ok.yaml"
check "invalid definition" 1 java -jar "$jar" validate "$tmp/bad.json"
check "the seed's path bug" 1 java -jar "$jar" validate "$seed"
check "--strict fails on warnings" 1 java -jar "$jar" validate --strict "$tmp/warn.json"
check "JSON output parses" 0 sh -c "java -jar '$jar' validate --format json '$seed' | python3 -m json.tool"
check "missing file" 2 java -jar "$jar" validate "$tmp/missing.json"
check "directory" 2 java -jar "$jar" validate "$tmp"
check "unknown option" 2 java -jar "$jar" validate --bogus "$seed"
check "50 MB file" 1 java -jar "$jar" validate "$tmp/huge.json"
check "launcher script" 0 "$(dirname "$jar")/baton" validate "$tmp/ok.json"
[ "$failures" -eq 0 ] && echo "all checks passed"
exit "$failures"
