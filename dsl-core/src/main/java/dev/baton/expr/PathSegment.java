package dev.baton.expr;

import java.util.List;
import java.util.Objects;

/**
 * One step of a JSONPath {@link Path} after its root, such as {@code .name}, {@code [0]} or
 * {@code [*]}.
 *
 * <p>Only {@link Field} and non-negative {@link Index} segments may appear in a {@link
 * ReferencePath}; the other kinds can select several nodes and so are JSONPath-only.
 */
public sealed interface PathSegment
    permits PathSegment.Field,
        PathSegment.Index,
        PathSegment.Wildcard,
        PathSegment.Slice,
        PathSegment.Union,
        PathSegment.DeepScan,
        PathSegment.Filter {

  /**
   * Returns whether this segment may appear in a Reference Path (it identifies one node).
   *
   * @return {@code true} for a field name or a non-negative index
   */
  boolean isReference();

  /**
   * Returns this segment written as JSONPath text, in a canonical form.
   *
   * @return e.g. {@code .name}, {@code ['a b']}, {@code [0]}, {@code [*]}
   */
  String toSource();

  /**
   * A member of an object, written {@code .name}, {@code ['name']} or {@code ["name"]}.
   *
   * @param name the member name after unescaping; required, may be empty only when quoted
   */
  record Field(String name) implements PathSegment {
    /**
     * Creates a field segment.
     *
     * @param name the member name; required
     */
    public Field {
      Objects.requireNonNull(name, "name");
    }

    @Override
    public boolean isReference() {
      return true;
    }

    @Override
    public String toSource() {
      StringBuilder sb = new StringBuilder(name.length() + 5);
      PathSyntax.appendField(sb, name);
      return sb.toString();
    }
  }

  /**
   * An array element, written {@code [3]}; a negative index counts from the end (JSONPath only).
   *
   * @param index the element index
   */
  record Index(int index) implements PathSegment {
    @Override
    public boolean isReference() {
      return index >= 0;
    }

    @Override
    public String toSource() {
      return "[" + index + "]";
    }
  }

  /** Every member or element, written {@code .*} or {@code [*]} (JSONPath only). */
  record Wildcard() implements PathSegment {
    @Override
    public boolean isReference() {
      return false;
    }

    @Override
    public String toSource() {
      return "[*]";
    }
  }

  /**
   * A range of array elements, written {@code [start:end:step]} with each part optional (JSONPath
   * only).
   *
   * @param start the first index, or {@code null} for the beginning
   * @param end the index after the last, or {@code null} for the end
   * @param step the distance between elements, or {@code null} for 1; never 0
   */
  record Slice(Integer start, Integer end, Integer step) implements PathSegment {
    /**
     * Creates a slice; a step of 0 is rejected because it selects nothing.
     *
     * @param start the first index, or {@code null}
     * @param end the index after the last, or {@code null}
     * @param step the step, or {@code null}; not 0
     */
    public Slice {
      if (step != null && step == 0) {
        throw new IllegalArgumentException("a slice step must not be 0");
      }
    }

    @Override
    public boolean isReference() {
      return false;
    }

    @Override
    public String toSource() {
      StringBuilder sb = new StringBuilder("[");
      if (start != null) {
        sb.append(start);
      }
      sb.append(':');
      if (end != null) {
        sb.append(end);
      }
      if (step != null) {
        sb.append(':').append(step);
      }
      return sb.append(']').toString();
    }
  }

  /**
   * Several members or elements, written {@code ['a','b']} or {@code [0,1]} (JSONPath only).
   *
   * @param members two or more {@link String} names, or two or more {@link Integer} indices
   */
  record Union(List<Object> members) implements PathSegment {
    /**
     * Creates a union.
     *
     * @param members at least two members, all {@link String} names or all {@link Integer} indices
     */
    public Union {
      members = List.copyOf(members);
      if (members.size() < 2) {
        throw new IllegalArgumentException("a union needs at least two members");
      }
      boolean names = members.get(0) instanceof String;
      for (Object m : members) {
        if (names ? !(m instanceof String) : !(m instanceof Integer)) {
          throw new IllegalArgumentException(
              "a union lists either field names (String) or indices (Integer), not both: "
                  + members);
        }
      }
    }

    @Override
    public boolean isReference() {
      return false;
    }

    @Override
    public String toSource() {
      StringBuilder sb = new StringBuilder("[");
      for (int i = 0; i < members.size(); i++) {
        if (i > 0) {
          sb.append(',');
        }
        Object m = members.get(i);
        if (m instanceof String s) {
          PathSyntax.appendQuoted(sb, s);
        } else {
          sb.append(m);
        }
      }
      return sb.append(']').toString();
    }
  }

  /**
   * Every descendant, or every descendant member with a name, written {@code ..name} or {@code
   * ..*} (JSONPath only).
   *
   * @param name the member name to look for, or {@code null} for all descendants
   */
  record DeepScan(String name) implements PathSegment {
    @Override
    public boolean isReference() {
      return false;
    }

    @Override
    public String toSource() {
      if (name == null) {
        return "..*";
      }
      if (PathSyntax.isIdentifier(name)) {
        return ".." + name;
      }
      StringBuilder sb = new StringBuilder("..[");
      PathSyntax.appendQuoted(sb, name);
      return sb.append(']').toString();
    }
  }

  /**
   * The elements for which a condition holds, written {@code [?(@.price < 10)]} (JSONPath only).
   * The condition is checked for balanced parentheses, brackets and quotes, not evaluated.
   *
   * @param expression the condition between {@code ?(} and {@code )}, e.g. {@code @.price < 10}
   */
  record Filter(String expression) implements PathSegment {
    /**
     * Creates a filter.
     *
     * @param expression the condition; required, not blank
     */
    public Filter {
      Objects.requireNonNull(expression, "expression");
      if (expression.isBlank()) {
        throw new IllegalArgumentException("a filter expression must not be blank");
      }
    }

    @Override
    public boolean isReference() {
      return false;
    }

    @Override
    public String toSource() {
      return "[?(" + expression + ")]";
    }
  }
}
