package dev.baton.annotations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.expr.Path;
import dev.baton.expr.ReferencePath;
import org.junit.jupiter.api.Test;

/** The runtime side of generated typed paths: {@link DataPaths}, {@link ListPaths}, {@link WorkflowResources}. */
class ListPathsTest {
  /** What the processor generates for a record {@code Item(String sku)}. */
  static final class ItemPaths extends DataPaths {
    ItemPaths(ReferencePath path) {
      super(path);
    }

    @Override
    public ItemPaths under(ReferencePath base) {
      return new ItemPaths(base);
    }

    ReferencePath sku() {
      return field("sku");
    }
  }

  @Test
  void typedElementsAreMovedToEachIndex() {
    ListPaths<ItemPaths> items = ListPaths.of(new ItemPaths(ReferencePath.of("$.items")));
    assertThat(items.path()).isEqualTo(ReferencePath.of("$.items"));
    assertThat(items.at(2).sku()).isEqualTo(ReferencePath.of("$.items[2].sku"));
    assertThat(items.all()).isEqualTo(Path.of("$.items[*]"));
    assertThat(items.toString()).isEqualTo("$.items");
  }

  @Test
  void listsMoveWithTheirElementPaths() {
    ListPaths<ListPaths<ReferencePath>> grid = ListPaths.of(ListPaths.ofValues(ReferencePath.of("$.grid")));
    assertThat(grid.at(1).at(2)).isEqualTo(ReferencePath.of("$.grid[1][2]"));
    ListPaths<ListPaths<ReferencePath>> moved = grid.under(ReferencePath.of("$other"));
    assertThat(moved.at(0).at(0)).isEqualTo(ReferencePath.of("$other[0][0]"));
  }

  @Test
  void negativeIndexesAndMissingPathsAreRejected() {
    ListPaths<ReferencePath> tags = ListPaths.ofValues(ReferencePath.of("$.tags"));
    assertThatThrownBy(() -> tags.at(-1)).isInstanceOf(RuntimeException.class);
    assertThatThrownBy(() -> new ItemPaths(null)).isInstanceOf(NullPointerException.class).hasMessage("path");
  }

  @Test
  void workflowResourcesNamesAMissingResource() {
    assertThatThrownBy(() -> WorkflowResources.json(ListPathsTest.class, "stepfunctions/nothing-here.asl.json"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("stepfunctions/nothing-here.asl.json is not on the class path");
  }
}
