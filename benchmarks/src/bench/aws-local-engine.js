// Warm in-process timings of aws-local-stepfunctions 3.0.0 on the workloads of LocalEngineBenchmark:
// the 10,000-iteration Choice/Pass loop, a Map over 10,000 items, the 4-state execution, and every
// conformance execution case (tasks stubbed as the conformance README says). One JSON line each.
//
// Usage: node aws-local-engine.js DEFINITIONS_DIR CONFORMANCE_EXECUTION_DIR
//   (needs the oracles installed: ../shared/oracles/install.sh; honours ORACLE_DIR)
'use strict';
if (!Promise.withResolvers) {
  Promise.withResolvers = function () { let a, b; const p = new Promise((r, j) => { a = r; b = j; }); return { promise: p, resolve: a, reject: b }; };
}
const fs = require('fs');
const path = require('path');
const { oracleRequire } = require(process.env.ORACLE_SCRIPTS || '/work/shared/oracles/_oracle_dir.js');
const { StateMachine } = oracleRequire('aws-local-stepfunctions');

const [definitions, conformance] = process.argv.slice(2);
if (!definitions || !conformance) {
  console.error('usage: node aws-local-engine.js DEFINITIONS_DIR CONFORMANCE_EXECUTION_DIR');
  process.exit(2);
}
const read = (f) => JSON.parse(fs.readFileSync(f, 'utf8'));
const deepEqual = (a, b) => {
  if (typeof a === 'number' && typeof b === 'number') return a === b;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return a === b;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a), kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && deepEqual(a[k], b[k]));
};
const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function measure(machine, input, options, warmup, rounds) {
  for (let i = 0; i < warmup; i++) await machine.run(input, options()).result.catch(() => {});
  const samples = [];
  for (let i = 0; i < rounds; i++) {
    const t0 = process.hrtime.bigint();
    await machine.run(input, options()).result.catch(() => {});
    samples.push(Number(process.hrtime.bigint() - t0) / 1e3);
  }
  return median(samples);
}

function statesOf(def, out = []) {
  for (const [name, st] of Object.entries(def.States || {})) {
    out.push([name, st]);
    (st.Branches || []).forEach((b) => statesOf(b, out));
    if (st.ItemProcessor || st.Iterator) statesOf(st.ItemProcessor || st.Iterator, out);
  }
  return out;
}

// The conformance README's stubs: return, echo (default), merge, throw, sequence (per state, over the run).
function stubbedOptions(def, stubs) {
  class StubError extends Error { constructor(n, m) { super(m || ''); this.name = n; } }
  const apply = (spec, input) => {
    if (!spec || spec.echo) return structuredClone(input);
    if (spec.throw) throw new StubError(spec.throw.error, spec.throw.cause);
    if ('return' in spec) return structuredClone(spec.return);
    if (spec.merge) return { ...input, ...structuredClone(spec.merge) };
    throw new Error('unknown stub ' + JSON.stringify(spec));
  };
  const all = statesOf(def);
  return () => {
    const calls = {};
    const handlers = {}, waits = {}, retries = {};
    for (const [name, st] of all) {
      if (st.Type === 'Task') {
        handlers[name] = async (input) => {
          const n = (calls[name] = (calls[name] || 0) + 1);
          let spec = stubs[name];
          if (spec && spec.sequence) spec = spec.sequence[Math.min(n - 1, spec.sequence.length - 1)];
          return apply(spec, input);
        };
      }
      if (st.Type === 'Wait') waits[name] = 0;
      if (st.Retry) retries[name] = 0;
    }
    return { overrides: { taskResourceLocalHandlers: handlers, waitTimeOverrides: waits, retryIntervalOverrides: retries } };
  };
}

(async () => {
  const noValidate = { validationOptions: { noValidate: true } };
  const none = () => ({});
  const loop = new StateMachine(read(path.join(definitions, 'loop-10k.asl.json')), noValidate);
  const loopUs = await measure(loop, { limit: 10000 }, none, 2, 5);
  console.log(JSON.stringify({ workload: 'loop-10k', transitions: 20002, us_per_execution: loopUs,
    transitions_per_second: Math.round(20002 / (loopUs / 1e6)) }));
  const map = new StateMachine(read(path.join(definitions, 'map-10k.asl.json')), noValidate);
  const items = Array.from({ length: 10000 }, (_, i) => i);
  const mapUs = await measure(map, { items }, none, 2, 5);
  console.log(JSON.stringify({ workload: 'map-10k', transitions: 20001, us_per_execution: mapUs,
    transitions_per_second: Math.round(20001 / (mapUs / 1e6)) }));
  const smallUs = await measure(loop, { limit: 1 }, none, 500, 3000);
  console.log(JSON.stringify({ workload: 'small-4-states', us_per_execution: smallUs }));
  for (const dir of fs.readdirSync(conformance).sort()) {
    const at = path.join(conformance, dir);
    if (!fs.existsSync(path.join(at, 'definition.json'))) continue;
    const def = read(path.join(at, 'definition.json'));
    const stubs = fs.existsSync(path.join(at, 'stubs.json')) ? read(path.join(at, 'stubs.json')) : {};
    let machine;
    try {
      machine = new StateMachine(def, noValidate);
    } catch (e) {
      console.log(JSON.stringify({ workload: 'conformance/' + dir, error: String(e.message) }));
      continue;
    }
    const input = read(path.join(at, 'input.json'));
    const options = stubbedOptions(def, stubs);
    // Whether the oracle gets the expected result: where it does not (JSONata, variables), its timing compares nothing.
    const expected = read(path.join(at, 'expected.json'));
    const got = await machine.run(input, options()).result.then(
      (output) => ({ status: 'SUCCEEDED', output }),
      (err) => ({ status: 'FAILED', error: (err && err.cause instanceof Error ? err.cause : err).name }));
    const matches = got.status === expected.status && (got.status === 'SUCCEEDED'
      ? deepEqual(got.output, expected.output) : got.error === expected.error);
    const us = await measure(machine, input, options, 200, 1000);
    console.log(JSON.stringify({ workload: 'conformance/' + dir, us_per_execution: us, status: got.status,
      matches_expected: matches }));
  }
})();
