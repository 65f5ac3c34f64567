package dev.baton.flow;

import dev.baton.json.JsonPointers;

/**
 * A text built from parts only when it is needed: the JSON pointer of the field a state reads from
 * (e.g. {@code /States/Fetch/Parameters/id.$}), or how messages name it (e.g.
 * {@code Parameters 'id.$'}). Every visit of the fixpoint places every read it makes, but only reads
 * with a finding are ever spelled out, so a place is a small link to its parent until then.
 */
final class Place {
  private static final int TEXT = 0;
  private static final int SUFFIX = 1;
  private static final int MEMBER = 2;
  private static final int INDEX = 3;
  private static final int QUOTED = 4;

  private final Place parent;
  private final int kind;
  private final String part;
  private final int index;
  private String text;

  private Place(Place parent, int kind, String part, int index) {
    this.parent = parent;
    this.kind = kind;
    this.part = part;
    this.index = index;
    this.text = kind == TEXT ? part : null;
  }

  /** A place whose text is known. */
  static Place of(String text) {
    return new Place(null, TEXT, text, 0);
  }

  /** This text followed by {@code suffix}, e.g. {@code /InputPath}. */
  Place then(String suffix) {
    return new Place(this, SUFFIX, suffix, 0);
  }

  /** This pointer extended by an object member, escaped as JSON pointers escape it. */
  Place member(String name) {
    return new Place(this, MEMBER, name, 0);
  }

  /**
   * This pointer extended by the member that holds a template field: {@code name.$} when the
   * field is {@code dynamic} (a path or intrinsic), else {@code name}.
   */
  Place member(String name, boolean dynamic) {
    return new Place(this, MEMBER, name, dynamic ? 1 : 0);
  }

  /** This pointer extended by an array index. */
  Place index(int i) {
    return new Place(this, INDEX, null, i);
  }

  /** This name followed by a quoted key, e.g. {@code Assign 'x'}. */
  Place quoted(String key) {
    return new Place(this, QUOTED, key, 0);
  }

  /** This name followed by a template field's quoted key, e.g. {@code Parameters 'id.$'} (see {@link #member(String, boolean)}). */
  Place quoted(String name, boolean dynamic) {
    return new Place(this, QUOTED, name, dynamic ? 1 : 0);
  }

  @Override
  public String toString() {
    if (text == null) {
      String before = parent.toString();
      String key = index == 1 ? part + ".$" : part;
      text = switch (kind) {
        case SUFFIX -> before + part;
        case MEMBER -> JsonPointers.child(before, key);
        case INDEX -> JsonPointers.child(before, index);
        default -> before + " '" + key + "'";
      };
    }
    return text;
  }
}
