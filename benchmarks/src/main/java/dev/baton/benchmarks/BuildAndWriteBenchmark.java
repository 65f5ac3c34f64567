package dev.baton.benchmarks;

import dev.baton.json.AslWriter;
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
 * Builds the mixed 1,000-state workflow ({@link WorkflowShape}) through each library's builder
 * API, then writes its JSON. Each library checks the graph as it builds: Baton's
 * {@code Workflow.build()}, v1's {@code StateMachine.Builder.build()} (its validator).
 *
 * <p>Baton writes canonical, indented JSON; v1's {@code toJson()} is compact, its
 * {@code toPrettyJson()} indented: both v1 forms are measured. The {@code ...BuildOnly} and
 * {@code ...WriteOnly} benchmarks split the work in its two halves.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class BuildAndWriteBenchmark {
  private StateMachine batonMachine;
  private com.amazonaws.services.stepfunctions.builder.StateMachine sdkV1Machine;

  @Setup
  public void buildBoth() {
    batonMachine = BatonWorkflows.build(WorkflowShape.BLOCKS_FOR_1000_STATES);
    sdkV1Machine = SdkV1Workflows.build(WorkflowShape.BLOCKS_FOR_1000_STATES);
  }

  /** Baton: DSL steps, {@code Workflow.build()}, {@code toJson()}. */
  @Benchmark
  public String baton() {
    return BatonWorkflows.build(WorkflowShape.BLOCKS_FOR_1000_STATES).toJson();
  }

  /** Baton without the data-flow proof: DSL steps, {@code build()} with the syntax and structure checks, {@code toJson()}. */
  @Benchmark
  public String batonWithoutFlow() {
    return BatonWorkflows.build(WorkflowShape.BLOCKS_FOR_1000_STATES, false).toJson();
  }

  /** v1: {@code StepFunctionBuilder} builders, {@code build()}, compact {@code toJson()}. */
  @Benchmark
  public String sdkV1() {
    return SdkV1Workflows.build(WorkflowShape.BLOCKS_FOR_1000_STATES).toJson();
  }

  /** v1 with indented output, {@code toPrettyJson()}, the closest to what Baton writes. */
  @Benchmark
  public String sdkV1Pretty() {
    return SdkV1Workflows.build(WorkflowShape.BLOCKS_FOR_1000_STATES).toPrettyJson();
  }

  /** Baton, first half: DSL steps and {@code Workflow.build()}. */
  @Benchmark
  public StateMachine batonBuildOnly() {
    return BatonWorkflows.build(WorkflowShape.BLOCKS_FOR_1000_STATES);
  }

  /** v1, first half: builders and {@code build()}. */
  @Benchmark
  public com.amazonaws.services.stepfunctions.builder.StateMachine sdkV1BuildOnly() {
    return SdkV1Workflows.build(WorkflowShape.BLOCKS_FOR_1000_STATES);
  }

  /** Baton, second half: writing a built model ({@code toJson()} remembers its text, so this calls the writer). */
  @Benchmark
  public String batonWriteOnly() {
    return AslWriter.write(batonMachine);
  }

  /** v1, second half: compact {@code toJson()} of a built model. */
  @Benchmark
  public String sdkV1WriteOnly() {
    return sdkV1Machine.toJson();
  }
}
