package dev.baton.validate;

import dev.baton.model.State;
import java.util.Map;

/**
 * One scope of states: the state machine itself, a Parallel branch, or a Map item processor.
 * States can only go to states of their own scope.
 *
 * @param pointer the JSON pointer of the object holding {@code StartAt} and {@code States}
 * @param startAt the scope's {@code StartAt}
 * @param states the scope's states by name
 * @param description how messages name the scope, e.g. "branch 1 of Parallel state 'P'"
 * @param parent the enclosing scope, or null for the state machine
 * @param distributed whether this is the item processor of a DISTRIBUTED Map (child executions)
 */
record Scope(String pointer, String startAt, Map<String, State> states, String description, Scope parent,
    boolean distributed) {

  /** The JSON pointer of a state of this scope. */
  String statePointer(String name) {
    return dev.baton.json.JsonPointers.child(pointer + "/States", name);
  }

  /** Whether this is the state machine's top scope. */
  boolean isTop() {
    return parent == null;
  }

  /** Scopes are compared by identity: each is one place in one definition, and hashing its states would cost as much as the check. */
  @Override
  public boolean equals(Object o) {
    return this == o;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }
}
