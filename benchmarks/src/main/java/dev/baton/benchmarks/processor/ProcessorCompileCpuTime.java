package dev.baton.benchmarks.processor;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A cross-check of {@link ProcessorCompileBenchmark} for a shared, loaded machine (not a JMH
 * benchmark): compiles the 100-workflow {@link GeneratedProject} without the processor, with it,
 * and with it minus one of its parts, taking turns round after round in one JVM, and reports the
 * median CPU time of the calling thread (javac compiles on it) per compilation. Taking turns
 * spreads outside load over every variant alike; thread CPU time leaves out time spent waiting for
 * a core (and GC threads).
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar dev.baton.benchmarks.processor.ProcessorCompileCpuTime [rounds]}
 * (default 24 rounds; the first third is warm-up).
 */
public final class ProcessorCompileCpuTime {
  private ProcessorCompileCpuTime() {}

  /** Runs the rounds and prints one line per variant. */
  public static void main(String[] args) throws IOException {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 24;
    ProjectCompiler compiler = new ProjectCompiler(GeneratedProject.sources(ProcessorCompileBenchmark.WORKFLOWS));
    Path work = Files.createTempDirectory("baton-processor-cpu");
    Map<String, Runnable> variants = new LinkedHashMap<>();
    variants.put("without processor (-proc:none)", () -> compiler.compile(work, false));
    variants.put("with processor", () -> compiler.compile(work, true));
    variants.put("with processor, -Abaton.flow=false", () -> compiler.compile(work, true,
        List.of("-Abaton.flow=false")));
    variants.put("with processor, -Abaton.literals=false", () -> compiler.compile(work, true,
        List.of("-Abaton.literals=false")));
    // the floor under any processor: annotation processing alone, and the files the issue requires, empty
    variants.put("no-op processor", () -> compiler.compile(work, ReferenceProcessors::noOp, List.of()));
    variants.put("required files only, empty", () -> compiler.compile(work, ReferenceProcessors::requiredFiles, List.of()));
    // the same pair with every output in memory: the file system left out (see ProjectCompiler.compileInMemory)
    variants.put("in memory: without processor (-proc:none)", () -> compiler.compileInMemory(work, false, List.of()));
    variants.put("in memory: with processor", () -> compiler.compileInMemory(work, true, List.of()));
    variants.put("in memory: no-op processor", () -> compiler.compileInMemory(work, ReferenceProcessors::noOp, List.of()));
    variants.put("in memory: required files only, empty", () -> compiler.compileInMemory(work,
        ReferenceProcessors::requiredFiles, List.of()));
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Map<String, List<Long>> samples = new LinkedHashMap<>();
    variants.keySet().forEach(k -> samples.put(k, new ArrayList<>()));
    for (int round = 0; round < rounds; round++) {
      for (Map.Entry<String, Runnable> variant : variants.entrySet()) {
        long start = threads.getCurrentThreadCpuTime();
        variant.getValue().run();
        long cpu = threads.getCurrentThreadCpuTime() - start;
        if (round >= rounds / 3) {
          samples.get(variant.getKey()).add(cpu);
        }
      }
    }
    Files.deleteIfExists(work);
    double diskBaseline = median(samples.values().iterator().next());
    double memoryBaseline = median(samples.get("in memory: without processor (-proc:none)"));
    System.out.printf("%d workflows, %d measured rounds; median CPU ms per compilation (min-max), added vs -proc:none (in memory: vs in memory -proc:none)%n",
        ProcessorCompileBenchmark.WORKFLOWS, rounds - rounds / 3);
    for (Map.Entry<String, List<Long>> e : samples.entrySet()) {
      double median = median(e.getValue());
      double baseline = e.getKey().startsWith("in memory") ? memoryBaseline : diskBaseline;
      System.out.printf("%-44s %8.0f ms (%.0f-%.0f)  %+6.1f%%  %+6.1f ms/workflow%n", e.getKey(), median / 1e6,
          Collections.min(e.getValue()) / 1e6, Collections.max(e.getValue()) / 1e6,
          100 * (median - baseline) / baseline, (median - baseline) / 1e6 / ProcessorCompileBenchmark.WORKFLOWS);
    }
  }

  private static double median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
  }
}
