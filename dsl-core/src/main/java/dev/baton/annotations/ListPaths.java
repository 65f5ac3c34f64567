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
 * @param <E> what one element's paths are: a generated {@code <Type>Paths.At}, or {@link ReferencePath}
 */
public final class ListPaths<E> {
  private final ReferencePath path;
  private final Function<ReferencePath, E> element;

  /**
   * Paths to the array at {@code path}.
   *
   * @param path the array's path; required
   * @param element makes an element's typed paths from its path; required
   */
  public ListPaths(ReferencePath path, Function<ReferencePath, E> element) {
    this.path = Objects.requireNonNull(path, "path");
    this.element = Objects.requireNonNull(element, "element");
  }

  /** The path of the array itself, e.g. {@code $.items} (usable as {@code ItemsPath}). */
  public ReferencePath path() {
    return path;
  }

  /**
   * The element at {@code index}: {@code $.items[0]}.
   *
   * @throws dev.baton.expr.ExpressionException when the index is negative
   */
  public E at(int index) {
    return element.apply(path.index(index));
  }

  /** Every element: {@code $.items[*]}, a path (not a Reference Path) selecting them all. */
  public Path all() {
    return Path.of(path.text() + "[*]");
  }

  /** The path text. */
  @Override
  public String toString() {
    return path.text();
  }
}
