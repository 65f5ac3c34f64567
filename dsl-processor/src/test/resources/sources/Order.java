package demo;

import dev.baton.annotations.WorkflowData;
import java.util.List;
import java.util.Optional;

@WorkflowData
public record Order(String id, Customer customer, List<Item> items, String[] tags, Optional<Integer> priority) {
  @WorkflowData
  public record Customer(String name, Address address) {}

  @WorkflowData
  public record Item(String sku, int quantity) {}

  /** Not @WorkflowData: its paths end at the field. */
  public record Address(String city) {}
}
