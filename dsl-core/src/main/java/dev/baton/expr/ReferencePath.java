package dev.baton.expr;

import dev.baton.annotations.ReferencePathExpression;

import java.util.List;

/**
 * An ASL Reference Path: a {@link Path} whose syntax can only identify a single node, because it
 * uses only field names ({@code .name}, {@code ['name']}) and non-negative array indices ({@code
 * [0]}).
 *
 * <p>ASL requires a Reference Path in fields that write to or read one node, such as {@code
 * ResultPath}, {@code ItemsPath} and {@code SecondsPath}. {@link Path#of(String)} returns an
 * instance of this class whenever the text is a Reference Path, so {@code Path.of("$.a")
 * instanceof ReferencePath} holds.
 */
public final class ReferencePath extends Path {

  ReferencePath(String text, Root root, String variableName, List<PathSegment> segments) {
    super(text, root, variableName, segments, -1);
  }

  /**
   * Parses a Reference Path such as {@code $.result}, {@code $$.Execution.Input} or {@code
   * $myVar.items[0]}.
   *
   * @param text the path text; must be a valid path with only field names and non-negative
   *     indices
   * @return the reference path
   * @throws ExpressionException if the text is not a valid path, or is a path that can select
   *     several nodes (it explains that only a Reference Path is allowed)
   */
  public static ReferencePath of(@ReferencePathExpression String text) {
    return Path.of(text).asReference();
  }

  /**
   * Returns {@code true}: a reference path is always a Reference Path.
   *
   * @return {@code true}
   */
  @Override
  public boolean isReference() {
    return true;
  }

  /**
   * Returns this path.
   *
   * @return this
   */
  @Override
  public ReferencePath asReference() {
    return this;
  }

  /**
   * Returns a new reference path that selects the member {@code name} of this path's node.
   *
   * @param name the member name; required
   * @return the longer reference path
   */
  @Override
  public ReferencePath field(String name) {
    return (ReferencePath) super.field(name);
  }

  /**
   * Returns a new reference path that selects element {@code index} of this path's array.
   *
   * @param index the element index; must not be negative
   * @return the longer reference path
   * @throws ExpressionException if the index is negative
   */
  @Override
  public ReferencePath index(int index) {
    return (ReferencePath) super.index(index);
  }
}
