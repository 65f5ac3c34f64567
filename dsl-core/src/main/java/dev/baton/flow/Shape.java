package dev.baton.flow;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What is known about a JSON value at some point of a workflow: an object with known fields (each
 * present or maybe present), an array of a shape, a scalar, a union, or {@link Open} (nothing is
 * known: anything may be there). Open shapes never cause an error.
 */
public sealed interface Shape
    permits Shape.Open, Shape.Nothing, Shape.Scalar, Shape.ObjectShape, Shape.ArrayShape, Shape.Union {

  /** Anything: nothing is known about the value. */
  Open OPEN = new Open();
  /** No value at all: the state is not reached (the start of the fixpoint). */
  Nothing NOTHING = new Nothing();
  /** Any string. */
  Scalar STRING = new Scalar(ScalarKind.STRING);
  /** Any number. */
  Scalar NUMBER = new Scalar(ScalarKind.NUMBER);
  /** true or false. */
  Scalar BOOLEAN = new Scalar(ScalarKind.BOOLEAN);
  /** JSON null. */
  Scalar NULL = new Scalar(ScalarKind.NULL);

  /** Anything may be there. */
  record Open() implements Shape {}

  /** No value: used for states not reached yet. */
  record Nothing() implements Shape {}

  /** The kinds of JSON scalars. */
  enum ScalarKind {
    /** A string. */
    STRING,
    /** A number. */
    NUMBER,
    /** A boolean. */
    BOOLEAN,
    /** null. */
    NULL
  }

  /** A JSON scalar of one kind. */
  record Scalar(ScalarKind kind) implements Shape {}

  /**
   * A field of an object shape.
   *
   * @param shape the field's value
   * @param required whether the field is there on every path (false: maybe present)
   */
  record Field(Shape shape, boolean required) {
    /** Creates a field. */
    public Field {
      Objects.requireNonNull(shape, "shape");
    }
  }

  /**
   * A JSON object.
   *
   * @param fields the known fields, in order
   * @param open whether other fields may be there too
   * @param origin what made this object, for messages (e.g. "the OutputPath '$.data' of state 'Fetch Data'"),
   *     or empty when unknown
   */
  record ObjectShape(Map<String, Field> fields, boolean open, String origin) implements Shape {
    /** Creates an object shape, copying the fields (unless they are an object shape's already). */
    public ObjectShape {
      fields = FrozenFields.of(fields);
      Objects.requireNonNull(origin, "origin");
    }

    /** An object with exactly these required fields. */
    public static ObjectShape closed(Map<String, Shape> fields, String origin) {
      FrozenFields.Builder all = new FrozenFields.Builder(fields.size());
      fields.forEach((name, shape) -> all.put(name, new Field(shape, true)));
      return new ObjectShape(all.build(), false, origin);
    }

    /** The fields as the flow's own loops walk them: by position. */
    FrozenFields frozen() {
      return (FrozenFields) fields;
    }

    /** An object that may hold anything, with no known fields. */
    public static ObjectShape anyObject(String origin) {
      return new ObjectShape(Map.of(), true, origin);
    }
  }

  /**
   * A JSON array.
   *
   * @param items the shape of every element
   * @param tuple the shape of each element by position when the length is known (a Parallel
   *     state's result), or null
   */
  record ArrayShape(Shape items, List<Shape> tuple) implements Shape {
    /** Creates an array shape. */
    public ArrayShape {
      Objects.requireNonNull(items, "items");
      tuple = tuple == null ? null : List.copyOf(tuple);
    }

    /** An array of any length whose elements have one shape. */
    public static ArrayShape of(Shape items) {
      return new ArrayShape(items, null);
    }
  }

  /** One of several shapes of different kinds. */
  record Union(List<Shape> members) implements Shape {
    /** Creates a union, copying the members. */
    public Union {
      members = List.copyOf(members);
    }
  }
}
