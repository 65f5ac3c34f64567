package dev.baton.local.items;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * A distributed Map item whose child execution failed, as a {@code ResultWriter} reports it.
 *
 * @param input the item's input to the child execution; required
 * @param error the error name, e.g. {@code States.TaskFailed}; required
 * @param cause the cause; required, may be empty
 */
public record FailedItem(JsonNode input, String error, String cause) {
  /**
   * Creates a failed item.
   *
   * @param input required
   * @param error required
   * @param cause required
   */
  public FailedItem {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(error, "error");
    Objects.requireNonNull(cause, "cause");
  }
}
