package dev.baton.dsl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.expr.ReferencePath;
import dev.baton.model.NullablePath;
import dev.baton.model.Template;

/** A Pass step: passes its input on, optionally with a fixed {@code Result} or new {@code Parameters}. */
public final class PassStep extends ContinuingStep<PassStep> {
  private static final ObjectMapper JSON = new ObjectMapper();

  Template parameters;
  JsonNode result;
  NullablePath<ReferencePath> resultPath;

  PassStep(String name) {
    super(name);
  }

  /** Sets ASL {@code Parameters} (JSONPath states): a payload template; paths get their {@code .$} keys. */
  public PassStep parameters(Object parameters) {
    this.parameters = template("Parameters", parameters);
    return this;
  }

  /** Sets ASL {@code Result}: a fixed JSON value (a map, list, string, number, boolean or JsonNode). */
  public PassStep result(Object result) {
    this.result = result instanceof JsonNode node ? node.deepCopy() : JSON.valueToTree(result);
    return this;
  }

  /** Sets ASL {@code ResultPath}: where the result goes in the input; {@code $} by default. */
  public PassStep resultPath(String path) {
    this.resultPath = NullablePath.of(referencePath("ResultPath", path));
    return this;
  }

  /** Sets ASL {@code "ResultPath": null}: discard the result and pass the input on. */
  public PassStep discardResult() {
    this.resultPath = NullablePath.nullValue();
    return this;
  }

  @Override
  PassStep copyAs(String newName) {
    PassStep copy = new PassStep(newName);
    copyContinuingTo(copy);
    copy.parameters = parameters;
    copy.result = result;
    copy.resultPath = resultPath;
    return copy;
  }
}
