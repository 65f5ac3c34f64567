package dev.baton.annotations;

import dev.baton.expr.Path;
import dev.baton.expr.ReferencePath;
import java.util.Objects;
import java.util.function.Function;

/**
 * Typed paths to a JSON array, as generated for list and array properties of {@link WorkflowData}
 * types: {@code OrderPaths.items().at(0).sku()} is {@code $.items[0].sku}, {@code
 * OrderPaths.items().all()} is {@code $.items[*]}.
 *
 * <p>Generated code builds it with {@link #of(DataPaths)} or {@link #ofValues(ReferencePath)}: plain
 * calls with no lambda, which javac compiles faster than the equivalent lambda in every user build.
 *
 * @param <E> what one element's paths are: a generated {@code <Type>Paths.At} or part class
 *     (such as {@code OrderPaths.ItemPaths}), another {@code
 *     ListPaths}, or {@link ReferencePath}
 */
public final class ListPaths<E> extends DataPaths {
  private final Function<ReferencePath, E> element;

  /**
   * Paths to the array at {@code path}.
   *
   * @param path the array's path; required
   * @param element makes an element's typed paths from its path; required
   */
  public ListPaths(ReferencePath path, Function<ReferencePath, E> element) {
    super(path);
    this.element = Objects.requireNonNull(element, "element");
  }

  /**
   * Paths to an array whose elements have typed paths: {@code ListPaths.of(new
   * ItemPaths(field("items")))} is the array at {@code $.items} whose elements are {@code
   * ItemPaths}.
   *
   * @param elements the elements' typed paths, placed at the array's own path (which becomes {@link
   *     #path()}); required. Its class's {@link DataPaths#under} must return that class.
   * @param <E> the elements' typed paths
   */
  public static <E extends DataPaths> ListPaths<E> of(E elements) {
    Objects.requireNonNull(elements, "elements");
    return new ListPaths<>(elements.path(), p -> {
      @SuppressWarnings("unchecked") // DataPaths.under returns an instance of the receiver's own class
      E moved = (E) elements.under(p);
      return moved;
    });
  }

  /**
   * Paths to an array of plain values (strings, numbers, maps, types that are not {@code
   * WorkflowData}): {@code at(i)} is a {@link ReferencePath}.
   *
   * @param path the array's path; required
   */
  public static ListPaths<ReferencePath> ofValues(ReferencePath path) {
    return new ListPaths<>(path, Function.identity());
  }

  /** The same array below {@code base}, with the same element paths. */
  @Override
  public ListPaths<E> under(ReferencePath base) {
    return new ListPaths<>(base, element);
  }

  /**
   * The element at {@code index}: {@code $.items[0]}.
   *
   * @throws dev.baton.expr.ExpressionException when the index is negative
   */
  public E at(int index) {
    return element.apply(path().index(index));
  }

  /** Every element: {@code $.items[*]}, a path (not a Reference Path) selecting them all. */
  public Path all() {
    return Path.of(path().text() + "[*]");
  }
}
