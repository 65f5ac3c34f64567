package dev.baton.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.baton.diagnostics.Diagnostic;
import dev.baton.json.JsonPointers;
import dev.baton.json.JsonTreeReader;
import dev.baton.validate.Rule;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads a definition written in YAML into a JSON tree, the way {@link JsonTreeReader} reads JSON:
 * every duplicate key is reported (the first value is kept), and so is everything YAML can say
 * that JSON cannot (aliases, binary values, infinities, several documents).
 *
 * <p>It also records where each member and element starts in the YAML text, by JSON pointer, so
 * that diagnostics found on the JSON can be moved back to the line and column of the YAML.
 */
final class YamlDefinition {
  /** A 1-based line and column in the YAML text. */
  record Position(int line, int column) {}

  /**
   * What reading found.
   *
   * @param root the tree, or null when the text is not a usable YAML document
   * @param positions where each JSON pointer of the tree starts in the YAML
   * @param problems the problems found, with YAML positions
   */
  record Result(JsonNode root, Map<String, Position> positions, List<Diagnostic> problems) {}

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Map<String, Position> positions = new HashMap<>();
  private final List<Diagnostic> problems = new ArrayList<>();

  private YamlDefinition() {}

  /** Reads {@code text}; never throws for bad input. */
  static Result read(String text) {
    YamlDefinition reader = new YamlDefinition();
    JsonNode root = reader.readDocument(text);
    return new Result(root, reader.positions, reader.problems);
  }

  /**
   * The position of {@code pointer}, or of its nearest ancestor that exists (a missing field is
   * reported on its object), or null.
   */
  static Position nearest(String pointer, Map<String, Position> positions) {
    String current = pointer;
    while (true) {
      Position at = positions.get(current);
      if (at != null || current.isEmpty()) {
        return at;
      }
      current = current.substring(0, Math.max(0, current.lastIndexOf('/')));
    }
  }

  private static YAMLFactory factory(String text) {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(Math.max(text.length() + 1, options.getCodePointLimit()));
    options.setNestingDepthLimit(JsonTreeReader.MAX_DEPTH);
    return YAMLFactory.builder()
        .loaderOptions(options)
        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(JsonTreeReader.MAX_DEPTH).build())
        .build();
  }

  private JsonNode readDocument(String text) {
    JsonParser parser = null;
    try {
      parser = factory(text).createParser(text);
      JsonToken first = parser.nextToken();
      if (first == null) {
        problems.add(error(Rule.JSON_SYNTAX, "",
            "the definition is empty; an ASL definition is a YAML mapping with StartAt and States", 1, 1));
        return null;
      }
      JsonNode root = readValue(parser, first, "");
      if (parser.nextToken() != null) {
        JsonLocation at = parser.currentTokenLocation();
        problems.add(error(Rule.JSON_SYNTAX, "",
            "a second YAML document follows the definition; keep one document per file",
            at.getLineNr(), at.getColumnNr()));
      }
      return root;
    } catch (StreamConstraintsException e) {
      JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
      problems.add(error(Rule.JSON_TOO_DEEP, "", "the YAML nests deeper than " + JsonTreeReader.MAX_DEPTH
          + " levels; no valid definition needs that", at.getLineNr(), at.getColumnNr()));
      return null;
    } catch (JsonProcessingException e) {
      problems.add(syntaxError(e, e.getLocation()));
      return null;
    } catch (IOException | YAMLException e) {
      // SnakeYAML signals some malformed input with its own unchecked exceptions, not always wrapped.
      problems.add(syntaxError(e, parser == null ? null : parser.currentLocation()));
      return null;
    } finally {
      close(parser);
    }
  }

  private static void close(JsonParser parser) {
    try {
      if (parser != null) {
        parser.close();
      }
    } catch (IOException | YAMLException e) {
      // Closing a parser over a String releases buffers only; nothing to report.
    }
  }

  private JsonNode readValue(JsonParser parser, JsonToken token, String pointer) throws IOException {
    JsonLocation at = parser.currentTokenLocation();
    positions.putIfAbsent(pointer, new Position(at.getLineNr(), at.getColumnNr()));
    switch (token) {
      case START_OBJECT:
        return readObject(parser, pointer);
      case START_ARRAY:
        return readArray(parser, pointer);
      case VALUE_STRING:
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
          problems.add(error(Rule.JSON_SYNTAX, pointer, "YAML alias *" + parser.getText()
              + " has no JSON equivalent; write the value out in full", at.getLineNr(), at.getColumnNr()));
        }
        return NODES.textNode(parser.getText());
      case VALUE_NUMBER_INT:
        return dev.baton.json.JsonTrees.integer(parser);
      case VALUE_NUMBER_FLOAT:
        try {
          // Exact, as JsonTreeReader reads JSON: 1.50 stays 1.50.
          return DecimalNode.valueOf(parser.getDecimalValue());
        } catch (NumberFormatException e) {
          problems.add(error(Rule.JSON_SYNTAX, pointer, "the YAML number " + parser.getText()
              + " has no JSON equivalent", at.getLineNr(), at.getColumnNr()));
          return NODES.nullNode();
        }
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      case VALUE_NULL:
        return NODES.nullNode();
      default:
        problems.add(error(Rule.JSON_SYNTAX, pointer, "this YAML value (" + token
            + ") has no JSON equivalent", at.getLineNr(), at.getColumnNr()));
        return NODES.nullNode();
    }
  }

  private ObjectNode readObject(JsonParser parser, String pointer) throws IOException {
    ObjectNode object = NODES.objectNode();
    JsonToken token;
    while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonLocation at = parser.currentTokenLocation();
      String childPointer = JsonPointers.child(pointer, name);
      if (object.has(name)) {
        problems.add(error(Rule.JSON_DUPLICATE_KEY, childPointer, "duplicate key '" + name
            + "': YAML and JSON parsers disagree on which value wins; keep one", at.getLineNr(), at.getColumnNr()));
        skipValue(parser);
        continue;
      }
      positions.put(childPointer, new Position(at.getLineNr(), at.getColumnNr()));
      object.set(name, readValue(parser, parser.nextToken(), childPointer));
    }
    if (token != JsonToken.END_OBJECT) {
      throw new IllegalStateException("unexpected YAML token " + token + " in a mapping at " + pointer);
    }
    return object;
  }

  private ArrayNode readArray(JsonParser parser, String pointer) throws IOException {
    ArrayNode array = NODES.arrayNode();
    JsonToken token;
    int index = 0;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      array.add(readValue(parser, token, JsonPointers.child(pointer, index++)));
    }
    return array;
  }

  /** Skips a duplicate's value: the first one is kept, as {@link JsonTreeReader} does. */
  private void skipValue(JsonParser parser) throws IOException {
    parser.nextToken();
    parser.skipChildren();
  }

  private static Diagnostic syntaxError(Exception e, JsonLocation location) {
    int line = location == null ? 0 : location.getLineNr();
    int column = location == null ? 0 : location.getColumnNr();
    String message = e instanceof JsonProcessingException p ? p.getOriginalMessage() : e.getMessage();
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof MarkedYAMLException marked) {
        // SnakeYAML's own message spans several lines with a snippet; its problem and mark are the point.
        Mark mark = marked.getProblemMark() != null ? marked.getProblemMark() : marked.getContextMark();
        message = marked.getProblem() != null ? marked.getProblem() : marked.getContext();
        if (marked.getContext() != null && marked.getProblem() != null) {
          message = marked.getContext() + ": " + marked.getProblem();
        }
        if (mark != null) {
          line = mark.getLine() + 1;
          column = mark.getColumn() + 1;
        }
        break;
      }
    }
    String oneLine = message == null ? e.getClass().getSimpleName() : message.strip().lines().findFirst().orElse("");
    return error(Rule.JSON_SYNTAX, "", "not valid YAML: " + oneLine, line, column);
  }

  private static Diagnostic error(Rule rule, String pointer, String message, int line, int column) {
    return Diagnostic.error(rule.id(), rule.layer(), pointer, message).at(line, column);
  }
}
