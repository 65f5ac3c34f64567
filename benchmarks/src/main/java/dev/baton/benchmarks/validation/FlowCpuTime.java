package dev.baton.benchmarks.validation;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Compares builds of the data-flow analysis side by side in one JVM (not a JMH benchmark): each
 * benchmarks jar named on the command line is loaded in its own class loader, and the rounds take
 * turns between them, so outside load on a shared machine falls on every build alike. It reports
 * the median CPU time of the calling thread of {@code FlowAnalyzer.analyze(machine, FlowHints.none())}
 * on the 1,000-state workflow of {@code docs/benchmarks.md} ({@code BatonWorkflows}, built once
 * without the flow check) and on the {@link FlowWorkflows} workflows.
 *
 * <p>With {@code --check DIR...} it instead compares what each build reports: the diagnostics of
 * {@code Validator.validate(text)} (flow included) for every {@code .json} file under the
 * directories, and of {@code FlowAnalyzer.analyze} on the generated workflows, must be the same
 * text in every build; the first difference is printed and the exit status is 1.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar dev.baton.benchmarks.validation.FlowCpuTime
 * [rounds] [jar...]} (no jar: the running class path alone; the first third of the rounds is
 * warm-up), or {@code ... FlowCpuTime --check old.jar new.jar DIR...}.
 */
public final class FlowCpuTime {
  private static volatile Object sink;

  private FlowCpuTime() {}

  /** One build of Baton, in its own class loader. */
  private static final class Build {
    final String name;
    final Method analyze;
    final Method validate;
    final Method diagnostics;
    final Object hints;
    final Map<String, Object> machines = new LinkedHashMap<>();
    final ClassLoader loader;

    Build(String name, ClassLoader loader) throws ReflectiveOperationException {
      this.name = name;
      this.loader = loader;
      Class<?> machine = loader.loadClass("dev.baton.model.StateMachine");
      Class<?> hintsType = loader.loadClass("dev.baton.flow.FlowHints");
      analyze = loader.loadClass("dev.baton.flow.FlowAnalyzer").getMethod("analyze", machine, hintsType);
      hints = hintsType.getMethod("none").invoke(null);
      validate = loader.loadClass("dev.baton.validate.Validator").getMethod("validate", String.class);
      diagnostics = loader.loadClass("dev.baton.validate.ValidationResult").getMethod("diagnostics");
      Method batonWorkflow = loader.loadClass("dev.baton.benchmarks.BatonWorkflows")
          .getMethod("build", int.class, boolean.class);
      machines.put("batonWorkflow1000", batonWorkflow.invoke(null, 100, false));
      Method flowWorkflow = loader.loadClass("dev.baton.benchmarks.validation.FlowWorkflows")
          .getMethod("machine", int.class);
      for (int states : new int[] {100, 1000, 10000}) {
        machines.put("flowWorkflow" + states, flowWorkflow.invoke(null, states));
      }
    }

    Object analyze(String machine) throws ReflectiveOperationException {
      return analyze.invoke(null, machines.get(machine), hints);
    }

    String validate(String json) throws ReflectiveOperationException {
      return String.valueOf(diagnostics.invoke(validate.invoke(null, json)));
    }

    /** Validates with a declared input shape and task result, both read from a sample (or none). */
    String validate(String json, String sample) throws ReflectiveOperationException {
      Class<?> hintsType = loader.loadClass("dev.baton.flow.FlowHints");
      Class<?> shapeType = loader.loadClass("dev.baton.flow.Shape");
      Class<?> optionsType = loader.loadClass("dev.baton.validate.ValidationOptions");
      Object hints = this.hints;
      if (sample != null) {
        Class<?> mapper = loader.loadClass("com.fasterxml.jackson.databind.ObjectMapper");
        Class<?> node = loader.loadClass("com.fasterxml.jackson.databind.JsonNode");
        Object tree = mapper.getMethod("readTree", String.class).invoke(mapper.getConstructor().newInstance(), sample);
        Object shape = loader.loadClass("dev.baton.flow.ShapeSources").getMethod("fromSample", node).invoke(null, tree);
        hints = hintsType.getMethod("withInput", shapeType).invoke(hints, shape);
        hints = hintsType.getMethod("withTaskResult", String.class, shapeType).invoke(hints, "S1", shape);
      }
      Object options = optionsType.getMethod("withHints", hintsType)
          .invoke(optionsType.getMethod("defaults").invoke(null), hints);
      Object result = loader.loadClass("dev.baton.validate.Validator").getMethod("validate", String.class, optionsType)
          .invoke(null, json, options);
      return String.valueOf(diagnostics.invoke(result));
    }
  }

  /** Times the builds, or with {@code --check} compares their findings. */
  public static void main(String[] args) throws Exception {
    List<String> rest = new ArrayList<>(List.of(args));
    boolean check = !rest.isEmpty() && rest.get(0).equals("--check");
    boolean fuzz = !rest.isEmpty() && rest.get(0).equals("--fuzz");
    if (check || fuzz) {
      rest.remove(0);
    }
    int workflows = fuzz ? Integer.parseInt(rest.remove(0)) : 0;
    int rounds = !check && !rest.isEmpty() && rest.get(0).matches("\\d+") ? Integer.parseInt(rest.remove(0)) : 150;
    List<Build> builds = new ArrayList<>();
    List<Path> dirs = new ArrayList<>();
    for (String arg : rest) {
      if (arg.endsWith(".jar")) {
        ClassLoader loader = new URLClassLoader(new URL[] {Path.of(arg).toUri().toURL()},
            ClassLoader.getPlatformClassLoader());
        builds.add(new Build(arg, loader));
      } else {
        dirs.add(Path.of(arg));
      }
    }
    if (builds.isEmpty()) {
      builds.add(new Build("class path", FlowCpuTime.class.getClassLoader()));
    }
    if (check) {
      System.exit(check(builds, dirs) ? 0 : 1);
    }
    if (fuzz) {
      System.exit(fuzz(builds, workflows) ? 0 : 1);
    }
    time(builds, rounds);
  }

  private static boolean check(List<Build> builds, List<Path> dirs) throws Exception {
    int compared = 0;
    for (String machine : builds.get(0).machines.keySet()) {
      String first = String.valueOf(builds.get(0).analyze(machine));
      for (Build other : builds.subList(1, builds.size())) {
        if (!first.equals(String.valueOf(other.analyze(machine)))) {
          System.out.println("DIFFERENT on " + machine + ":\n  " + first + "\n  " + other.analyze(machine));
          return false;
        }
      }
      compared++;
    }
    for (Path dir : dirs) {
      List<Path> files;
      try (Stream<Path> walk = Files.walk(dir)) {
        files = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
      }
      for (Path file : files) {
        String json;
        try {
          json = Files.readString(file);
        } catch (IOException e) {
          continue;
        }
        String first = builds.get(0).validate(json);
        for (Build other : builds.subList(1, builds.size())) {
          String theirs = other.validate(json);
          if (!first.equals(theirs)) {
            System.out.println("DIFFERENT on " + file + ":\n  " + first + "\n  " + theirs);
            return false;
          }
        }
        compared++;
      }
    }
    System.out.println("same findings from every build on " + compared + " definitions");
    return true;
  }

  private static boolean fuzz(List<Build> builds, int workflows) throws Exception {
    int withFlowFindings = 0;
    int flowFindings = 0;
    int threw = 0;
    int comingFrom = 0;
    Map<String, Integer> byRule = new java.util.TreeMap<>();
    for (long seed = 0; seed < workflows; seed++) {
      String json = RandomFlowWorkflows.json(seed);
      String sample = RandomFlowWorkflows.inputSample(seed);
      String first = outcome(builds.get(0), json, sample);
      for (Build other : builds.subList(1, builds.size())) {
        String theirs = outcome(other, json, sample);
        if (!first.equals(theirs)) {
          System.out.println("DIFFERENT on seed " + seed + " (input " + sample + "):\n" + json + "\n  " + first
              + "\n  " + theirs);
          return false;
        }
      }
      java.util.regex.Matcher rules = java.util.regex.Pattern.compile("\\[(flow\\.[a-z-]+)\\]").matcher(first);
      while (rules.find()) {
        byRule.merge(rules.group(1), 1, Integer::sum);
      }
      threw += first.startsWith("threw") ? 1 : 0;
      comingFrom += first.split("when coming from", -1).length - 1;
      int found = first.split("\\[flow\\.", -1).length - 1;
      flowFindings += found;
      withFlowFindings += found > 0 ? 1 : 0;
    }
    System.out.println("same findings from every build on " + workflows + " random workflows; " + withFlowFindings
        + " of them have flow findings, " + flowFindings + " in all " + byRule + " (" + comingFrom
        + " name where a value is missing from); " + threw + " threw");
    return true;
  }

  private static String outcome(Build build, String json, String sample) {
    try {
      return build.validate(json, sample);
    } catch (ReflectiveOperationException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      return "threw " + cause;
    }
  }

  private static void time(List<Build> builds, int rounds) throws ReflectiveOperationException {
    Map<String, Integer> perSample = new LinkedHashMap<>();
    perSample.put("batonWorkflow1000", 5);
    perSample.put("flowWorkflow100", 20);
    perSample.put("flowWorkflow1000", 2);
    perSample.put("flowWorkflow10000", 1);
    // -Dbaton.flow.only=NAME times one workflow alone (for a profiler).
    String only = System.getProperty("baton.flow.only");
    if (only != null) {
      perSample.keySet().retainAll(List.of(only));
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Map<String, List<Long>> samples = new LinkedHashMap<>();
    for (String machine : perSample.keySet()) {
      for (Build build : builds) {
        samples.put(machine + "  " + build.name, new ArrayList<>());
      }
    }
    for (int round = 0; round < rounds; round++) {
      for (Map.Entry<String, Integer> machine : perSample.entrySet()) {
        for (Build build : builds) {
          long start = threads.getCurrentThreadCpuTime();
          for (int i = 0; i < machine.getValue(); i++) {
            sink = build.analyze(machine.getKey());
          }
          long cpu = threads.getCurrentThreadCpuTime() - start;
          if (round >= rounds / 3) {
            samples.get(machine.getKey() + "  " + build.name).add(cpu / machine.getValue());
          }
        }
      }
    }
    System.out.printf("%-60s %10s %10s %10s %6s%n", "FlowAnalyzer.analyze on  build", "median us", "p25 us",
        "p75 us", "n");
    for (Map.Entry<String, List<Long>> entry : samples.entrySet()) {
      List<Long> values = entry.getValue();
      Collections.sort(values);
      System.out.printf("%-60s %10.0f %10.0f %10.0f %6d%n", entry.getKey(), values.get(values.size() / 2) / 1e3,
          values.get(values.size() / 4) / 1e3, values.get(3 * values.size() / 4) / 1e3, values.size());
    }
  }
}
