package dev.baton.flow;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.flow.Shape.Field;
import dev.baton.flow.Shape.ObjectShape;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Shapes from what users already have: a sample JSON document, or a JSON Schema (a practical
 * subset of draft 2020-12). Java types are in {@link JavaShapes}.
 */
public final class ShapeSources {
  private ShapeSources() {}

  /**
   * The shape of a sample document: every field of the sample is there, and objects have no other
   * fields. Arrays take the join of their elements.
   */
  public static Shape fromSample(JsonNode sample) {
    Shape shape = Shapes.of(sample, "the input sample");
    return shape instanceof Shape.ArrayShape array ? Shape.ArrayShape.of(array.items()) : shape;
  }

  /**
   * The shape a JSON Schema describes. Supported: {@code type} (one or several), {@code properties},
   * {@code required}, {@code additionalProperties} (objects are open unless it is {@code false}),
   * {@code items}, {@code prefixItems}, {@code enum}, {@code const}, {@code anyOf}, {@code oneOf},
   * {@code allOf} (of objects), and local {@code $ref}s ({@code #/$defs/...},
   * {@code #/definitions/...}). Anything else is open, so an unsupported keyword never causes a
   * false error.
   */
  public static Shape fromSchema(JsonNode schema) {
    return new SchemaReader(schema).read(schema, new HashSet<>());
  }

  private static final class SchemaReader {
    private final JsonNode root;

    SchemaReader(JsonNode root) {
      this.root = root;
    }

    Shape read(JsonNode schema, Set<String> refsInProgress) {
      if (schema == null || schema.isBoolean() || !schema.isObject()) {
        return schema != null && schema.isBoolean() && !schema.booleanValue() ? Shape.NOTHING : Shape.OPEN;
      }
      if (schema.has("$ref")) {
        String ref = schema.get("$ref").asText();
        if (!ref.startsWith("#") || !refsInProgress.add(ref)) {
          return Shape.OPEN; // a remote or recursive reference: open
        }
        JsonNode target = root.at(ref.substring(1));
        Shape shape = target.isMissingNode() ? Shape.OPEN : read(target, refsInProgress);
        refsInProgress.remove(ref);
        return shape;
      }
      if (schema.has("const")) {
        return Shapes.of(schema.get("const"), "the input schema");
      }
      if (schema.has("enum") && schema.get("enum").isArray()) {
        Shape joined = Shape.NOTHING;
        for (JsonNode value : schema.get("enum")) {
          joined = Shapes.join(joined, Shapes.of(value, "the input schema"));
        }
        return joined instanceof Shape.Nothing ? Shape.OPEN : joined;
      }
      for (String combinator : List.of("anyOf", "oneOf")) {
        if (schema.has(combinator) && schema.get(combinator).isArray()) {
          Shape joined = Shape.NOTHING;
          for (JsonNode option : schema.get(combinator)) {
            joined = Shapes.join(joined, read(option, refsInProgress));
          }
          return joined instanceof Shape.Nothing ? Shape.OPEN : joined;
        }
      }
      if (schema.has("allOf") && schema.get("allOf").isArray()) {
        return allOf(schema.get("allOf"), refsInProgress);
      }
      JsonNode type = schema.get("type");
      if (type == null) {
        return schema.has("properties") ? object(schema, refsInProgress) : Shape.OPEN;
      }
      if (type.isArray()) {
        Shape joined = Shape.NOTHING;
        for (JsonNode t : type) {
          joined = Shapes.join(joined, ofType(t.asText(), schema, refsInProgress));
        }
        return joined;
      }
      return ofType(type.asText(), schema, refsInProgress);
    }

    private Shape ofType(String type, JsonNode schema, Set<String> refs) {
      return switch (type) {
        case "object" -> object(schema, refs);
        case "array" -> array(schema, refs);
        case "string" -> Shape.STRING;
        case "number", "integer" -> Shape.NUMBER;
        case "boolean" -> Shape.BOOLEAN;
        case "null" -> Shape.NULL;
        default -> Shape.OPEN;
      };
    }

    private Shape object(JsonNode schema, Set<String> refs) {
      Set<String> required = new HashSet<>();
      schema.path("required").forEach(r -> required.add(r.asText()));
      Map<String, Field> fields = new LinkedHashMap<>();
      schema.path("properties").fields().forEachRemaining(e ->
          fields.put(e.getKey(), new Field(read(e.getValue(), refs), required.contains(e.getKey()))));
      JsonNode additional = schema.get("additionalProperties");
      boolean open = additional == null || !(additional.isBoolean() && !additional.booleanValue())
          || schema.has("patternProperties");
      return new ObjectShape(fields, open, "the input schema");
    }

    private Shape array(JsonNode schema, Set<String> refs) {
      if (schema.has("prefixItems") && schema.get("prefixItems").isArray()) {
        List<Shape> tuple = new ArrayList<>();
        Shape items = Shape.NOTHING;
        for (JsonNode item : schema.get("prefixItems")) {
          Shape s = read(item, refs);
          tuple.add(s);
          items = Shapes.join(items, s);
        }
        boolean closed = schema.has("items") && schema.get("items").isBoolean() && !schema.get("items").booleanValue();
        return new Shape.ArrayShape(items, closed ? tuple : null);
      }
      return Shape.ArrayShape.of(schema.has("items") ? read(schema.get("items"), refs) : Shape.OPEN);
    }

    private Shape allOf(JsonNode parts, Set<String> refs) {
      Map<String, Field> fields = new LinkedHashMap<>();
      boolean open = true;
      for (JsonNode part : parts) {
        Shape s = read(part, refs);
        if (!(s instanceof ObjectShape object)) {
          return Shape.OPEN;
        }
        fields.putAll(object.fields());
        open = open && object.open();
      }
      return new ObjectShape(fields, open, "the input schema");
    }
  }
}
