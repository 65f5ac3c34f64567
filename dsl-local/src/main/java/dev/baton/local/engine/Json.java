package dev.baton.local.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** JSON helpers shared by the engine. Internal API. */
public final class Json {

  /** Node factory with exact decimals, so numbers keep the value they were written with. */
  public static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  /** Mapper reading numbers as exact decimals. */
  public static final ObjectMapper MAPPER = new ObjectMapper()
      .setNodeFactory(NODES)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private Json() {}

  /** Parses JSON text; throws {@link IllegalArgumentException} with the parser's message. */
  public static JsonNode parse(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Converts a value to a node: a node as is; a string starting with {@code {}, {@code [} or
   * {@code "} parsed as JSON text, any other string as a JSON string; anything else via Jackson.
   */
  public static JsonNode toNode(Object value) {
    if (value == null) {
      return NODES.nullNode();
    }
    if (value instanceof JsonNode node) {
      return node;
    }
    if (value instanceof String s) {
      String t = s.strip();
      if (t.startsWith("{") || t.startsWith("[") || t.startsWith("\"")) {
        return parse(t);
      }
      return NODES.textNode(s);
    }
    return MAPPER.valueToTree(value);
  }

  /** Writes compact JSON text. */
  public static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
