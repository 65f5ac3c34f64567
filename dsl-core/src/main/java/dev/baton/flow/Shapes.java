package dev.baton.flow;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.flow.Shape.ArrayShape;
import dev.baton.flow.Shape.Field;
import dev.baton.flow.Shape.ObjectShape;
import dev.baton.flow.Shape.Scalar;
import dev.baton.flow.Shape.Union;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Operations on shapes: join (where control paths meet), widening, shapes of JSON literals, descriptions. */
public final class Shapes {
  /** Deeper shapes are cut to {@link Shape#OPEN}, which keeps loops that nest their input finite. */
  static final int MAX_DEPTH = 12;

  private Shapes() {}

  /**
   * The shape of a value that is either {@code a} or {@code b}. When {@code b} adds nothing to
   * {@code a}, the result is {@code a} itself, so the fixpoint sees "no change" by identity.
   */
  public static Shape join(Shape a, Shape b) {
    if (a == b || b instanceof Shape.Nothing) {
      return a;
    }
    if (a instanceof Shape.Nothing) {
      return b;
    }
    if (a instanceof ObjectShape x && b instanceof ObjectShape y) {
      return joinObjects(x, y);
    }
    if (a.equals(b)) {
      return a;
    }
    if (a instanceof Shape.Open || b instanceof Shape.Open) {
      return Shape.OPEN;
    }
    List<Shape> members = new ArrayList<>();
    addMembers(a, members);
    addMembers(b, members);
    if (members.size() == 1) {
      return members.get(0);
    }
    return a instanceof Union union && union.members().equals(members) ? a : new Union(members);
  }

  private static void addMembers(Shape shape, List<Shape> members) {
    if (shape instanceof Union union) {
      union.members().forEach(m -> addMembers(m, members));
      return;
    }
    for (int i = 0; i < members.size(); i++) {
      Shape existing = members.get(i);
      if (existing.equals(shape)) {
        return;
      }
      if (existing instanceof ObjectShape x && shape instanceof ObjectShape y) {
        members.set(i, joinObjects(x, y));
        return;
      }
      if (existing instanceof ArrayShape x && shape instanceof ArrayShape y) {
        members.set(i, joinArrays(x, y));
        return;
      }
    }
    members.add(shape);
  }

  private static ObjectShape joinObjects(ObjectShape a, ObjectShape b) {
    if (a == b) {
      return a;
    }
    FrozenFields ours = a.frozen();
    FrozenFields theirs = b.frozen();
    int count = ours.count();
    // First see whether b adds anything, without copying: in a fixpoint it mostly does not.
    Field[] joined = null;
    // Which of b's fields a has too, by b's position: the others are added after a's. Left null
    // while every field of a so far was found at its own position in b.
    boolean[] matched = null;
    int shared = 0;
    for (int i = 0; i < count; i++) {
      Field field = ours.field(i);
      String name = ours.name(i);
      // Shapes met at a join were mostly made alike, fields in the same order: try the same place first.
      int at = i < theirs.count() && theirs.name(i).equals(name) ? i : theirs.indexOf(name);
      if (at != i && matched == null) {
        matched = new boolean[theirs.count()];
        for (int k = 0; k < i; k++) {
          matched[k] = true;
        }
      }
      Field result;
      if (at < 0) {
        result = field.required() ? new Field(field.shape(), false) : field;
      } else {
        Field other = theirs.field(at);
        if (matched != null) {
          matched[at] = true;
        }
        shared++;
        Shape shape = join(field.shape(), other.shape());
        boolean required = field.required() && other.required();
        result = shape == field.shape() && required == field.required() ? field : new Field(shape, required);
      }
      if (result != field && joined == null) {
        joined = new Field[count];
        for (int k = 0; k < i; k++) {
          joined[k] = ours.field(k);
        }
      }
      if (joined != null) {
        joined[i] = result;
      }
    }
    boolean open = a.open() || b.open();
    String origin = a.origin().isEmpty() ? b.origin() : a.origin();
    int extra = theirs.count() - shared;
    if (joined == null && extra == 0 && open == a.open() && origin.equals(a.origin())) {
      return a;
    }
    if (joined == null) {
      joined = new Field[count];
      for (int k = 0; k < count; k++) {
        joined[k] = ours.field(k);
      }
    }
    // b's own fields follow a's, in b's order, maybe present: a has not got them.
    String[] extraNames = new String[extra];
    Field[] extraFields = new Field[extra];
    int added = 0;
    for (int i = matched == null ? count : 0; added < extra && i < theirs.count(); i++) {
      if (matched == null || !matched[i]) {
        Field field = theirs.field(i);
        extraNames[added] = theirs.name(i);
        extraFields[added++] = field.required() ? new Field(field.shape(), false) : field;
      }
    }
    return new ObjectShape(ours.replaced(joined, extraNames, extraFields, added), open, origin);
  }

  private static ArrayShape joinArrays(ArrayShape a, ArrayShape b) {
    List<Shape> tuple = null;
    if (a.tuple() != null && b.tuple() != null && a.tuple().size() == b.tuple().size()) {
      tuple = new ArrayList<>();
      for (int i = 0; i < a.tuple().size(); i++) {
        tuple.add(join(a.tuple().get(i), b.tuple().get(i)));
      }
    }
    return new ArrayShape(join(a.items(), b.items()), tuple);
  }

  /** {@code shape} with everything deeper than {@link #MAX_DEPTH} made open. */
  static Shape limitDepth(Shape shape) {
    return limit(shape, 0);
  }

  private static Shape limit(Shape shape, int depth) {
    if (depth >= MAX_DEPTH && (shape instanceof ObjectShape || shape instanceof ArrayShape || shape instanceof Union)) {
      return Shape.OPEN;
    }
    if (shape instanceof ObjectShape object) {
      FrozenFields fields = object.frozen();
      Field[] limited = new Field[fields.count()];
      for (int i = 0; i < limited.length; i++) {
        Field f = fields.field(i);
        limited[i] = new Field(limit(f.shape(), depth + 1), f.required());
      }
      return new ObjectShape(fields.replaced(limited, null, null, 0), object.open(), object.origin());
    }
    if (shape instanceof ArrayShape array) {
      List<Shape> tuple = null;
      if (array.tuple() != null) {
        tuple = new ArrayList<>();
        for (Shape s : array.tuple()) {
          tuple.add(limit(s, depth + 1));
        }
      }
      return new ArrayShape(limit(array.items(), depth + 1), tuple);
    }
    if (shape instanceof Union union) {
      List<Shape> members = new ArrayList<>();
      union.members().forEach(m -> members.add(limit(m, depth)));
      return new Union(members);
    }
    return shape;
  }

  /** The exact shape of a JSON literal: objects are closed, with every field required. */
  public static Shape of(JsonNode node, String origin) {
    if (node.isObject()) {
      Map<String, Shape> fields = new LinkedHashMap<>();
      Iterator<Map.Entry<String, JsonNode>> it = node.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        fields.put(e.getKey(), of(e.getValue(), origin));
      }
      return ObjectShape.closed(fields, origin);
    }
    if (node.isArray()) {
      Shape items = Shape.NOTHING;
      List<Shape> tuple = new ArrayList<>();
      for (JsonNode item : node) {
        Shape s = of(item, origin);
        tuple.add(s);
        items = join(items, s);
      }
      return new ArrayShape(items instanceof Shape.Nothing ? Shape.OPEN : items, tuple);
    }
    if (node.isTextual()) {
      return Shape.STRING;
    }
    if (node.isNumber()) {
      return Shape.NUMBER;
    }
    if (node.isBoolean()) {
      return Shape.BOOLEAN;
    }
    return Shape.NULL;
  }

  /** A short description for messages: "an object", "a string", ... */
  public static String describe(Shape shape) {
    if (shape instanceof ObjectShape) {
      return "an object";
    }
    if (shape instanceof ArrayShape) {
      return "an array";
    }
    if (shape instanceof Scalar scalar) {
      return switch (scalar.kind()) {
        case STRING -> "a string";
        case NUMBER -> "a number";
        case BOOLEAN -> "a boolean";
        case NULL -> "null";
      };
    }
    if (shape instanceof Union union) {
      List<String> kinds = new ArrayList<>();
      union.members().forEach(m -> kinds.add(describe(m)));
      return String.join(" or ", kinds);
    }
    return shape instanceof Shape.Nothing ? "nothing" : "anything";
  }
}
