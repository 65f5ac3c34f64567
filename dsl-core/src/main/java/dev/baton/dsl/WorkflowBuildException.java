package dev.baton.dsl;

import java.util.List;

/** Thrown by {@link Workflow#build()} when the workflow can never be valid; lists every problem found. */
public final class WorkflowBuildException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  WorkflowBuildException(List<String> problems) {
    super("the workflow is not valid (" + problems.size() + (problems.size() == 1 ? " problem" : " problems")
        + "):\n  - " + String.join("\n  - ", problems));
    this.problems = List.copyOf(problems);
  }

  /** Every problem, one sentence each, naming the state concerned. */
  public List<String> problems() {
    return problems;
  }
}
