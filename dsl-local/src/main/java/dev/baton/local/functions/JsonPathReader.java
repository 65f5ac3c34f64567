package dev.baton.local.functions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.baton.expr.Path;
import dev.baton.expr.PathSegment;
import java.util.List;
import java.util.Map;

/**
 * Reads what an ASL {@link Path} selects from a JSON document, with the semantics AWS Step Functions
 * gives JSONPath (it evaluates paths with Jayway JsonPath).
 *
 * <p>The caller picks the document from {@link Path#root()}: the state input (or current result)
 * for {@code $}, the context object for {@code $$}, and the variable's value for {@code $name}.
 * A variable path's {@link Path#segments()} do <em>not</em> include the variable name (it is
 * {@link Path#variableName()}), so for {@code $order.id} pass the value of {@code order} as the
 * root and the reader applies {@code .id}.
 *
 * <p>Results:
 *
 * <ul>
 *   <li>A <b>definite</b> path (only field names and indices, including negative indices counted
 *       from the end) returns the node it identifies, or Java {@code null} when it does not resolve
 *       (a missing member, an index out of range, or a step into a value of the wrong type). A
 *       member whose value is JSON {@code null} resolves to {@code NullNode}. The caller turns
 *       Java {@code null} into the AWS error of its field (the engine reports {@code
 *       States.Runtime} for InputPath, OutputPath and Payload Templates alike, as AWS does).
 *   <li>An <b>indefinite</b> path (wildcard, slice, union, filter or deep scan anywhere) returns a
 *       new array of every match in document order, possibly empty; it never returns {@code null}.
 *       As in Jayway, a union of names in the last position ({@code $.a['x','y']}) gives one
 *       object per parent holding the members that exist, not their values one by one.
 * </ul>
 *
 * <p>The pre-parsed segments are walked directly; filters are compiled once per filter text and
 * cached ({@link FilterExpression}). Nodes returned are the document's own nodes, not copies, so
 * callers must treat documents as immutable. Filter syntax that cannot be evaluated throws {@link
 * StatesError} {@code States.Runtime}.
 */
public final class JsonPathReader {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonPathReader() {}

  /**
   * Returns what {@code path} selects in {@code root}.
   *
   * @param path the parsed path; required
   * @param root the document chosen by {@link Path#root()}; required (pass {@code NullNode} for a
   *     JSON null)
   * @return the selected node for a definite path or Java {@code null} when it does not resolve; a
   *     new array of the matches for an indefinite path
   */
  public static JsonNode read(Path path, JsonNode root) {
    return read(path.segments(), root, root);
  }

  /**
   * Returns whether the path selects at most one node: it has only field and index segments. An
   * indefinite path always reads as an array.
   *
   * @param path the path; required
   * @return {@code true} when every segment is a field name or an index
   */
  public static boolean isDefinite(Path path) {
    return isDefinite(path.segments());
  }

  static boolean isDefinite(List<PathSegment> segments) {
    for (int i = 0, n = segments.size(); i < n; i++) {
      PathSegment s = segments.get(i);
      if (!(s instanceof PathSegment.Field) && !(s instanceof PathSegment.Index)) {
        return false;
      }
    }
    return true;
  }

  /** Reads segments from {@code node}; {@code documentRoot} is what {@code $} means in filters. */
  static JsonNode read(List<PathSegment> segments, JsonNode node, JsonNode documentRoot) {
    // One pass: walk field and index steps directly (the common, definite case allocates
    // nothing); at the first segment that can select several nodes, collect matches instead.
    JsonNode current = node;
    for (int i = 0, n = segments.size(); i < n; i++) {
      PathSegment segment = segments.get(i);
      if (segment instanceof PathSegment.Field field) {
        current = current.isObject() ? current.get(field.name()) : null;
      } else if (segment instanceof PathSegment.Index index) {
        current = element(current, index.index());
      } else {
        ArrayNode out = NODES.arrayNode();
        collect(segments, i, current, documentRoot, out);
        return out;
      }
      if (current == null) {
        return isDefinite(segments) ? null : NODES.arrayNode();
      }
    }
    return current;
  }

  private static JsonNode element(JsonNode node, int index) {
    if (!node.isArray()) {
      return null;
    }
    int i = index < 0 ? node.size() + index : index;
    return i >= 0 && i < node.size() ? node.get(i) : null;
  }

  /** Applies one field or index segment; returns null when it does not resolve. */
  private static JsonNode step(PathSegment segment, JsonNode node) {
    if (segment instanceof PathSegment.Field f) {
      return node.isObject() ? node.get(f.name()) : null;
    }
    return element(node, ((PathSegment.Index) segment).index());
  }

  private static void collect(
      List<PathSegment> segments, int at, JsonNode node, JsonNode documentRoot, ArrayNode out) {
    if (at == segments.size()) {
      out.add(node);
      return;
    }
    PathSegment segment = segments.get(at);
    int next = at + 1;
    if (segment instanceof PathSegment.Field || segment instanceof PathSegment.Index) {
      JsonNode child = step(segment, node);
      if (child != null) {
        collect(segments, next, child, documentRoot, out);
      }
    } else if (segment instanceof PathSegment.Wildcard) {
      if (node.isContainerNode()) {
        for (JsonNode child : node) {
          collect(segments, next, child, documentRoot, out);
        }
      }
    } else if (segment instanceof PathSegment.Slice slice) {
      collectSlice(slice, segments, next, node, documentRoot, out);
    } else if (segment instanceof PathSegment.Union union) {
      collectUnion(union, segments, next, node, documentRoot, out);
    } else if (segment instanceof PathSegment.DeepScan scan) {
      deepScan(scan.name(), segments, next, node, documentRoot, out);
    } else if (segment instanceof PathSegment.Filter filter) {
      FilterExpression condition = FilterExpression.compiled(filter.expression());
      if (node.isArray()) {
        for (JsonNode element : node) {
          if (condition.test(element, documentRoot)) {
            collect(segments, next, element, documentRoot, out);
          }
        }
      } else if (node.isObject() && condition.test(node, documentRoot)) {
        // Jayway applies a filter on an object to the object itself
        collect(segments, next, node, documentRoot, out);
      }
    }
  }

  private static void collectSlice(
      PathSegment.Slice slice,
      List<PathSegment> segments,
      int next,
      JsonNode node,
      JsonNode documentRoot,
      ArrayNode out) {
    if (!node.isArray()) {
      return;
    }
    int size = node.size();
    int step = slice.step() == null ? 1 : slice.step();
    if (step > 0) {
      int from = clamp(slice.start() == null ? 0 : slice.start(), size, 0, size);
      int to = clamp(slice.end() == null ? size : slice.end(), size, 0, size);
      for (int i = from; i < to; i += step) {
        collect(segments, next, node.get(i), documentRoot, out);
      }
    } else {
      int from = clamp(slice.start() == null ? size - 1 : slice.start(), size, -1, size - 1);
      int to = slice.end() == null ? -1 : clamp(slice.end(), size, -1, size - 1);
      for (int i = from; i > to; i += step) {
        collect(segments, next, node.get(i), documentRoot, out);
      }
    }
  }

  /** Resolves a negative slice bound from the end, then clamps it into [low, high]. */
  private static int clamp(int bound, int size, int low, int high) {
    long resolved = bound < 0 ? (long) size + bound : bound;
    return (int) Math.max(low, Math.min(high, resolved));
  }

  private static void collectUnion(
      PathSegment.Union union,
      List<PathSegment> segments,
      int next,
      JsonNode node,
      JsonNode documentRoot,
      ArrayNode out) {
    List<Object> members = union.members();
    if (members.get(0) instanceof String) {
      if (!node.isObject()) {
        return;
      }
      if (next == segments.size()) {
        // Jayway: a multi-property leaf selects one object holding the members that exist
        ObjectNode merged = NODES.objectNode();
        for (Object m : members) {
          JsonNode value = node.get((String) m);
          if (value != null) {
            merged.set((String) m, value);
          }
        }
        out.add(merged);
        return;
      }
      for (Object m : members) {
        JsonNode value = node.get((String) m);
        if (value != null) {
          collect(segments, next, value, documentRoot, out);
        }
      }
    } else if (node.isArray()) {
      for (Object m : members) {
        int index = (Integer) m;
        int i = index < 0 ? node.size() + index : index;
        if (i >= 0 && i < node.size()) {
          collect(segments, next, node.get(i), documentRoot, out);
        }
      }
    }
  }

  /**
   * Jayway's scan: at each node, first the matches of the node itself (its member {@code name},
   * or all its children for {@code ..*}), then the same for each child in document order.
   */
  private static void deepScan(
      String name,
      List<PathSegment> segments,
      int next,
      JsonNode node,
      JsonNode documentRoot,
      ArrayNode out) {
    if (!node.isContainerNode()) {
      return;
    }
    if (name == null) {
      for (JsonNode child : node) {
        collect(segments, next, child, documentRoot, out);
      }
    } else if (node.isObject()) {
      JsonNode value = node.get(name);
      if (value != null) {
        collect(segments, next, value, documentRoot, out);
      }
    }
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        deepScan(name, segments, next, field.getValue(), documentRoot, out);
      }
    } else {
      for (JsonNode child : node) {
        deepScan(name, segments, next, child, documentRoot, out);
      }
    }
  }
}
