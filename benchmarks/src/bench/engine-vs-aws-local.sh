#!/bin/sh
# Side by side, in one session: aws-local-stepfunctions 3.0.0 (warm, in process) and Baton's local
# engine (JMH) on the same definitions and inputs; prints one table with the speed-up per workload.
#
# Usage (from the repository root, after ./mvnw -B -pl benchmarks -am package -DskipTests and
# ../shared/oracles/install.sh):  sh benchmarks/src/bench/engine-vs-aws-local.sh [JMH options]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
resources="$root/benchmarks/src/main/resources/engine"

echo "aws-local-stepfunctions (node $(node --version))..." >&2
node "$here/aws-local-engine.js" "$resources" "$resources/conformance" > "$out/node.jsonl"
echo "Baton (JMH)..." >&2
java -jar "$root/benchmarks/target/benchmarks.jar" 'engine\.(LocalEngineBenchmark|ConformanceCasesBenchmark)' \
  -f 1 -wi 3 -i 5 -w 1 -r 1 "$@" -rf json -rff "$out/jmh.json" > "$out/jmh.log"

node - "$out/node.jsonl" "$out/jmh.json" <<'JS'
const fs = require('fs');
const [nodeFile, jmhFile] = process.argv.slice(2);
const oracle = {};
for (const line of fs.readFileSync(nodeFile, 'utf8').split('\n').filter(Boolean)) {
  const r = JSON.parse(line);
  oracle[r.workload] = r;
}
const names = { loop10k: 'loop-10k', map10k: 'map-10k', small4States: 'small-4-states' };
const rows = [];
for (const r of JSON.parse(fs.readFileSync(jmhFile, 'utf8'))) {
  const method = r.benchmark.split('.').pop();
  const workload = method === 'run' ? 'conformance/' + r.params.caseName : names[method];
  const theirs = oracle[workload] || {};
  const ours = r.primaryMetric.score;
  const note = theirs.matches_expected === false ? ' (oracle gets the wrong result)' : '';
  rows.push(`| ${workload}${note} | ${theirs.us_per_execution === undefined ? 'n/a' : theirs.us_per_execution.toFixed(1)} | `
    + `${ours.toFixed(2)} ± ${r.primaryMetric.scoreError.toFixed(2)} | `
    + `${theirs.us_per_execution === undefined ? 'n/a' : note ? '—' : (theirs.us_per_execution / ours).toFixed(0) + '×'} |`);
}
console.log('| workload | aws-local-stepfunctions µs/execution (median) | Baton µs/execution (JMH mean ± error) | Baton faster by |');
console.log('| --- | ---: | ---: | ---: |');
rows.forEach((r) => console.log(r));
JS
