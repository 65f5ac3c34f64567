package dev.baton.flow;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The unmodifiable, ordered fields of an {@link Shape.ObjectShape}. Object shapes are made, copied
 * with one field changed and joined at every state of the data-flow fixpoint, so the fields are
 * plain arrays (names, their hash codes, and fields, in order) rather than a hash map: copying one
 * with a field replaced copies one array and shares the names, and the flow's own loops walk them
 * by position. A name is found by scanning the hash codes, or through a small open-addressing table
 * once there are more than {@value #SCAN_LIMIT} fields. A map that is already frozen is kept as it
 * is instead of being copied again.
 */
final class FrozenFields extends AbstractMap<String, Shape.Field> {
  static final FrozenFields EMPTY = new FrozenFields(new String[0], new int[0], new Shape.Field[0], 0);
  /** Up to this many fields a name is looked up by scanning the hash codes in order. */
  private static final int SCAN_LIMIT = 32;

  private final String[] names;
  // names[i].hashCode(), side by side: a scan compares ints and touches a name only when its hash matches.
  private final int[] hashes;
  private final Shape.Field[] fields;
  private final int size;
  // Positions + 1 by hash of the name (0: free), for more than SCAN_LIMIT fields; built once, here,
  // so that a shape shared between threads never shows a half-built table.
  private final int[] table;

  private FrozenFields(String[] names, int[] hashes, Shape.Field[] fields, int size) {
    this.names = names;
    this.hashes = hashes;
    this.fields = fields;
    this.size = size;
    this.table = size > SCAN_LIMIT ? table(hashes, size) : null;
  }

  private static int[] table(int[] hashes, int size) {
    int[] table = new int[Integer.highestOneBit(size * 2 - 1) << 1];
    int mask = table.length - 1;
    for (int i = 0; i < size; i++) {
      int slot = spread(hashes[i]) & mask;
      while (table[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      table[slot] = i + 1;
    }
    return table;
  }

  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }

  /** {@code fields} itself when already frozen, else a frozen copy. */
  static FrozenFields of(Map<String, Shape.Field> fields) {
    if (fields instanceof FrozenFields frozen) {
      return frozen;
    }
    if (fields.isEmpty()) {
      return EMPTY;
    }
    Builder builder = new Builder(fields.size());
    fields.forEach(builder::put);
    return builder.build();
  }

  /** The number of fields. */
  int count() {
    return size;
  }

  /** The name of the field at {@code i}, in order. */
  String name(int i) {
    return names[i];
  }

  /** The field at {@code i}, in order. */
  Shape.Field field(int i) {
    return fields[i];
  }

  /** The position of the field called {@code name}, or -1. */
  int indexOf(Object name) {
    if (!(name instanceof String)) {
      return -1;
    }
    int hash = name.hashCode();
    if (table == null) {
      for (int i = 0; i < size; i++) {
        if (hashes[i] == hash && names[i].equals(name)) {
          return i;
        }
      }
      return -1;
    }
    int mask = table.length - 1;
    for (int slot = spread(hash) & mask; table[slot] != 0; slot = (slot + 1) & mask) {
      int at = table[slot] - 1;
      if (hashes[at] == hash && names[at].equals(name)) {
        return at;
      }
    }
    return -1;
  }

  /** These fields with {@code name} set to {@code field}: in its place if there, else last. */
  FrozenFields with(String name, Shape.Field field) {
    return withAt(indexOf(name), name, field);
  }

  /** {@link #with} when the caller already knows where the name is ({@link #indexOf}). */
  FrozenFields withAt(int at, String name, Shape.Field field) {
    if (at >= 0) {
      Shape.Field[] copy = Arrays.copyOf(fields, size);
      copy[at] = field;
      return new FrozenFields(names, hashes, copy, size);
    }
    String[] moreNames = Arrays.copyOf(names, size + 1);
    int[] moreHashes = Arrays.copyOf(hashes, size + 1);
    Shape.Field[] moreFields = Arrays.copyOf(fields, size + 1);
    moreNames[size] = name;
    moreHashes[size] = name.hashCode();
    moreFields[size] = field;
    return new FrozenFields(moreNames, moreHashes, moreFields, size + 1);
  }

  /**
   * These names with other fields, position by position ({@code replaced} has at least
   * {@link #count()} elements, its first ones are used, and it is handed over), then {@code extra}
   * more fields.
   */
  FrozenFields replaced(Shape.Field[] replaced, String[] extraNames, Shape.Field[] extraFields, int extra) {
    if (extra == 0) {
      return new FrozenFields(names, hashes, replaced.length == size ? replaced : Arrays.copyOf(replaced, size), size);
    }
    String[] allNames = Arrays.copyOf(names, size + extra);
    int[] allHashes = Arrays.copyOf(hashes, size + extra);
    Shape.Field[] allFields = Arrays.copyOf(replaced, size + extra);
    System.arraycopy(extraNames, 0, allNames, size, extra);
    System.arraycopy(extraFields, 0, allFields, size, extra);
    for (int i = 0; i < extra; i++) {
      allHashes[size + i] = extraNames[i].hashCode();
    }
    return new FrozenFields(allNames, allHashes, allFields, size + extra);
  }

  @Override
  public Shape.Field get(Object key) {
    int at = indexOf(key);
    return at < 0 ? null : fields[at];
  }

  @Override
  public boolean containsKey(Object key) {
    return indexOf(key) >= 0;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public boolean isEmpty() {
    return size == 0;
  }

  @Override
  public Set<Entry<String, Shape.Field>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Entry<String, Shape.Field>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < size;
          }

          @Override
          public Entry<String, Shape.Field> next() {
            if (next >= size) {
              throw new NoSuchElementException();
            }
            int at = next++;
            return new SimpleImmutableEntry<>(names[at], fields[at]);
          }
        };
      }

      @Override
      public int size() {
        return size;
      }
    };
  }

  @Override
  public void forEach(BiConsumer<? super String, ? super Shape.Field> action) {
    for (int i = 0; i < size; i++) {
      action.accept(names[i], fields[i]);
    }
  }

  @Override
  public boolean equals(Object o) {
    if (o == this) {
      return true;
    }
    if (!(o instanceof FrozenFields other)) {
      return super.equals(o);
    }
    if (other.size != size) {
      return false;
    }
    // Equal maps whatever the order; fields made alike are mostly in the same order, compared by position.
    for (int i = 0; i < size; i++) {
      Shape.Field theirs = names[i].equals(other.names[i]) ? other.fields[i] : other.get(names[i]);
      if (theirs == null || !theirs.equals(fields[i])) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int hash = 0;
    for (int i = 0; i < size; i++) {
      hash += names[i].hashCode() ^ fields[i].hashCode();
    }
    return hash;
  }

  /**
   * Collects fields in order; putting a name again replaces its field in place (as a LinkedHashMap
   * does). Used once: {@link #build()} hands its arrays over.
   */
  static final class Builder {
    private String[] names;
    private int[] hashes;
    private Shape.Field[] fields;
    private int size;
    // By name, once a scan would be slow (the objects of a large schema, say).
    private java.util.HashMap<String, Integer> index;

    Builder(int capacity) {
      names = new String[Math.max(capacity, 1)];
      hashes = new int[names.length];
      fields = new Shape.Field[names.length];
    }

    Builder put(String name, Shape.Field field) {
      int hash = name.hashCode();
      int at = indexOf(name, hash);
      if (at >= 0) {
        fields[at] = field;
        return this;
      }
      if (size == names.length) {
        names = Arrays.copyOf(names, size * 2);
        hashes = Arrays.copyOf(hashes, size * 2);
        fields = Arrays.copyOf(fields, size * 2);
      }
      names[size] = name;
      hashes[size] = hash;
      fields[size] = field;
      if (index != null) {
        index.put(name, size);
      } else if (size == 2 * SCAN_LIMIT) {
        index = new java.util.HashMap<>();
        for (int i = 0; i <= size; i++) {
          index.put(names[i], i);
        }
      }
      size++;
      return this;
    }

    /** Puts the field unless the name is there already. */
    Builder putIfAbsent(String name, Shape.Field field) {
      return indexOf(name, name.hashCode()) >= 0 ? this : put(name, field);
    }

    private int indexOf(String name, int hash) {
      if (index != null) {
        Integer at = index.get(name);
        return at == null ? -1 : at;
      }
      for (int i = 0; i < size; i++) {
        if (hashes[i] == hash && names[i].equals(name)) {
          return i;
        }
      }
      return -1;
    }

    FrozenFields build() {
      return size == 0 ? EMPTY : new FrozenFields(names, hashes, fields, size);
    }
  }
}
