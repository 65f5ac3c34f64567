package dev.baton.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.baton.diagnostics.Diagnostic;
import dev.baton.diagnostics.Layer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads JSON text into a Jackson tree, reporting every duplicate member name (which plain parsers
 * silently resolve by keeping the last) and syntax errors with their line and column.
 *
 * <p>A duplicate keeps its first value, so that later checks see what the author wrote first.
 */
public final class JsonTreeReader {
  /** Deeper nesting than any real definition needs, and shallow enough to keep the stack safe. */
  public static final int MAX_DEPTH = 512;

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
          .build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  /** The tree (absent when the text is not JSON) and the problems found. */
  public record Result(JsonNode root, List<Diagnostic> problems) {
    /** Creates a result, copying the problems. */
    public Result {
      problems = List.copyOf(problems);
    }
  }

  private final List<Diagnostic> problems = new ArrayList<>();

  private JsonTreeReader() {}

  /** Reads {@code text}; never throws for bad input. */
  public static Result read(String text) {
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      // A byte-order mark is not JSON, but editors add it; it carries no meaning, so it is skipped.
      text = text.substring(1);
    }
    JsonTreeReader reader = new JsonTreeReader();
    JsonNode root = reader.readDocument(text);
    return new Result(root, reader.problems);
  }

  private JsonNode readDocument(String text) {
    if (text.isBlank()) {
      problems.add(Diagnostic.error("json.syntax", Layer.SYNTAX, "",
          "the definition is empty; an ASL definition is a JSON object with StartAt and States").at(1, 1));
      return null;
    }
    JsonParser parser = null;
    try {
      parser = FACTORY.createParser(text);
      JsonToken first = parser.nextToken();
      JsonNode root = readValue(parser, first, "");
      JsonToken trailing = parser.nextToken();
      if (trailing != null) {
        JsonLocation at = parser.currentTokenLocation();
        problems.add(Diagnostic.error("json.syntax", Layer.SYNTAX, "",
                "unexpected content after the end of the JSON document; remove it")
            .at(at.getLineNr(), at.getColumnNr()));
      }
      return root;
    } catch (StreamConstraintsException e) {
      JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
      problems.add(Diagnostic.error("json.too-deep", Layer.SYNTAX, "",
              "the JSON nests deeper than " + MAX_DEPTH + " levels; no valid definition needs that")
          .at(at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr()));
      return null;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      problems.add(Diagnostic.error("json.syntax", Layer.SYNTAX, "",
              "not valid JSON: " + clean(e.getOriginalMessage())
                  + "; check for a missing comma, quote or closing bracket near this position")
          .at(at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr()));
      return null;
    } catch (IOException e) {
      problems.add(Diagnostic.error("json.syntax", Layer.SYNTAX, "", "cannot read the JSON: " + e.getMessage()));
      return null;
    } finally {
      closeQuietly(parser);
    }
  }

  private static void closeQuietly(JsonParser parser) {
    if (parser != null) {
      try {
        parser.close();
      } catch (IOException ignored) {
        // Reading from a String: nothing to release.
      }
    }
  }

  /** Jackson's message without its internal source description. */
  private static String clean(String message) {
    return message.replaceAll("\\s*\\(start marker at \\[Source:[^]]*\\][^)]*\\)", "")
        .replaceAll("\\s*at \\[Source:.*$", "").trim();
  }

  /** A JSON pointer that is only turned into text when a problem needs it. */
  private static final class LazyPointer implements CharSequence {
    private final CharSequence parent;
    private final String member;
    private final int index;
    private String text;

    LazyPointer(CharSequence parent, String member, int index) {
      this.parent = parent;
      this.member = member;
      this.index = index;
    }

    @Override
    public String toString() {
      if (text == null) {
        text = member != null ? JsonPointers.child(parent.toString(), member)
            : JsonPointers.child(parent.toString(), index);
      }
      return text;
    }

    @Override
    public int length() {
      return toString().length();
    }

    @Override
    public char charAt(int i) {
      return toString().charAt(i);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return toString().subSequence(start, end);
    }
  }

  private JsonNode readValue(JsonParser parser, JsonToken token, CharSequence pointer) throws IOException {
    switch (token) {
      case START_OBJECT:
        return readObject(parser, pointer);
      case START_ARRAY:
        return readArray(parser, pointer);
      case VALUE_STRING:
        return NODES.textNode(parser.getText());
      case VALUE_NUMBER_INT:
        return JsonTrees.integer(parser);
      case VALUE_NUMBER_FLOAT:
        return NODES.numberNode(parser.getDecimalValue());
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      case VALUE_NULL:
        return NODES.nullNode();
      default:
        throw new IllegalStateException("unexpected token " + token);
    }
  }

  private ObjectNode readObject(JsonParser parser, CharSequence pointer) throws IOException {
    ObjectNode object = NODES.objectNode();
    JsonToken token;
    while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      // Pointers and positions are only needed for a duplicate: built then, not for every member.
      if (object.has(name)) {
        JsonLocation at = parser.currentTokenLocation();
        String childPointer = JsonPointers.child(pointer.toString(), name);
        readValue(parser, parser.nextToken(), childPointer);
        problems.add(Diagnostic.error("json.duplicate-key", Layer.SYNTAX, childPointer,
                "duplicate key '" + name + "': JSON parsers disagree on which value wins; keep one")
            .at(at.getLineNr(), at.getColumnNr()));
      } else {
        object.set(name, readValue(parser, parser.nextToken(), new LazyPointer(pointer, name, -1)));
      }
    }
    if (token != JsonToken.END_OBJECT) {
      throw new IllegalStateException("unexpected token " + token);
    }
    return object;
  }

  private ArrayNode readArray(JsonParser parser, CharSequence pointer) throws IOException {
    ArrayNode array = NODES.arrayNode();
    JsonToken token;
    int index = 0;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      array.add(readValue(parser, token, new LazyPointer(pointer, null, index++)));
    }
    return array;
  }
}
