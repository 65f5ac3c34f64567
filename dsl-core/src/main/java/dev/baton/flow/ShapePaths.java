package dev.baton.flow;

import dev.baton.expr.Path;
import dev.baton.expr.PathSegment;
import dev.baton.flow.Shape.ArrayShape;
import dev.baton.flow.Shape.Field;
import dev.baton.flow.Shape.ObjectShape;
import dev.baton.flow.Shape.Union;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Reading and writing paths on shapes, the way Step Functions reads and writes JSON. */
public final class ShapePaths {
  private ShapePaths() {}

  /** Reads {@code path}'s segments (its root already chosen by the caller) from {@code root}. */
  public static Resolution resolve(Shape root, Path path) {
    return new ShapePaths.Walk(false, path.segments(), path, null).resolve(root, 0);
  }

  /**
   * Reads a JSONata field chain (given as a path): a field of an array maps over its elements, and
   * {@code rootText} names the root in messages, e.g. {@code $states.input}.
   */
  public static Resolution resolveJsonata(Shape root, Path path, String rootText) {
    return new ShapePaths.Walk(true, path.segments(), path, rootText).resolve(root, 0);
  }

  private static String rootText(Path path) {
    return switch (path.root()) {
      case INPUT -> "$";
      case CONTEXT -> "$$";
      case VARIABLE -> "$" + path.variableName().orElse("");
    };
  }

  /**
   * One reading of a path: JSONPath's, or JSONata's (where a field of an array maps over it). The
   * text of the part read so far (e.g. {@code $.order.items[0]}) is only spelled out for a message.
   */
  private static final class Walk {
    private final boolean mapArrays;
    private final List<PathSegment> segments;
    private final Path path;
    private final String rootText;

    Walk(boolean mapArrays, List<PathSegment> segments, Path path, String rootText) {
      this.mapArrays = mapArrays;
      this.segments = segments;
      this.path = path;
      this.rootText = rootText;
    }

    /** The text of the root and the first {@code i} segments, as messages name a value. */
    private String prefix(int i) {
      StringBuilder text = new StringBuilder(rootText != null ? rootText : rootText(path));
      for (int k = 0; k < i; k++) {
        PathSegment segment = segments.get(k);
        if (segment instanceof PathSegment.Field field) {
          text.append('.').append(field.name());
        } else if (segment instanceof PathSegment.Index index) {
          text.append('[').append(index.index()).append(']');
        }
      }
      return text.toString();
    }

    Resolution resolve(Shape shape, int i) {
      if (i == segments.size()) {
        return Resolution.found(shape);
      }
      PathSegment segment = segments.get(i);
      if (shape instanceof Shape.Open || shape instanceof Shape.Nothing) {
        return Resolution.unknown();
      }
      if (shape instanceof Union union) {
        return resolveUnion(union, i);
      }
      if (segment instanceof PathSegment.Field field) {
        if (mapArrays && shape instanceof ArrayShape array) {
          return resolve(array.items(), i);
        }
        return resolveField(shape, field.name(), i);
      }
      if (segment instanceof PathSegment.Index index) {
        if (!(shape instanceof ArrayShape array)) {
          return Resolution.missing("the value at " + prefix(i) + " is " + Shapes.describe(shape) + ", not an array, so it has"
              + " no element [" + index.index() + "]" + originOf(shape));
        }
        if (array.tuple() != null) {
          int at = index.index() < 0 ? array.tuple().size() + index.index() : index.index();
          if (at < 0 || at >= array.tuple().size()) {
            return Resolution.missing("the array at " + prefix(i) + " has " + array.tuple().size() + " elements, so there is"
                + " no element [" + index.index() + "]");
          }
          return resolve(array.tuple().get(at), i + 1);
        }
        // The length of an array is rarely known; an index is not reported as maybe missing.
        return resolve(array.items(), i + 1);
      }
      // Wildcards, slices, unions, filters and deep scans select sets of values: not checked further.
      return Resolution.unknown();
    }

    Resolution resolveField(Shape shape, String name, int i) {
      if (!(shape instanceof ObjectShape object)) {
        return Resolution.missing("the value at " + prefix(i) + " is " + Shapes.describe(shape) + ", which has no field '"
            + name + "'" + originOf(shape));
      }
      Field field = object.fields().get(name);
      if (field == null) {
        if (object.open()) {
          return Resolution.unknown();
        }
        String prefix = prefix(i);
        String fields = object.fields().isEmpty() ? "it has no fields"
            : "its fields are " + String.join(", ", object.fields().keySet());
        String close = dev.baton.diagnostics.DidYouMean.closest(name, object.fields().keySet())
            .map(c -> "; did you mean " + prefix + "." + c + "?").orElse("");
        return Resolution.missing("the object at " + prefix + " has no field '" + name + "' (" + fields
            + originOf(shape).replaceFirst("^; ", "; it is ") + close);
      }
      Resolution rest = resolve(field.shape(), i + 1);
      if (field.required() || rest.status() == Resolution.Status.MISSING) {
        return rest;
      }
      if (rest.status() == Resolution.Status.UNKNOWN && !(field.shape() instanceof Shape.Open)) {
        return rest;
      }
      return new Resolution(Resolution.Status.MAYBE, rest.shape(), "'" + name + "' is not set on every path to here");
    }

    Resolution resolveUnion(Union union, int i) {
      Shape found = Shape.NOTHING;
      int missing = 0;
      String reason = "";
      boolean unknown = false;
      for (Shape member : union.members()) {
        Resolution r = resolve(member, i);
        switch (r.status()) {
          case MISSING -> {
            missing++;
            reason = r.reason();
          }
          case UNKNOWN -> unknown = true;
          case MAYBE -> {
            found = Shapes.join(found, r.shape());
            reason = r.reason();
            missing++;
          }
          case FOUND -> found = Shapes.join(found, r.shape());
        }
      }
      if (unknown) {
        return Resolution.unknown();
      }
      if (missing == union.members().size() && found instanceof Shape.Nothing) {
        return Resolution.missing(reason);
      }
      if (missing > 0) {
        return new Resolution(Resolution.Status.MAYBE, found, reason);
      }
      return Resolution.found(found);
    }
  }

  private static String originOf(Shape shape) {
    return shape instanceof ObjectShape object && !object.origin().isEmpty() ? "; " + object.origin() + ")"
        : shape instanceof ObjectShape ? ")" : "";
  }

  /**
   * Writes {@code value} into {@code input} at a Reference Path, as ResultPath does: missing
   * objects on the way are created; an absent input field becomes present.
   */
  public static Shape set(Shape input, List<PathSegment> segments, Shape value, String origin) {
    return set(input, segments, 0, value, () -> origin);
  }

  /** {@link #set}, the origin made only if an object has to be made where there was none. */
  static Shape set(Shape input, List<PathSegment> segments, Shape value, Supplier<String> origin) {
    return set(input, segments, 0, value, origin);
  }

  private static Shape set(Shape input, List<PathSegment> segments, int i, Shape value, Supplier<String> origin) {
    if (i == segments.size()) {
      return value;
    }
    PathSegment first = segments.get(i);
    if (first instanceof PathSegment.Field field) {
      if (input instanceof Union union) {
        // ResultPath needs an object here; any member that is not one fails at run time.
        ObjectShape object = union.members().stream().filter(m -> m instanceof ObjectShape)
            .map(m -> (ObjectShape) m).findFirst().orElseGet(() -> ObjectShape.anyObject(origin.get()));
        return set(object, segments, i, value, origin);
      }
      ObjectShape object = input instanceof ObjectShape o ? o
          : input instanceof Shape.Open ? ObjectShape.anyObject("") : ObjectShape.closed(Map.of(), origin.get());
      FrozenFields fields = object.frozen();
      int at = fields.indexOf(field.name());
      Shape inner = at < 0 ? (object.open() ? Shape.OPEN : Shape.NOTHING) : fields.field(at).shape();
      return new ObjectShape(fields.withAt(at, field.name(), new Field(set(inner, segments, i + 1, value, origin), true)),
          object.open(), object.origin());
    }
    if (first instanceof PathSegment.Index && input instanceof ArrayShape array) {
      return new ArrayShape(Shapes.join(array.items(), set(array.items(), segments, i + 1, value, origin)), null);
    }
    return Shape.OPEN;
  }


  /**
   * Paths under {@code root} whose last field is {@code name}, shortest first, for "did you mean"
   * suggestions: where a value actually is.
   */
  public static List<String> find(Shape root, String name, String rootText) {
    List<String> found = new ArrayList<>();
    find(root, name, rootText, 0, found);
    found.sort((a, b) -> Integer.compare(a.length(), b.length()));
    return found;
  }

  private static void find(Shape shape, String name, String prefix, int depth, List<String> found) {
    if (depth > 5 || found.size() > 5) {
      return;
    }
    if (shape instanceof Union union) {
      union.members().forEach(m -> find(m, name, prefix, depth, found));
    } else if (shape instanceof ObjectShape object) {
      object.fields().forEach((field, value) -> {
        String path = prefix + "." + field;
        if (field.equals(name) && !found.contains(path)) {
          found.add(path);
        }
        find(value.shape(), name, path, depth + 1, found);
      });
    } else if (shape instanceof ArrayShape array) {
      find(array.items(), name, prefix + "[0]", depth + 1, found);
    }
  }
}
