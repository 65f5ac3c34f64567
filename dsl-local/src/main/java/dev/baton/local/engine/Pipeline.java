package dev.baton.local.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.expr.Path;
import dev.baton.expr.ReferencePath;
import dev.baton.local.functions.ResultPathWriter;
import dev.baton.local.functions.StatesError;
import dev.baton.model.NullablePath;
import dev.baton.model.StateType;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The input and output processing of a state in both query languages: JSONPath's InputPath →
 * Parameters → (task) → ResultSelector → ResultPath → OutputPath, JSONata's Arguments → (task) →
 * Assign/Output, and variable assignment with AWS's timing (Assign and Output both see the
 * variables as they were before the state). Internal API.
 */
final class Pipeline {

  private Pipeline() {}

  /** JSONPath InputPath: absent keeps the input, null gives {}, a path selects. */
  static JsonNode inputPath(Frame f) {
    Optional<NullablePath<Path>> field = f.plan.state.inputPath();
    if (field.isEmpty()) {
      return f.rawInput;
    }
    return select(f, field.get(), f.rawInput, "InputPath");
  }

  /** JSONPath OutputPath applied to a state's output. */
  static JsonNode outputPath(Frame f, JsonNode output) {
    Optional<NullablePath<Path>> field = f.plan.state.outputPath();
    if (field.isEmpty()) {
      return output;
    }
    return select(f, field.get(), output, "OutputPath");
  }

  private static JsonNode select(Frame f, NullablePath<Path> field, JsonNode document, String name) {
    if (field.isNull()) {
      return Json.NODES.objectNode();
    }
    Path path = field.pathOrNull();
    JsonNode v = new Ctx(f, document).read(path);
    if (v == null) {
      throw new StatesError(StatesError.RUNTIME, "Invalid path '" + path.text() + "' in the "
          + name + " of state '" + f.plan.name + "': the JSONPath could not be found in '"
          + Payloads.preview(document) + "'");
    }
    return v;
  }

  /** JSONPath: the effective parameters (Parameters evaluated on the effective input, or it). */
  static JsonNode parameters(Frame f, JsonNode effectiveInput) {
    if (f.plan.parameters == null) {
      return effectiveInput;
    }
    return f.plan.parameters.eval(new Ctx(f, effectiveInput));
  }

  /** JSONata: the Arguments (or the raw input when absent). */
  static JsonNode arguments(Frame f) {
    if (f.plan.parameters == null) {
      return f.rawInput;
    }
    return jsonataValue(f.plan.parameters, new Ctx(f, f.rawInput), "Arguments", f);
  }

  /**
   * Turns a state's result into its output and applies its Assign. JSONPath: ResultSelector,
   * Assign ({@code $} is the selected result), ResultPath on the raw input, OutputPath. JSONata:
   * Assign and Output with {@code $states.result}; Output defaults to {@code defaultOutput}.
   */
  static JsonNode afterResult(Frame f, JsonNode result, JsonNode defaultOutput) {
    StatePlan p = f.plan;
    // A Task's, Parallel's or Map's result and output over 256 KiB fail the state itself, inside
    // its Retry/Catch, so that a catcher naming States.DataLimitExceeded sees it wherever it comes
    // from (States.ALL does not match it; see Recovery.matches). AWS error names:
    // https://docs.aws.amazon.com/step-functions/latest/dg/concepts-error-handling.html
    boolean recoverable = p.type == StateType.TASK || p.type == StateType.PARALLEL
        || p.type == StateType.MAP;
    if (recoverable) {
      f.run.checkPayload(result, p.name);
    }
    return p.jsonata ? jsonataOutput(f, result, defaultOutput, recoverable)
        : jsonPathOutput(f, result, recoverable);
  }

  /** Fails an over-limit output before the state's Assign takes effect (a failed state assigns nothing). */
  private static void checkOutput(Frame f, JsonNode out, JsonNode result, boolean recoverable) {
    if (recoverable && out != result) {
      f.run.checkPayload(out, f.plan.name);
    }
  }

  private static JsonNode jsonataOutput(Frame f, JsonNode result, JsonNode defaultOutput,
      boolean recoverable) {
    StatePlan p = f.plan;
    Ctx ctx = new Ctx(f, f.rawInput);
    ctx.result = result;
    Map<String, JsonNode> assigned = assign(p.assign, ctx);
    JsonNode out = p.output == null ? defaultOutput : jsonataValue(p.output, ctx, "Output", f);
    checkOutput(f, out, result, recoverable);
    f.variables.assignAll(assigned);
    return out;
  }

  // JSONPath: Assign sees the state's result after ResultSelector (for Pass: Result, or Parameters
  // applied to the effective input), is evaluated before ResultPath and OutputPath, and its values
  // take effect after the state ("Passing data between states with variables":
  // https://docs.aws.amazon.com/step-functions/latest/dg/workflow-variables.html). Unverified for a
  // state that has both ResultSelector and Assign: LocalStack evaluates Assign on the raw result,
  // before ResultSelector; without a ResultSelector the two readings agree.
  private static JsonNode jsonPathOutput(Frame f, JsonNode result, boolean recoverable) {
    StatePlan p = f.plan;
    JsonNode selected = result;
    if (p.resultSelector != null) {
      selected = p.resultSelector.eval(new Ctx(f, result));
    }
    Map<String, JsonNode> assigned = assign(p.assign, new Ctx(f, selected));
    JsonNode out = resultPath(f, p.state.resultPath(), selected);
    out = outputPath(f, out);
    checkOutput(f, out, result, recoverable);
    f.variables.assignAll(assigned);
    return out;
  }

  /** JSONPath ResultPath: absent replaces, null discards, a path places the result in the input. */
  static JsonNode resultPath(Frame f, Optional<NullablePath<ReferencePath>> field, JsonNode result) {
    if (field.isEmpty()) {
      return result;
    }
    if (field.get().isNull()) {
      return f.rawInput;
    }
    return ResultPathWriter.write(field.get().pathOrNull(), f.rawInput, result);
  }

  /** For states without a result (Choice, Wait, Succeed): output and Assign from the input. */
  static JsonNode passInput(Frame f, JsonNode effectiveInput) {
    StatePlan p = f.plan;
    if (p.jsonata) {
      Ctx ctx = new Ctx(f, f.rawInput);
      Map<String, JsonNode> assigned = assign(p.assign, ctx);
      JsonNode out = p.output == null ? f.rawInput : jsonataValue(p.output, ctx, "Output", f);
      f.variables.assignAll(assigned);
      return out;
    }
    Map<String, JsonNode> assigned = assign(p.assign, new Ctx(f, effectiveInput));
    JsonNode out = outputPath(f, effectiveInput);
    f.variables.assignAll(assigned);
    return out;
  }

  /** Evaluates an Assign block against the variables as they are now. */
  static Map<String, JsonNode> assign(Map<String, Compiled> block, Ctx ctx) {
    if (block == null || block.isEmpty()) {
      return Map.of();
    }
    Map<String, JsonNode> values = new HashMap<>(block.size() * 2);
    for (Map.Entry<String, Compiled> e : block.entrySet()) {
      JsonNode v = e.getValue().eval(ctx);
      values.put(e.getKey(), v == null ? Json.NODES.nullNode() : v);
    }
    return values;
  }

  /** A JSONata field's value; undefined at the top is an error, as in AWS. */
  static JsonNode jsonataValue(Compiled compiled, Ctx ctx, String field, Frame f) {
    JsonNode v = compiled.eval(ctx);
    if (v == null) {
      throw new StatesError(StatesError.QUERY_EVALUATION_ERROR, "The JSONata expression in the "
          + field + " field of state '" + f.plan.name + "' returned nothing (undefined)");
    }
    return v;
  }
}
