package dev.baton.local.functions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.baton.expr.PathSegment;
import dev.baton.expr.ReferencePath;
import java.util.List;

/**
 * Places a value into a document at a {@code ResultPath} (or any Reference Path used to write),
 * with AWS Step Functions semantics.
 *
 * <ul>
 *   <li>{@code $} (no segments) replaces the whole document: the value itself is returned.
 *   <li>Each field segment steps into an object member, creating an empty object when the member
 *       is missing, so {@code $.a.b} on {@code {}} gives {@code {"a":{"b":value}}}. A member that
 *       exists is replaced in place (its key keeps its position).
 *   <li>An index segment replaces an existing element of an array; arrays are never grown.
 *   <li>Anything else raises {@code States.ResultPathMatchFailure}: the target (or a value on the
 *       way) is not an object where a field is written, not an array where an index is written,
 *       or the index is out of range. This is what AWS does for, e.g., {@code ResultPath: $.x} on
 *       an input that is a string or an array.
 * </ul>
 *
 * <p>The path's root ({@code $}, {@code $$} or a variable) is not looked at: segments are applied
 * to {@code target}. The target is never mutated: only the objects and arrays on the way to the
 * written member are copied (shallowly); everything else is shared with {@code target}. Callers
 * must therefore treat documents as immutable.
 */
public final class ResultPathWriter {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ResultPathWriter() {}

  /**
   * Returns a new document: {@code target} with {@code value} placed at {@code path}.
   *
   * @param path the reference path, e.g. {@code $.result}; required
   * @param target the document written into (the state's raw input for ResultPath); required
   * @param value the value to place (the result); required, {@code NullNode} for JSON null
   * @return the new document; {@code value} itself when the path is {@code $}
   * @throws StatesError {@code States.ResultPathMatchFailure} when the path cannot be applied,
   *     naming the path, the step that failed and the type found there
   */
  public static JsonNode write(ReferencePath path, JsonNode target, JsonNode value) {
    List<PathSegment> segments = path.segments();
    if (segments.isEmpty()) {
      return value;
    }
    return write(path, segments, 0, target, value);
  }

  private static JsonNode write(
      ReferencePath path, List<PathSegment> segments, int at, JsonNode node, JsonNode value) {
    PathSegment segment = segments.get(at);
    boolean last = at == segments.size() - 1;
    if (segment instanceof PathSegment.Field field) {
      if (!node.isObject()) {
        throw failure(path, segment, node);
      }
      JsonNode child = node.get(field.name());
      JsonNode written;
      if (last) {
        written = value;
      } else {
        written =
            write(path, segments, at + 1, child == null ? NODES.objectNode() : child, value);
      }
      ObjectNode copy = NODES.objectNode();
      copy.setAll((ObjectNode) node);
      copy.set(field.name(), written);
      return copy;
    }
    int index = ((PathSegment.Index) segment).index();
    if (!node.isArray() || index < 0 || index >= node.size()) {
      throw failure(path, segment, node);
    }
    JsonNode written = last ? value : write(path, segments, at + 1, node.get(index), value);
    ArrayNode copy = NODES.arrayNode(node.size());
    copy.addAll((ArrayNode) node);
    copy.set(index, written);
    return copy;
  }

  private static StatesError failure(ReferencePath path, PathSegment segment, JsonNode found) {
    String problem;
    if (segment instanceof PathSegment.Field f) {
      problem = "cannot set field '" + f.name() + "' on " + describe(found);
    } else if (found.isArray()) {
      problem =
          "index " + ((PathSegment.Index) segment).index() + " is out of range for an array of "
              + found.size() + " element(s)";
    } else {
      problem = "cannot set index " + ((PathSegment.Index) segment).index() + " on "
          + describe(found);
    }
    return new StatesError(
        StatesError.RESULT_PATH_MATCH_FAILURE,
        "Unable to apply ReferencePath " + path.text() + " to input: " + problem);
  }

  private static String describe(JsonNode node) {
    String type =
        switch (node.getNodeType()) {
          case ARRAY -> "an array";
          case OBJECT -> "an object";
          case STRING -> "a string";
          case NUMBER -> "a number";
          case BOOLEAN -> "a boolean";
          case NULL -> "null";
          default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    String text = node.toString();
    return type + " (" + (text.length() > 60 ? text.substring(0, 57) + "..." : text) + ")";
  }
}
