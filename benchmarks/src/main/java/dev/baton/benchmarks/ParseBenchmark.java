package dev.baton.benchmarks;

import dev.baton.model.StateMachine;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reads the mixed 1,000-state workflow back into each library's model. Each library reads the JSON
 * it wrote itself (Baton's is indented, v1's compact); {@link #batonParsesSdkV1Json} has Baton read
 * v1's exact bytes, the like-for-like input.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class ParseBenchmark {
  private String batonJson;
  private String sdkV1Json;

  @Setup
  public void writeBoth() {
    batonJson = BatonWorkflows.build(WorkflowShape.BLOCKS_FOR_1000_STATES).toJson();
    sdkV1Json = SdkV1Workflows.build(WorkflowShape.BLOCKS_FOR_1000_STATES).toJson();
  }

  /** Baton: {@code StateMachine.fromJson} of Baton's JSON, into the immutable model. */
  @Benchmark
  public StateMachine baton() {
    return StateMachine.fromJson(batonJson);
  }

  /** v1: {@code StateMachine.fromJson(...).build()} of v1's JSON ({@code build()} validates, as Baton's read checks). */
  @Benchmark
  public com.amazonaws.services.stepfunctions.builder.StateMachine sdkV1() {
    return com.amazonaws.services.stepfunctions.builder.StateMachine.fromJson(sdkV1Json).build();
  }

  /** Baton reading the JSON v1 wrote: same input bytes as {@link #sdkV1}. */
  @Benchmark
  public StateMachine batonParsesSdkV1Json() {
    return StateMachine.fromJson(sdkV1Json);
  }
}
