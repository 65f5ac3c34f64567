package dev.baton.benchmarks.engine;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.baton.json.AslReader;
import dev.baton.local.Execution;
import dev.baton.local.ExecutionStatus;
import dev.baton.local.LocalEngine;
import dev.baton.local.items.InMemoryObjectStore;
import dev.baton.model.ExecutionType;
import dev.baton.model.StateMachine;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * How the engine's memory grows with the number of Map items (not a JMH benchmark): for 100 to
 * 100,000 items, a distributed Map (items read from an in-memory S3 stand-in, results written by
 * a ResultWriter, as AWS needs past 256 KiB of data) and, up to 10,000 items (the inline Map's
 * items must fit in the 256 KiB input), the inline Map of {@link LocalEngineBenchmark}. Per size it
 * prints the bytes the running thread allocated for one execution and the peak heap in use during
 * it (after a full GC; the engine runs on the calling thread under the virtual clock), as medians
 * of several runs.
 *
 * <p>Run: {@code java -Xmx2g -cp benchmarks/target/benchmarks.jar dev.baton.benchmarks.engine.MapMemory}
 */
public final class MapMemory {
  private static final int[] SIZES = {100, 1_000, 10_000, 100_000};

  private MapMemory() {}

  /** Prints one line per workload and size. */
  public static void main(String[] args) {
    System.out.printf("%-12s %8s %14s %14s %12s %10s%n", "map", "items", "allocated MB", "peak heap MB",
        "transitions", "ms");
    for (int items : SIZES) {
      measure("distributed", items, distributed(items));
    }
    for (int items : SIZES) {
      if (items <= 10_000) {
        measure("inline", items, () -> EngineWorkloads.expressEngine().start(EngineWorkloads.map(),
            EngineWorkloads.mapInput(items)));
      }
    }
  }

  private static java.util.function.Supplier<Execution> distributed(int items) {
    ArrayNode array = JsonNodeFactory.instance.arrayNode(items);
    for (int i = 0; i < items; i++) {
      array.add(i);
    }
    byte[] data = array.toString().getBytes(StandardCharsets.UTF_8);
    StateMachine machine = AslReader.read(EngineWorkloads.resource("engine/map-distributed.asl.json"));
    return () -> {
      InMemoryObjectStore store = new InMemoryObjectStore();
      store.put("input-bucket", "items.json", data);
      LocalEngine engine = LocalEngine.builder().executionType(ExecutionType.EXPRESS).objectStore(store).build();
      return engine.start(machine, "{}");
    };
  }

  private static void measure(String kind, int items, java.util.function.Supplier<Execution> run) {
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    List<MemoryPoolMXBean> heap = new ArrayList<>();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        heap.add(pool);
      }
    }
    int rounds = items >= 100_000 ? 5 : 9;
    List<Long> allocated = new ArrayList<>();
    List<Long> peaks = new ArrayList<>();
    List<Long> millis = new ArrayList<>();
    long transitions = 0;
    for (int round = 0; round < rounds + 2; round++) {
      System.gc();
      long before = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
      heap.forEach(MemoryPoolMXBean::resetPeakUsage);
      long bytes = threads.getCurrentThreadAllocatedBytes();
      long start = System.nanoTime();
      Execution execution = run.get();
      long elapsed = System.nanoTime() - start;
      bytes = threads.getCurrentThreadAllocatedBytes() - bytes;
      long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() - before;
      if (execution.status() != ExecutionStatus.SUCCEEDED) {
        throw new IllegalStateException(kind + " Map over " + items + " items did not succeed: " + execution);
      }
      transitions = execution.transitions();
      if (round >= 2) {
        allocated.add(bytes);
        peaks.add(peak);
        millis.add(elapsed / 1_000_000);
      }
    }
    System.out.printf("%-12s %8d %14.1f %14.1f %12d %10d%n", kind, items, median(allocated) / 1e6,
        median(peaks) / 1e6, transitions, median(millis));
  }

  private static long median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
