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
 * A definition just under the AWS limit of 1,048,576 bytes: the mixed workflow with as many blocks
 * as fit ({@link LargeDefinition}). Measures writing it from a built model, building and writing it,
 * and reading it back, with Baton; and the same work with v1 on the same workflow for reference
 * (v1's compact JSON of it is smaller).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class LargeDefinitionBenchmark {
  private LargeDefinition large;
  private com.amazonaws.services.stepfunctions.builder.StateMachine sdkV1Machine;
  private String sdkV1Json;

  @Setup
  public void buildNear1MB() {
    large = LargeDefinition.nearAwsLimit();
    if (large.bytes() >= WorkflowShape.AWS_DEFINITION_LIMIT_BYTES
        || large.bytes() <= WorkflowShape.AWS_DEFINITION_LIMIT_BYTES - LargeDefinition.MAX_SLACK_BYTES) {
      throw new IllegalStateException("the large definition is " + large.bytes() + " bytes, not just under "
          + WorkflowShape.AWS_DEFINITION_LIMIT_BYTES);
    }
    sdkV1Machine = SdkV1Workflows.build(large.blocks());
    sdkV1Json = sdkV1Machine.toJson();
    System.out.printf("%nLarge definition: %d blocks, %d states, Baton JSON %d bytes, v1 JSON %d bytes%n",
        large.blocks(), large.blocks() * WorkflowShape.STATES_PER_BLOCK, large.bytes(),
        WorkflowShape.utf8Bytes(sdkV1Json));
  }

  /** Baton: writing the built model (just under 1 MiB of JSON); the writer itself, as {@code toJson()} remembers its text. */
  @Benchmark
  public String batonWriteNear1MB() {
    return dev.baton.json.AslWriter.write(large.machine());
  }

  /** Baton: DSL, {@code Workflow.build()} and {@code toJson()}. */
  @Benchmark
  public String batonBuildAndWriteNear1MB() {
    return BatonWorkflows.build(large.blocks()).toJson();
  }

  /** Baton: {@code StateMachine.fromJson} of the 1 MiB definition. */
  @Benchmark
  public StateMachine batonParseNear1MB() {
    return StateMachine.fromJson(large.json());
  }

  /** v1: compact {@code toJson()} of the same workflow, built. */
  @Benchmark
  public String sdkV1WriteNear1MB() {
    return sdkV1Machine.toJson();
  }

  /** v1: {@code fromJson(...).build()} of its JSON of the same workflow. */
  @Benchmark
  public com.amazonaws.services.stepfunctions.builder.StateMachine sdkV1ParseNear1MB() {
    return com.amazonaws.services.stepfunctions.builder.StateMachine.fromJson(sdkV1Json).build();
  }
}
