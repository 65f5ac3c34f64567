package dev.baton.flow;

import java.util.AbstractMap;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The unmodifiable, ordered fields of an {@link Shape.ObjectShape}. Object shapes are made at every
 * state of the data-flow fixpoint; a map that is already frozen, or that its maker hands over with
 * {@link #adopt}, is kept as it is instead of being copied again.
 */
final class FrozenFields extends AbstractMap<String, Shape.Field> {
  static final FrozenFields EMPTY = new FrozenFields(new LinkedHashMap<>());

  private final LinkedHashMap<String, Shape.Field> fields;

  private FrozenFields(LinkedHashMap<String, Shape.Field> fields) {
    this.fields = fields;
  }

  /** {@code fields} itself when already frozen, else a frozen copy. */
  static Map<String, Shape.Field> of(Map<String, Shape.Field> fields) {
    if (fields instanceof FrozenFields frozen) {
      return frozen;
    }
    return fields.isEmpty() ? EMPTY : new FrozenFields(new LinkedHashMap<>(fields));
  }

  /** Freezes a map its caller made and will not touch again, without copying it. */
  static Map<String, Shape.Field> adopt(LinkedHashMap<String, Shape.Field> fields) {
    return fields.isEmpty() ? EMPTY : new FrozenFields(fields);
  }

  /** The entries of an object shape's fields, without a read-only wrapper per entry (for the flow's own loops). */
  static Set<Entry<String, Shape.Field>> entries(Map<String, Shape.Field> fields) {
    return fields instanceof FrozenFields frozen ? frozen.fields.entrySet() : fields.entrySet();
  }

  @Override
  public Shape.Field get(Object key) {
    return fields.get(key);
  }

  @Override
  public boolean containsKey(Object key) {
    return fields.containsKey(key);
  }

  @Override
  public int size() {
    return fields.size();
  }

  @Override
  public boolean isEmpty() {
    return fields.isEmpty();
  }

  @Override
  public Set<Entry<String, Shape.Field>> entrySet() {
    return Collections.unmodifiableMap(fields).entrySet();
  }

  @Override
  public Set<String> keySet() {
    return Collections.unmodifiableSet(fields.keySet());
  }

  @Override
  public Collection<Shape.Field> values() {
    return Collections.unmodifiableCollection(fields.values());
  }

  @Override
  public void forEach(BiConsumer<? super String, ? super Shape.Field> action) {
    fields.forEach(action);
  }

  @Override
  public boolean equals(Object o) {
    return o == this || super.equals(o);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }
}
