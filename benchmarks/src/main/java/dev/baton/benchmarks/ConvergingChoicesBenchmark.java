package dev.baton.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Why the shared workflow gives each Choice a single way on: building {@link ConvergingChoices}
 * (Choice targets that meet again) costs v1 time exponential in the number of Choice states, Baton
 * linear time.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@State(Scope.Benchmark)
public class ConvergingChoicesBenchmark {
  /** Choice states in a row; the workflow has 3 * choices + 1 states. */
  @Param({"8", "12", "16"})
  public int choices;

  @Benchmark
  public String baton() {
    return ConvergingChoices.baton(choices).toJson();
  }

  @Benchmark
  public String sdkV1() {
    return ConvergingChoices.sdkV1(choices).toJson();
  }
}
