package dev.baton.local.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.baton.expr.Intrinsic;
import dev.baton.expr.Jsonata;
import dev.baton.expr.Path;
import dev.baton.local.functions.JsonPathReader;
import dev.baton.local.functions.StatesError;

/**
 * What one expression evaluation sees: {@code $} (JSONPath) or {@code $states.input} (JSONata),
 * the state's {@link Frame} (context object, variables), and the task result / error output when
 * they exist. Internal API.
 */
final class Ctx {

  final Frame frame;
  final JsonNode input;
  JsonNode result;
  JsonNode errorOutput;
  Ctx(Frame frame, JsonNode input) {
    this.frame = frame;
    this.input = input;
  }

  /** Reads a path from {@code $}, {@code $$} or a variable; null when a definite path misses. */
  JsonNode read(Path path) {
    JsonNode root = switch (path.root()) {
      case INPUT -> input;
      case CONTEXT -> frame.context();
      case VARIABLE -> {
        JsonNode v = frame.variables.get(path.variableName().orElseThrow());
        if (v == null) {
          throw new StatesError(StatesError.RUNTIME, "The variable '$" + path.variableName().get()
              + "' in state '" + frame.plan.name + "' has not been assigned a value");
        }
        yield v;
      }
    };
    return JsonPathReader.read(path, root);
  }

  /**
   * Reads a path of a payload template that must resolve. One that finds nothing is {@code
   * States.Runtime}, worded as AWS words it (the spec names States.ParameterPathFailure, but AWS
   * reports "States.Runtime", cause "An error occurred while executing the state 'Check Address'
   * (entered at the event id #7). The JSONPath '$.application.address' specified for the field
   * 'address.$' could not be found in the input '{"flagged":false}'", as in the AWS Step Functions
   * workshop: https://000047.awsstudygroup.com/3-serviceorchestration/3.3-updatepermission/3.3.3-checkworkflow/).
   * Being States.Runtime, no Retry or Catch handles it, on AWS as here.
   */
  JsonNode readRequired(Path path, String field) {
    JsonNode v = read(path);
    if (v == null) {
      throw new StatesError(StatesError.RUNTIME, "An error occurred while executing the state '"
          + frame.plan.name + "'" + (frame.enteredEventId > 0
              ? " (entered at the event id #" + frame.enteredEventId + ")" : "")
          + ". The JSONPath '" + path.text() + "' specified for the field '" + field
          + "' could not be found in the input '" + Payloads.preview(rootOf(path)) + "'");
    }
    return v;
  }

  private JsonNode rootOf(Path path) {
    return switch (path.root()) {
      case INPUT -> input;
      case CONTEXT -> frame.context();
      case VARIABLE -> frame.variables.get(path.variableName().orElseThrow());
    };
  }

  /** Evaluates an intrinsic function; its paths read like payload template paths. */
  JsonNode intrinsic(Intrinsic call) {
    return frame.run.intrinsics().evaluate(call, this::read);
  }

  /** Evaluates a JSONata expression; null when it is undefined. */
  JsonNode jsonata(Jsonata expression, boolean needsContext) {
    ObjectNode states = Json.NODES.objectNode();
    states.set("input", input);
    if (needsContext) {
      states.set("context", frame.context());
    }
    if (result != null) {
      states.set("result", result);
    }
    if (errorOutput != null) {
      states.set("errorOutput", errorOutput);
    }
    return frame.run.jsonata().evaluate(expression, states, frame.variables.visible());
  }
}
