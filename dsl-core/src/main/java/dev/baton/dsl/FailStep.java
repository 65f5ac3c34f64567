package dev.baton.dsl;

import dev.baton.annotations.IntrinsicExpression;
import dev.baton.annotations.ReferencePathExpression;

import dev.baton.expr.ExpressionException;
import dev.baton.expr.Intrinsic;
import dev.baton.expr.Jsonata;
import dev.baton.model.Template;
import dev.baton.model.Value;

/** A Fail step: ends the execution with an error name and a cause. */
public final class FailStep extends Step<FailStep> {
  Value<String> error;
  Template.Dynamic errorPath;
  Value<String> cause;
  Template.Dynamic causePath;

  FailStep(String name) {
    super(name);
  }

  /** Sets ASL {@code Error}: the error name, for example {@code "OrderRejected"}. */
  public FailStep error(String error) {
    if (errorPath != null) {
      throw misuse("Error and ErrorPath are exclusive; ErrorPath is already set");
    }
    this.error = Value.of(error);
    return this;
  }

  /** Sets ASL {@code Error} to a JSONata expression (JSONata states). */
  public FailStep error(Jsonata error) {
    if (errorPath != null) {
      throw misuse("Error and ErrorPath are exclusive; ErrorPath is already set");
    }
    this.error = Value.jsonata(error);
    return this;
  }

  /** Sets ASL {@code ErrorPath} (JSONPath states): a Reference Path or an intrinsic function such as {@code States.Format(...)}. */
  public FailStep errorPath(@ReferencePathExpression @IntrinsicExpression String pathOrIntrinsic) {
    if (error != null) {
      throw misuse("Error and ErrorPath are exclusive; Error is already set");
    }
    this.errorPath = dynamic("ErrorPath", pathOrIntrinsic);
    return this;
  }

  /** Sets ASL {@code Cause}: a human-readable explanation. */
  public FailStep cause(String cause) {
    if (causePath != null) {
      throw misuse("Cause and CausePath are exclusive; CausePath is already set");
    }
    this.cause = Value.of(cause);
    return this;
  }

  /** Sets ASL {@code Cause} to a JSONata expression (JSONata states). */
  public FailStep cause(Jsonata cause) {
    if (causePath != null) {
      throw misuse("Cause and CausePath are exclusive; CausePath is already set");
    }
    this.cause = Value.jsonata(cause);
    return this;
  }

  /** Sets ASL {@code CausePath} (JSONPath states): a Reference Path or an intrinsic function. */
  public FailStep causePath(@ReferencePathExpression @IntrinsicExpression String pathOrIntrinsic) {
    if (cause != null) {
      throw misuse("Cause and CausePath are exclusive; Cause is already set");
    }
    this.causePath = dynamic("CausePath", pathOrIntrinsic);
    return this;
  }

  private Template.Dynamic dynamic(String field, String text) {
    if (text.startsWith("States.")) {
      try {
        return new Template.Dynamic(Intrinsic.parse(text));
      } catch (ExpressionException e) {
        throw misuse(field + " is not a valid intrinsic function: " + e.getMessage());
      }
    }
    return new Template.Dynamic(referencePath(field, text));
  }

  @Override
  FailStep copyAs(String newName) {
    FailStep copy = new FailStep(newName);
    copy.comment = comment;
    copy.queryLanguage = queryLanguage;
    copy.error = error;
    copy.errorPath = errorPath;
    copy.cause = cause;
    copy.causePath = causePath;
    return copy;
  }
}
