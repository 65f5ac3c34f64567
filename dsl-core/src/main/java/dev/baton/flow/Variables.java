package dev.baton.flow;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The variables at a point of the workflow: each one's shape, and whether it is assigned on every
 * path to that point (definite assignment, as javac checks local variables).
 */
record Variables(Map<String, Variable> byName) {
  static final Variables NONE = new Variables(Map.of());

  /** One variable: its shape and whether every path assigned it. */
  record Variable(Shape shape, boolean definite) {}

  Variables {
    byName = Collections.unmodifiableMap(new LinkedHashMap<>(byName));
  }

  Variables join(Variables other) {
    // The same variables on both paths (most often none at all): the join is what there is.
    if (other == this || byName.isEmpty() && other.byName.isEmpty()) {
      return this;
    }
    Map<String, Variable> joined = new LinkedHashMap<>();
    byName.forEach((name, v) -> {
      Variable o = other.byName.get(name);
      joined.put(name, o == null ? new Variable(v.shape(), false)
          : new Variable(Shapes.join(v.shape(), o.shape()), v.definite() && o.definite()));
    });
    other.byName.forEach((name, v) -> joined.putIfAbsent(name, new Variable(v.shape(), false)));
    return new Variables(joined);
  }

  Variables assign(Map<String, Shape> assigned) {
    if (assigned.isEmpty()) {
      return this;
    }
    Map<String, Variable> copy = new LinkedHashMap<>(byName);
    assigned.forEach((name, shape) -> copy.put(name, new Variable(Shapes.limitDepth(shape), true)));
    return new Variables(copy);
  }
}
