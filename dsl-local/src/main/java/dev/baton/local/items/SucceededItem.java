package dev.baton.local.items;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * A distributed Map item whose child execution succeeded, as a {@code ResultWriter} reports it.
 *
 * @param input the item's input to the child execution, or {@code null} when unknown (then the
 *     result file says {@code "InputDetails": {"Included": false}})
 * @param output the child execution's output; required
 */
public record SucceededItem(JsonNode input, JsonNode output) {
  /**
   * Creates a succeeded item.
   *
   * @param input may be null
   * @param output required
   */
  public SucceededItem {
    Objects.requireNonNull(output, "output");
  }
}
