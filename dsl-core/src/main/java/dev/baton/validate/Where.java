package dev.baton.validate;

import dev.baton.json.JsonPointers;
import dev.baton.model.State;

/**
 * A place in a state (a field, a template member, a rule), whose JSON pointer is built only when a
 * check reports there. Checks walk every field of every state and almost never report: building
 * each pointer up front cost more than the checks themselves.
 */
final class Where {
  private final Definition definition;
  private final State state;
  private final Where parent;
  private final String segment;
  private final int index;
  private final boolean escape;

  private Where(Definition definition, State state, Where parent, String segment, int index, boolean escape) {
    this.definition = definition;
    this.state = state;
    this.parent = parent;
    this.segment = segment;
    this.index = index;
    this.escape = escape;
  }

  /** The state itself. */
  static Where of(Definition definition, State state) {
    return new Where(definition, state, null, null, -1, false);
  }

  /** A field below this place; {@code fields} is written as given, e.g. {@code Choices} or {@code ItemReader/Parameters}. */
  Where field(String fields) {
    return new Where(definition, state, this, fields, -1, false);
  }

  /** An object member below this place (a template field, a variable), escaped as RFC 6901 requires. */
  Where member(String name) {
    return new Where(definition, state, this, name, -1, true);
  }

  /** An array element below this place. */
  Where index(int i) {
    return new Where(definition, state, this, null, i, false);
  }

  /** The state this place is in. */
  State state() {
    return state;
  }

  /** The JSON pointer of this place. */
  String pointer() {
    if (parent == null) {
      return definition.pointerOf(state);
    }
    String above = parent.pointer();
    if (segment == null) {
      return JsonPointers.child(above, index);
    }
    return escape ? JsonPointers.child(above, segment) : above + "/" + segment;
  }

  @Override
  public String toString() {
    return pointer();
  }
}
