package dev.baton.dsl;

import dev.baton.diagnostics.Diagnostic;
import dev.baton.model.QueryLanguage;
import dev.baton.model.StateMachine;
import dev.baton.flow.FlowHints;
import dev.baton.flow.JavaShapes;
import dev.baton.flow.Shape;
import dev.baton.validate.ValidationOptions;
import dev.baton.validate.Validator;
import java.util.List;
import java.util.Objects;

/**
 * Builds a {@link StateMachine} from a graph of steps: names the transitions, marks open ends as
 * {@code End} states, and rejects what can never be valid (duplicate names, a Choice with no
 * rules, a state with no way out, a JSONPath field in a JSONata state, ...) and every error of the
 * {@link Validator}, listing every problem. Warnings (such as placeholder ARNs) do not stop a build.
 *
 * <pre>{@code
 * StateMachine machine = Workflow.startingWith(task("Fetch", Lambda.function(arn)).next(succeed("Done")))
 *     .comment("Fetches a thing")
 *     .build();
 * }</pre>
 */
public final class Workflow {
  private final Chainable start;
  private String comment;
  private String version;
  private Integer timeoutSeconds;
  private QueryLanguage queryLanguage;
  private Shape input = Shape.OPEN;
  private boolean checkFlow = true;

  private Workflow(Chainable start) {
    this.start = Objects.requireNonNull(start, "a workflow needs a first step");
  }

  /** A workflow whose ASL {@code StartAt} is the entry of {@code start}. */
  public static Workflow startingWith(Chainable start) {
    return new Workflow(start);
  }

  /** Sets the top-level ASL {@code Comment}. */
  public Workflow comment(String comment) {
    this.comment = comment;
    return this;
  }

  /** Sets ASL {@code Version}; "1.0" when absent. */
  public Workflow version(String version) {
    this.version = version;
    return this;
  }

  /** Sets the top-level ASL {@code TimeoutSeconds}: the most seconds an execution may run. */
  public Workflow timeoutSeconds(int seconds) {
    if (seconds < 1) {
      throw new IllegalArgumentException("TimeoutSeconds must be at least 1, not " + seconds);
    }
    this.timeoutSeconds = seconds;
    return this;
  }

  /** Sets the top-level ASL {@code QueryLanguage}: the default for every state; JSONPath when absent. */
  public Workflow queryLanguage(QueryLanguage queryLanguage) {
    this.queryLanguage = queryLanguage;
    return this;
  }

  /**
   * Declares the execution input as the JSON form of a Java type (a record or bean; Jackson
   * annotations honoured), so the data-flow check proves every path against it. Not written to ASL.
   */
  public Workflow inputType(java.lang.reflect.Type type) {
    this.input = JavaShapes.of(type);
    return this;
  }

  /** Declares the shape of the execution input (from a JSON Schema, a sample, or built by hand). */
  public Workflow inputShape(Shape shape) {
    this.input = Objects.requireNonNull(shape, "shape");
    return this;
  }

  /**
   * Turns the data-flow check of {@link #build()} on or off (on by default). Off, {@code build()}
   * still runs the syntax and structure checks; the proof that every path and variable can resolve
   * is then left to {@code baton validate}, the annotation processor and the Maven plugin, which
   * always run it. Turn it off to keep a definition that is known to be wrong (for example to test
   * that the check finds it), or where build time matters more than the proof: on a 1,000-state
   * workflow the proof costs about as much as the rest of {@code build()} and writing together
   * (docs/benchmarks.md).
   */
  public Workflow checkFlow(boolean on) {
    this.checkFlow = on;
    return this;
  }

  /**
   * Builds the state machine.
   *
   * @throws WorkflowBuildException listing every problem, when the graph can never be valid
   */
  public StateMachine build() {
    GraphBuilder graph = new GraphBuilder(queryLanguage == null ? QueryLanguage.JSONPATH : queryLanguage);
    GraphBuilder.Scope top = graph.scope(start, "the workflow");
    graph.throwIfProblems();
    StateMachine machine = StateMachine.builder()
        .startAt(top.startAt())
        .states(top.states())
        .comment(comment)
        .version(version)
        .timeoutSeconds(timeoutSeconds)
        .queryLanguage(queryLanguage)
        .build();
    // The same validator as everywhere else: what the DSL cannot prevent by construction.
    ValidationOptions options = new ValidationOptions(checkFlow, new FlowHints(input, graph.taskResults));
    List<Diagnostic> errors = Validator.validate(machine, options).errors();
    if (!errors.isEmpty()) {
      throw new WorkflowBuildException(errors.stream()
          .map(d -> "[" + d.rule() + "] " + d.message() + (d.pointer().isEmpty() ? "" : " (at " + d.pointer() + ")"))
          .toList());
    }
    return machine;
  }
}
