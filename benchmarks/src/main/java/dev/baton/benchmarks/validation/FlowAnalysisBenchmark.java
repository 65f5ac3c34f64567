package dev.baton.benchmarks.validation;

import dev.baton.flow.FlowAnalyzer;
import dev.baton.flow.FlowHints;
import dev.baton.model.StateMachine;
import dev.baton.diagnostics.Diagnostic;
import dev.baton.validate.ValidationOptions;
import dev.baton.validate.Validator;
import java.util.List;
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
 * {@code FlowAnalyzer.analyze(machine, FlowHints.none())} of the {@link FlowWorkflows} workflow
 * (retry loops, inline and nested Maps, a closed input shape) at 100, 1,000 and 10,000 states,
 * nested states included. The model is read once in the setup.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class FlowAnalysisBenchmark {
  @Param({"100", "1000", "10000"})
  public int states;

  private StateMachine machine;

  @Setup
  public void build() {
    String json = FlowWorkflows.json(states);
    machine = FlowWorkflows.machine(states);
    // Structure first (the 10,000-state text is over the 1 MB quota, which is the only error allowed).
    List<Diagnostic> structural = Validator.validate(json, ValidationOptions.defaults().withoutFlow()).errors()
        .stream().filter(d -> !d.rule().equals("quota.definition-size")).toList();
    if (!structural.isEmpty()) {
      throw new IllegalStateException("the generated workflow is not valid: " + structural);
    }
    List<Diagnostic> flow = FlowAnalyzer.analyze(machine, FlowHints.none());
    System.out.println("# flow workflow: " + states + " states, " + json.length() + " chars, "
        + flow.size() + " flow diagnostics" + (flow.isEmpty() ? "" : ", first: " + flow.get(0)));
  }

  @Benchmark
  public List<Diagnostic> analyze() {
    return FlowAnalyzer.analyze(machine, FlowHints.none());
  }
}
