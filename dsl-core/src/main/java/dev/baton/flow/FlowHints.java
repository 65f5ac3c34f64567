package dev.baton.flow;

import java.util.Map;

/**
 * What the flow analysis is told about data it cannot see: the shape of the execution input, and
 * the result shapes of tasks by state name (declared from Java types, a JSON Schema or a sample).
 *
 * @param input the execution input; {@link Shape#OPEN} when nothing is declared
 * @param taskResults result shapes by Task state name, overriding what the integration documents
 */
public record FlowHints(Shape input, Map<String, Shape> taskResults) {
  /** Creates hints, copying the map. */
  public FlowHints {
    taskResults = Map.copyOf(taskResults);
  }

  /** Nothing declared: the input is open and task results are what AWS documents. */
  public static FlowHints none() {
    return new FlowHints(Shape.OPEN, Map.of());
  }

  /** These hints with a declared execution input. */
  public FlowHints withInput(Shape input) {
    return new FlowHints(input, taskResults);
  }

  /** These hints with one more declared task result. */
  public FlowHints withTaskResult(String state, Shape result) {
    java.util.Map<String, Shape> copy = new java.util.HashMap<>(taskResults);
    copy.put(state, result);
    return new FlowHints(input, copy);
  }
}
