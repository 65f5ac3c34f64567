package dev.baton.benchmarks.engine;

import dev.baton.local.Execution;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Each conformance execution case, with its stubs as mocks (microseconds per execution), for the
 * side-by-side table with aws-local-stepfunctions. The set-up checks the case's expected status.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@State(Scope.Benchmark)
public class ConformanceCasesBenchmark {
  @Param({"001-io-chain-task", "002-task-effective-input-echo", "007-intrinsics-arrays",
      "011-choice-boolean-timestamp", "014-choice-type-mismatch-default", "015-choice-no-match-error",
      "016-parallel-output-array", "017-map-itemselector-context", "020-retry-then-success",
      "022-catch-resultpath-error-shape", "028-inputpath-null", "032-map-iteration-failure-caught",
      "034-jsonata-arguments-output-assign", "035-jsonata-choice-map"})
  public String caseName;

  private EngineWorkloads.ConformanceCase workload;

  @Setup
  public void setUp() {
    workload = EngineWorkloads.conformanceCase(caseName);
    Execution execution = workload.engine().start(workload.machine(), workload.input());
    String expected = workload.expected().get("status").asText();
    if (!execution.status().name().equals(expected)) {
      throw new IllegalStateException(caseName + ": expected " + expected + ", got " + execution);
    }
  }

  @Benchmark
  public Execution run() {
    return workload.engine().start(workload.machine(), workload.input());
  }
}
