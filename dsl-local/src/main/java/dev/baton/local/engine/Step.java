package dev.baton.local.engine;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The outcome of running a state (or a whole scope): go to a state, end the scope with an output,
 * or fail with an error and cause. Internal API.
 */
final class Step {

  final StatePlan next;
  final JsonNode output;
  final String error;
  final String cause;
  /** Whether the state's exit event was already recorded (a caught error records it itself). */
  final boolean end;

  private Step(StatePlan next, JsonNode output, String error, String cause, boolean end) {
    this.next = next;
    this.output = output;
    this.error = error;
    this.cause = cause;
    this.end = end;
  }

  static Step next(StatePlan next, JsonNode output) {
    return next == null ? end(output) : new Step(next, output, null, null, false);
  }

  static Step end(JsonNode output) {
    return new Step(null, output, null, null, true);
  }

  static Step fail(String error, String cause) {
    return new Step(null, null, error, cause == null ? "" : cause, true);
  }

  boolean failed() {
    return error != null;
  }
}
