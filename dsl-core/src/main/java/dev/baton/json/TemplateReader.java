package dev.baton.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.expr.ExpressionException;
import dev.baton.expr.Intrinsic;
import dev.baton.expr.Jsonata;
import dev.baton.expr.Path;
import dev.baton.model.Template;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads payload templates (JSONPath) and JSONata values into {@link Template}s. */
class TemplateReader extends ReaderSupport {

  /**
   * Reads a JSONPath Payload Template: a {@code name.$} key's value must be a path or an
   * intrinsic function, and is kept as a {@link Template.Dynamic} under {@code name}.
   */
  Template payloadTemplate(JsonNode value, String pointer, String field, String rule) {
    if (value.isObject()) {
      Map<String, Template> fields = new LinkedHashMap<>();
      Iterator<Map.Entry<String, JsonNode>> entries = value.fields();
      while (entries.hasNext()) {
        Map.Entry<String, JsonNode> entry = entries.next();
        String key = entry.getKey();
        String childPointer = JsonPointers.child(pointer, key);
        Template child;
        String name = key;
        if (key.endsWith(".$")) {
          name = key.substring(0, key.length() - 2);
          child = dynamic(entry.getValue(), childPointer, key, rule);
        } else {
          child = payloadTemplate(entry.getValue(), childPointer, field, rule);
        }
        if (fields.containsKey(name)) {
          syntax("payload.duplicate-key", childPointer,
              "'" + key + "' and '" + (key.equals(name) ? name + ".$" : name)
                  + "' both set the field '" + name + "' in " + field + "; keep one");
          continue;
        }
        if (child != null) {
          fields.put(name, child);
        }
      }
      return new Template.ObjectTemplate(fields);
    }
    if (value.isArray()) {
      List<Template> items = new ArrayList<>(value.size());
      for (int i = 0; i < value.size(); i++) {
        Template item = payloadTemplate(value.get(i), JsonPointers.child(pointer, i), field, rule);
        if (item != null) {
          items.add(item);
        }
      }
      return new Template.ArrayTemplate(items);
    }
    return new Template.Literal(value);
  }

  private Template dynamic(JsonNode value, String pointer, String key, String rule) {
    if (!value.isTextual()) {
      syntax(rule, pointer, "the value of '" + key + "' must be a path or an intrinsic function string, not "
          + kind(value) + "; to set a literal, drop the '.$' suffix");
      return null;
    }
    String text = value.textValue();
    try {
      if (text.startsWith("$")) {
        return new Template.Dynamic(Path.of(text));
      }
      if (text.startsWith("States.") || looksLikeCall(text)) {
        return new Template.Dynamic(Intrinsic.parse(text));
      }
    } catch (ExpressionException e) {
      syntax(text.startsWith("$") ? rule : intrinsicRule(e), pointer,
          "the value of '" + key + "' is not valid: " + e.getMessage());
      return null;
    }
    syntax(rule, pointer, "the value of '" + key + "' must be a path (starting with $) or an intrinsic function"
        + " (States.*), not \"" + abbreviate(text) + "\"; to set a literal string, drop the '.$' suffix");
    return null;
  }

  /** Whether text looks like a function call, such as a misspelt intrinsic ({@code states.Format(...)}). */
  static boolean looksLikeCall(String text) {
    int paren = text.indexOf('(');
    return paren > 0 && text.substring(0, paren).matches("[A-Za-z_][A-Za-z0-9_.]*");
  }

  /** Reads a JSONata-state value: any JSON, where {@code {% %}} strings are expressions. */
  Template jsonataTemplate(JsonNode value, String pointer) {
    if (value.isObject()) {
      Map<String, Template> fields = new LinkedHashMap<>();
      value.fields().forEachRemaining(e -> {
        Template child = jsonataTemplate(e.getValue(), JsonPointers.child(pointer, e.getKey()));
        if (child != null) {
          fields.put(e.getKey(), child);
        }
      });
      return new Template.ObjectTemplate(fields);
    }
    if (value.isArray()) {
      List<Template> items = new ArrayList<>(value.size());
      for (int i = 0; i < value.size(); i++) {
        Template item = jsonataTemplate(value.get(i), JsonPointers.child(pointer, i));
        if (item != null) {
          items.add(item);
        }
      }
      return new Template.ArrayTemplate(items);
    }
    if (value.isTextual() && Jsonata.isTemplate(value.textValue())) {
      Jsonata jsonata = jsonata(value.textValue(), pointer);
      return jsonata == null ? null : new Template.JsonataValue(jsonata);
    }
    return new Template.Literal(value);
  }

  /** A template field read the JSONPath way or the JSONata way. */
  Template template(JsonNode object, String pointer, String field, boolean jsonata, String rule) {
    JsonNode value = object.get(field);
    if (value == null) {
      return null;
    }
    return jsonata ? jsonataTemplate(value, at(pointer, field)) : payloadTemplate(value, at(pointer, field), field, rule);
  }

  /** A JSONPath payload template field, which must be an object. */
  Template objectTemplate(JsonNode object, String pointer, String field, boolean jsonata, String rule) {
    JsonNode value = object.get(field);
    if (value == null) {
      return null;
    }
    if (!value.isObject() && !(jsonata && value.isTextual())) {
      error("json.type", at(pointer, field), field + " must be an object"
          + (jsonata ? " or a {% %} expression" : "") + ", not " + kind(value));
      return null;
    }
    return template(object, pointer, field, jsonata, rule);
  }
}
