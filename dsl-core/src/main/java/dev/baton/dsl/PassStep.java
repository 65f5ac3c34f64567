package dev.baton.dsl;

import dev.baton.annotations.ReferencePathExpression;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.expr.ReferencePath;
import dev.baton.model.NullablePath;
import dev.baton.model.Template;

/** A Pass step: passes its input on, optionally with a fixed {@code Result} or new {@code Parameters}. */
public final class PassStep extends ContinuingStep<PassStep> {
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
    Template value = template("Result", result);
    if (containsExpression(value)) {
      throw misuse("Result is a fixed JSON value and cannot hold a path or expression;"
          + " use parameters(...) (JSONPath) or output(...) (JSONata) to compute a value");
    }
    // template(...) builds fresh containers around immutable scalars: nothing is shared to copy.
    this.result = dev.baton.json.AslWriter.template(value);
    return this;
  }

  private static boolean containsExpression(Template template) {
    if (template instanceof Template.Dynamic || template instanceof Template.JsonataValue) {
      return true;
    }
    if (template instanceof Template.ObjectTemplate object) {
      return object.fields().values().stream().anyMatch(PassStep::containsExpression);
    }
    return template instanceof Template.ArrayTemplate array
        && array.items().stream().anyMatch(PassStep::containsExpression);
  }

  /** Sets ASL {@code ResultPath}: where the result goes in the input; {@code $} by default. */
  public PassStep resultPath(@ReferencePathExpression String path) {
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
