package dev.baton.annotations;

import dev.baton.expr.ReferencePath;
import java.util.Objects;

/**
 * Typed paths below one path: the base class of the instance classes that Baton's annotation
 * processor generates for {@link WorkflowData} types ({@code OrderPaths.At}, and part classes such as
 * {@code OrderPaths.CustomerPaths}), and of {@link ListPaths}.
 *
 * <p>It holds the path and the small methods every generated class would otherwise repeat, so that
 * the generated code stays short (javac compiles it in every user build). A subclass's {@link
 * #under(ReferencePath)} must return an instance of the subclass itself: {@link ListPaths} relies
 * on it to give typed elements.
 */
public abstract class DataPaths {
  private final ReferencePath path;

  /**
   * Paths below {@code path}.
   *
   * @param path where the value is, e.g. {@code $.customer}; required
   */
  protected DataPaths(ReferencePath path) {
    this.path = Objects.requireNonNull(path, "path");
  }

  /** The path of the value itself, e.g. {@code $.customer}. */
  public final ReferencePath path() {
    return path;
  }

  /**
   * The same typed paths below {@code base} instead (a variable, a field, an array element, ...).
   *
   * @param base the new path of the value; required
   * @return an instance of the same class
   */
  public abstract DataPaths under(ReferencePath base);

  /**
   * The path of a field of the value: {@code path().field(jsonName)}.
   *
   * @param jsonName the field's JSON name, as Jackson writes it
   */
  protected final ReferencePath field(String jsonName) {
    return path.field(jsonName);
  }

  /** The path text. */
  @Override
  public final String toString() {
    return path.text();
  }
}
