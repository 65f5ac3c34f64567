package dev.baton.local.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One entry of a state: what its expressions can see besides {@code $}: the context object (built
 * only when an expression reads it), the variables of its scope and, for a Map's ItemSelector, the
 * current item. Internal API.
 */
public final class Frame {

  final Run run;
  final StatePlan plan;
  final VariableScope variables;
  final JsonNode rawInput;
  final long enteredMillis;
  int retryCount;
  /** The id of this state's entered event in the history, or 0 when none was recorded. */
  long enteredEventId;
  /** Attempts used per retrier of this state entry (allocated on the first error). */
  int[] retrierCounts;
  String taskToken;
  /** For ItemSelector only: the Map item being prepared. */
  int itemIndex = -1;
  JsonNode itemValue;
  String itemKey;
  JsonNode itemSource;
  private ObjectNode context;

  Frame(Run run, StatePlan plan, VariableScope variables, JsonNode rawInput, long enteredMillis) {
    this.run = run;
    this.plan = plan;
    this.variables = variables;
    this.rawInput = rawInput;
    this.enteredMillis = enteredMillis;
  }

  /** The context object ({@code $$}), built on first use and rebuilt when a retry changes it. */
  public ObjectNode context() {
    if (context == null) {
      ObjectNode c = Json.NODES.objectNode();
      c.set("Execution", run.executionContext());
      ObjectNode state = c.putObject("State");
      state.put("EnteredTime", Times.iso(enteredMillis));
      state.put("Name", plan.name);
      state.put("RetryCount", retryCount);
      c.set("StateMachine", run.stateMachineContext());
      if (taskToken != null) {
        c.putObject("Task").put("Token", taskToken);
      }
      if (itemIndex >= 0 || itemKey != null) {
        ObjectNode item = c.putObject("Map").putObject("Item");
        if (itemKey != null) {
          item.put("Key", itemKey);
        } else {
          item.put("Index", itemIndex);
        }
        item.set("Value", itemValue);
        if (itemSource != null) {
          item.put("Source", itemSource.asText());
        }
      }
      context = c;
    }
    return context;
  }

  /** Forgets the built context object (retry count, token or item changed). */
  void invalidateContext() {
    context = null;
  }
}
