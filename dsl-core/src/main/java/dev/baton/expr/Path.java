package dev.baton.expr;

import dev.baton.annotations.PathExpression;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An ASL Path: a JSONPath expression that selects data from the state input ({@code $}), the
 * context object ({@code $$}) or a variable ({@code $name}).
 *
 * <p>Paths are used by JSONPath states in fields such as {@code InputPath}, {@code OutputPath},
 * {@code ItemsPath} and in Payload Templates ({@code "field.$": "$.a.b"}). A path is parsed and
 * checked when it is created and keeps its exact original {@link #text()}, which is what is written
 * to JSON. {@link #of(String)} returns a {@link ReferencePath} whenever the path can only identify
 * a single node, so fields that require a Reference Path can simply check the type.
 *
 * <p>Instances are immutable and thread-safe; equality is on the text.
 */
public sealed class Path implements IntrinsicArg permits ReferencePath {

  /** Where a path starts reading data. */
  public enum Root {
    /** {@code $}: the state's input (or, in some fields, the current result). */
    INPUT,
    /** {@code $$}: the context object with execution, state and task data. */
    CONTEXT,
    /** {@code $name}: a workflow variable assigned with {@code Assign}. */
    VARIABLE
  }

  private final String text;
  private final Root root;
  private final String variableName;
  private final List<PathSegment> segments;
  /** Offset of the first segment a Reference Path may not contain, or -1 if there is none. */
  private final int nonReferenceOffset;

  Path(String text, Root root, String variableName, List<PathSegment> segments, int offset) {
    this.text = text;
    this.root = root;
    this.variableName = variableName;
    this.segments = segments;
    this.nonReferenceOffset = offset;
  }

  /**
   * Parses an ASL Path such as {@code $.order.items[0]}, {@code $$.Execution.Id}, {@code
   * $myVar.field} or {@code $.items[?(@.price < 10)]}.
   *
   * @param text the path text; must start with {@code $} and be valid JSONPath
   * @return the path, a {@link ReferencePath} when it can only identify a single node
   * @throws ExpressionException if the text is null, empty or not a valid path, with the position
   *     of the problem
   */
  public static Path of(@PathExpression String text) {
    // Workflows use the same few paths over and over ($.id, $.error, ...): a path already parsed
    // is taken from a small cache. Paths are immutable, so sharing one is safe; a race between
    // threads only costs a parse. Invalid text is never cached and fails every time.
    if (text == null) {
      return PathParser.parse(null);
    }
    int slot = text.hashCode() & (PARSED.length - 1);
    Parsed cached = PARSED[slot];
    if (cached != null && cached.text().equals(text)) {
      return cached.path();
    }
    Path parsed = PathParser.parse(text);
    PARSED[slot] = new Parsed(text, parsed);
    return parsed;
  }

  /** A text and the path parsed from it. */
  private record Parsed(String text, Path path) {}

  /** Recently parsed paths by the hash of their text; one per slot, the last one wins. */
  private static final Parsed[] PARSED = new Parsed[512];

  /**
   * Returns the exact text the path was created from; this is what is written to JSON.
   *
   * @return the path text, e.g. {@code $.order.id}
   */
  public String text() {
    return text;
  }

  /**
   * Returns where the path starts reading: the input, the context object or a variable.
   *
   * @return the root
   */
  public Root root() {
    return root;
  }

  /**
   * Returns the variable name when the path starts at a variable ({@code $name}).
   *
   * @return the name without {@code $}, or empty for {@code $} and {@code $$} paths
   */
  public Optional<String> variableName() {
    return Optional.ofNullable(variableName);
  }

  /**
   * Returns the segments after the root, in order.
   *
   * @return an unmodifiable list, empty for {@code $}, {@code $$} or {@code $name}
   */
  public List<PathSegment> segments() {
    return segments;
  }

  /**
   * Returns whether this is a Reference Path, i.e. it uses only field names and non-negative
   * array indices and so can only identify a single node.
   *
   * @return {@code true} exactly when this object is a {@link ReferencePath}
   */
  public boolean isReference() {
    return false;
  }

  /**
   * Returns this path as a Reference Path, for fields such as {@code ResultPath} or {@code
   * ItemsPath} that require one.
   *
   * @return this path
   * @throws ExpressionException if the path contains a wildcard, filter, slice, union, deep scan
   *     or negative index, with the position of the first one
   */
  public ReferencePath asReference() {
    PathSegment offending = null;
    for (PathSegment s : segments) {
      if (!s.isReference()) {
        offending = s;
        break;
      }
    }
    throw new ExpressionException(
        ExpressionException.Kind.NOT_REFERENCE,
        "only a Reference Path is allowed here, but this path contains " + describe(offending),
        text,
        nonReferenceOffset,
        "a Reference Path identifies a single node: use only field names (.name or ['name']) and"
            + " non-negative array indices ([0]); no wildcards *, filters [?()], slices [a:b],"
            + " unions [a,b], deep scan .. or negative indices",
        null);
  }

  /**
   * Returns a new path that selects the member {@code name} of what this path selects. Plain
   * identifiers are written {@code .name}; other names use bracket notation {@code ['a b']}, which
   * is also valid inside intrinsic functions.
   *
   * @param name the member name; required, any string
   * @return the longer path; a {@link ReferencePath} if this path is one
   */
  public Path field(String name) {
    Objects.requireNonNull(name, "name");
    StringBuilder sb = new StringBuilder(text.length() + name.length() + 6).append(text);
    PathSyntax.appendField(sb, name);
    return extend(sb.toString(), new PathSegment.Field(name));
  }

  /**
   * Returns a new path that selects element {@code index} of the array this path selects.
   *
   * @param index the element index; must not be negative (write a negative JSONPath index with
   *     {@link #of(String)})
   * @return the longer path; a {@link ReferencePath} if this path is one
   * @throws ExpressionException if the index is negative
   */
  public Path index(int index) {
    if (index < 0) {
      throw new ExpressionException(
          "the array index " + index + " is negative",
          text + "[" + index + "]",
          text.length() + 1,
          "pass an index of 0 or more; for a JSONPath negative index use Path.of(\""
              + text
              + "["
              + index
              + "]\")");
    }
    return extend(text + "[" + index + "]", new PathSegment.Index(index));
  }

  /**
   * Returns the path as it is written inside an intrinsic function call. This is {@link #text()}
   * unless a dot-notation name contains characters that AWS only accepts in bracket notation
   * inside intrinsics (such as {@code $.order-id}); then the canonical form {@code $['order-id']}
   * is returned.
   *
   * @return the path text for an intrinsic function argument
   */
  @Override
  public String toSource() {
    return isEmbeddable() ? text : canonicalText();
  }

  /** Returns whether {@link #text()} can be embedded in an intrinsic function unchanged. */
  boolean isEmbeddable() {
    for (PathSegment s : segments) {
      String name =
          s instanceof PathSegment.Field f
              ? f.name()
              : s instanceof PathSegment.DeepScan d ? d.name() : null;
      if (name != null && !PathSyntax.isIdentifier(name)) {
        // only dot-notation names matter; a quick check of the text tells them apart
        return PathParser.embedsAsIs(text);
      }
    }
    return true;
  }

  /** Writes the path from its segments in canonical form. */
  String canonicalText() {
    StringBuilder sb = new StringBuilder(text.length() + 8);
    switch (root) {
      case INPUT -> sb.append('$');
      case CONTEXT -> sb.append("$$");
      case VARIABLE -> sb.append('$').append(variableName);
    }
    for (PathSegment s : segments) {
      sb.append(s.toSource());
    }
    return sb.toString();
  }

  private Path extend(String newText, PathSegment segment) {
    List<PathSegment> longer = new ArrayList<>(segments.size() + 1);
    longer.addAll(segments);
    longer.add(segment);
    List<PathSegment> frozen = Collections.unmodifiableList(longer);
    if (isReference() && segment.isReference()) {
      return new ReferencePath(newText, root, variableName, frozen);
    }
    int offset = isReference() ? text.length() : nonReferenceOffset;
    return new Path(newText, root, variableName, frozen, offset);
  }

  private static String describe(PathSegment s) {
    if (s instanceof PathSegment.Wildcard) {
      return "a wildcard '*'";
    } else if (s instanceof PathSegment.Filter) {
      return "a filter [?(...)]";
    } else if (s instanceof PathSegment.Slice) {
      return "a slice [start:end]";
    } else if (s instanceof PathSegment.Union) {
      return "a union [a,b]";
    } else if (s instanceof PathSegment.DeepScan) {
      return "a deep scan '..'";
    } else if (s instanceof PathSegment.Index i) {
      return "a negative index [" + i.index() + "]";
    }
    return "a segment that can select several nodes";
  }

  /**
   * Returns whether {@code o} is a path with the same text.
   *
   * @param o the object to compare
   * @return {@code true} if the texts are equal
   */
  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof Path p && text.equals(p.text));
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /**
   * Returns the path text.
   *
   * @return {@link #text()}
   */
  @Override
  public String toString() {
    return text;
  }
}
