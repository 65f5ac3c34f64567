package dev.baton.local.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * The variables one scope of an execution sees: its own ({@code Assign} in this scope) over those
 * of the enclosing scopes. A Parallel branch or Map iteration gets a child scope, so it reads the
 * outer variables but what it assigns stays invisible outside, as AWS's scope rules say. Internal
 * API.
 */
public final class VariableScope {

  private final VariableScope parent;
  private final HashMap<String, JsonNode> own = new HashMap<>();
  private Map<String, JsonNode> visible;
  private Map<String, JsonNode> assignedByState;

  /** Creates a scope inside {@code parent} (null for the execution's top-level scope). */
  public VariableScope(VariableScope parent) {
    this.parent = parent;
  }

  /** Returns a variable's value, or null when no scope assigned it. */
  public JsonNode get(String name) {
    for (VariableScope s = this; s != null; s = s.parent) {
      JsonNode v = s.own.get(name);
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  /** Assigns all values at once (an {@code Assign} block applies atomically). */
  public void assignAll(Map<String, JsonNode> values) {
    if (!values.isEmpty()) {
      own.putAll(values);
      visible = null;
      if (assignedByState == null) {
        assignedByState = new java.util.TreeMap<>();
      }
      assignedByState.putAll(values);
    }
  }

  /**
   * What the state now ending assigned in this scope (for its exited event's assignedVariables),
   * or null when it assigned nothing; forgets it, so the next state starts empty.
   */
  Map<String, JsonNode> takeAssignedByState() {
    Map<String, JsonNode> taken = assignedByState;
    assignedByState = null;
    return taken;
  }

  /** Whether no scope holds any variable. */
  public boolean isEmpty() {
    for (VariableScope s = this; s != null; s = s.parent) {
      if (!s.own.isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /** All visible variables, inner scopes shadowing outer ones; unmodifiable, cached. */
  public Map<String, JsonNode> visible() {
    if (visible == null) {
      if (parent == null || parent.isEmpty()) {
        visible = Collections.unmodifiableMap(own);
      } else {
        HashMap<String, JsonNode> all = new HashMap<>(parent.visible());
        all.putAll(own);
        visible = Collections.unmodifiableMap(all);
      }
    }
    return visible;
  }

  /** A copy of this scope's own variables (for tests and history). */
  public Map<String, JsonNode> own() {
    return Map.copyOf(own);
  }
}
