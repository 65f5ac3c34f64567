package dev.baton.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A cross-check of the JMH results for a shared, loaded machine (not a JMH benchmark): runs the
 * same operations as {@link BuildAndWriteBenchmark} and {@link ParseBenchmark} in turn, round after
 * round in one JVM (plus the {@link LargeDefinitionBenchmark} reads and writes), and reports the
 * median CPU time of the calling thread per operation. Taking
 * turns spreads any outside load over every operation alike, and thread CPU time leaves out time
 * spent waiting for a core; it still includes cache and memory-bus contention, and leaves out GC
 * threads.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar dev.baton.benchmarks.InterleavedCpuTime [rounds]}
 * (default 150 rounds; a sample is 5 operations, 1 for the near-1-MB ones; the first third of the
 * rounds is warm-up).
 */
public final class InterleavedCpuTime {
  private static volatile Object sink;

  private InterleavedCpuTime() {}

  /** Runs the rounds and prints one line per operation. */
  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 150;
    int blocks = WorkflowShape.BLOCKS_FOR_1000_STATES;
    dev.baton.model.StateMachine batonMachine = BatonWorkflows.build(blocks);
    com.amazonaws.services.stepfunctions.builder.StateMachine sdkV1Machine = SdkV1Workflows.build(blocks);
    String batonJson = batonMachine.toJson();
    String sdkV1Json = sdkV1Machine.toJson();

    Map<String, Supplier<Object>> operations = new LinkedHashMap<>();
    operations.put("BuildAndWrite.baton", () -> BatonWorkflows.build(blocks).toJson());
    operations.put("BuildAndWrite.batonWithoutFlow", () -> BatonWorkflows.build(blocks, false).toJson());
    operations.put("BuildAndWrite.sdkV1", () -> SdkV1Workflows.build(blocks).toJson());
    operations.put("BuildAndWrite.sdkV1Pretty", () -> SdkV1Workflows.build(blocks).toPrettyJson());
    operations.put("BuildAndWrite.batonBuildOnly", () -> BatonWorkflows.build(blocks));
    operations.put("BuildAndWrite.sdkV1BuildOnly", () -> SdkV1Workflows.build(blocks));
    // toJson() remembers its text: call the writer itself.
    operations.put("BuildAndWrite.batonWriteOnly", () -> dev.baton.json.AslWriter.write(batonMachine));
    operations.put("BuildAndWrite.sdkV1WriteOnly", sdkV1Machine::toJson);
    operations.put("Parse.baton", () -> dev.baton.model.StateMachine.fromJson(batonJson));
    operations.put("Parse.batonParsesSdkV1Json", () -> dev.baton.model.StateMachine.fromJson(sdkV1Json));
    operations.put("Parse.sdkV1",
        () -> com.amazonaws.services.stepfunctions.builder.StateMachine.fromJson(sdkV1Json).build());

    LargeDefinition large = LargeDefinition.nearAwsLimit();
    com.amazonaws.services.stepfunctions.builder.StateMachine sdkV1Large = SdkV1Workflows.build(large.blocks());
    String sdkV1LargeJson = sdkV1Large.toJson();
    operations.put("Large.batonWriteNear1MB", () -> dev.baton.json.AslWriter.write(large.machine()));
    operations.put("Large.batonParseNear1MB", () -> dev.baton.model.StateMachine.fromJson(large.json()));
    operations.put("Large.sdkV1Write", sdkV1Large::toJson);
    operations.put("Large.sdkV1Parse",
        () -> com.amazonaws.services.stepfunctions.builder.StateMachine.fromJson(sdkV1LargeJson).build());

    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Map<String, List<Long>> samples = new LinkedHashMap<>();
    operations.keySet().forEach(name -> samples.put(name, new ArrayList<>()));
    for (int round = 0; round < rounds; round++) {
      for (Map.Entry<String, Supplier<Object>> operation : operations.entrySet()) {
        int perSample = operation.getKey().startsWith("Large.") ? 1 : 5;
        long start = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < perSample; i++) {
          sink = operation.getValue().get();
        }
        long cpu = threads.getCurrentThreadCpuTime() - start;
        if (round >= rounds / 3) {
          samples.get(operation.getKey()).add(cpu / perSample);
        }
      }
    }
    System.out.printf("%-32s %12s %12s %12s %6s%n", "operation", "median us", "p25 us", "p75 us", "n");
    for (Map.Entry<String, List<Long>> entry : samples.entrySet()) {
      List<Long> values = entry.getValue();
      Collections.sort(values);
      System.out.printf("%-32s %12.0f %12.0f %12.0f %6d%n", entry.getKey(),
          values.get(values.size() / 2) / 1e3, values.get(values.size() / 4) / 1e3,
          values.get(3 * values.size() / 4) / 1e3, values.size());
    }
  }
}
