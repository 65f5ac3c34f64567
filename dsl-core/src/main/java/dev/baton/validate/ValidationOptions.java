package dev.baton.validate;

import dev.baton.flow.FlowHints;
import java.util.Objects;

/**
 * How to validate.
 *
 * @param flow whether to run the data-flow layer (path and variable checking); on by default
 * @param hints what the data-flow layer is told about the execution input and task results
 */
public record ValidationOptions(boolean flow, FlowHints hints) {
  /** Creates options. */
  public ValidationOptions {
    Objects.requireNonNull(hints, "hints");
  }

  /** Every layer, with nothing declared about the data: open shapes. */
  public static ValidationOptions defaults() {
    return new ValidationOptions(true, FlowHints.none());
  }

  /** These options without the data-flow layer. */
  public ValidationOptions withoutFlow() {
    return new ValidationOptions(false, hints);
  }

  /** These options with declared shapes for the data-flow layer. */
  public ValidationOptions withHints(FlowHints hints) {
    return new ValidationOptions(flow, hints);
  }
}
