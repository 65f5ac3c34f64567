package dev.baton.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.diagnostics.DidYouMean;
import dev.baton.diagnostics.Diagnostic;
import dev.baton.diagnostics.Layer;
import dev.baton.expr.ExpressionException;
import dev.baton.expr.Jsonata;
import dev.baton.expr.Path;
import dev.baton.expr.ReferencePath;
import dev.baton.model.NullablePath;
import dev.baton.model.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Typed access to the fields of a JSON tree, collecting a problem, with its JSON pointer, for
 * every value of the wrong type instead of stopping at the first.
 */
class ReaderSupport {
  private final List<Diagnostic> problems = new ArrayList<>();

  List<Diagnostic> problems() {
    return problems;
  }

  void error(String rule, String pointer, String message) {
    problems.add(Diagnostic.error(rule, Layer.STRUCTURE, pointer, message));
  }

  void syntax(String rule, String pointer, String message) {
    problems.add(Diagnostic.error(rule, Layer.SYNTAX, pointer, message));
  }

  /** Reports every field of {@code object} that is not in {@code allowed}. */
  void checkFields(JsonNode object, String pointer, Collection<String> allowed, String what) {
    object.fieldNames().forEachRemaining(name -> {
      if (!allowed.contains(name)) {
        error("state.unknown-field", JsonPointers.child(pointer, name),
            "unknown field '" + name + "' in " + what + DidYouMean.hint(name, allowed)
                + "; allowed: " + String.join(", ", allowed));
      }
    });
  }

  static String at(String pointer, String field) {
    return JsonPointers.child(pointer, field);
  }

  String string(JsonNode object, String pointer, String field) {
    JsonNode value = object.get(field);
    if (value == null) {
      return null;
    }
    if (!value.isTextual()) {
      error("json.type", at(pointer, field), field + " must be a string, not " + kind(value));
      return null;
    }
    return value.textValue();
  }

  String requiredString(JsonNode object, String pointer, String field, String rule, String what) {
    if (!object.has(field)) {
      error(rule, pointer, what + " has no " + field + "; it is required");
      return null;
    }
    return string(object, pointer, field);
  }

  Boolean bool(JsonNode object, String pointer, String field) {
    JsonNode value = object.get(field);
    if (value == null) {
      return null;
    }
    if (!value.isBoolean()) {
      error("json.type", at(pointer, field), field + " must be true or false, not " + kind(value));
      return null;
    }
    return value.booleanValue();
  }

  Integer integer(JsonNode object, String pointer, String field) {
    JsonNode value = object.get(field);
    if (value == null) {
      return null;
    }
    return toInteger(value, at(pointer, field), field);
  }

  private Integer toInteger(JsonNode value, String pointer, String field) {
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      if (value.isNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0
          && value.decimalValue().abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0) {
        return value.decimalValue().intValueExact();
      }
      error("json.type", pointer, field + " must be an integer, not " + kind(value));
      return null;
    }
    return value.intValue();
  }

  BigDecimal number(JsonNode object, String pointer, String field) {
    JsonNode value = object.get(field);
    if (value == null) {
      return null;
    }
    if (!value.isNumber()) {
      error("json.type", at(pointer, field), field + " must be a number, not " + kind(value));
      return null;
    }
    BigDecimal number = value.decimalValue();
    // A number like 1e-999999999 is valid JSON but no field means it; printing it would take gigabytes.
    if (Math.abs((long) number.scale()) > 1000 || number.precision() - (long) number.scale() > 1000) {
      error("json.type", at(pointer, field), field + " is a number far outside any range ASL allows");
      return null;
    }
    return number;
  }

  /** An integer field that a JSONata state may also give as a {@code {% %}} expression. */
  Value<Integer> intValue(JsonNode object, String pointer, String field) {
    JsonNode value = object.get(field);
    if (value == null) {
      return null;
    }
    if (value.isTextual()) {
      Jsonata jsonata = jsonataOrReport(value.textValue(), at(pointer, field), field + " must be an integer or a {% %} JSONata expression");
      return jsonata == null ? null : Value.jsonata(jsonata);
    }
    Integer literal = toInteger(value, at(pointer, field), field);
    return literal == null ? null : Value.of(literal);
  }

  /** A number field that a JSONata state may also give as a {@code {% %}} expression. */
  Value<BigDecimal> numberValue(JsonNode object, String pointer, String field) {
    JsonNode value = object.get(field);
    if (value == null) {
      return null;
    }
    if (value.isTextual()) {
      Jsonata jsonata = jsonataOrReport(value.textValue(), at(pointer, field), field + " must be a number or a {% %} JSONata expression");
      return jsonata == null ? null : Value.jsonata(jsonata);
    }
    BigDecimal literal = number(object, pointer, field);
    return literal == null ? null : Value.of(literal);
  }

  /** A string field whose value may be a {@code {% %}} expression (in JSONata states). */
  Value<String> stringValue(JsonNode object, String pointer, String field, boolean jsonataState) {
    String text = string(object, pointer, field);
    if (text == null) {
      return null;
    }
    if (jsonataState && Jsonata.isTemplate(text)) {
      Jsonata jsonata = jsonata(text, at(pointer, field));
      return jsonata == null ? null : Value.jsonata(jsonata);
    }
    return Value.of(text);
  }

  private Jsonata jsonataOrReport(String text, String pointer, String expectation) {
    if (!Jsonata.isTemplate(text)) {
      error("json.type", pointer, expectation + ", not the string \"" + abbreviate(text) + "\"");
      return null;
    }
    return jsonata(text, pointer);
  }

  Jsonata jsonata(String text, String pointer) {
    try {
      return Jsonata.parseTemplate(text);
    } catch (ExpressionException e) {
      syntax("jsonata.syntax", pointer, "invalid JSONata expression: " + e.getMessage());
      return null;
    }
  }

  Path path(JsonNode object, String pointer, String field) {
    String text = string(object, pointer, field);
    return text == null ? null : parsePath(text, at(pointer, field), field);
  }

  Path parsePath(String text, String pointer, String field) {
    return parsePath(text, pointer, field, "path.syntax");
  }

  Path parsePath(String text, String pointer, String field, String rule) {
    try {
      return Path.of(text);
    } catch (ExpressionException e) {
      syntax(rule, pointer, field + " is not a valid path: " + e.getMessage());
      return null;
    }
  }

  /** The rule id for a bad intrinsic function: unknown name, wrong arity, bad argument, or syntax. */
  static String intrinsicRule(ExpressionException e) {
    return switch (e.kind()) {
      case UNKNOWN_FUNCTION -> "intrinsic.unknown";
      case ARITY -> "intrinsic.arity";
      case ARGUMENT -> "intrinsic.argument";
      default -> "intrinsic.syntax";
    };
  }

  ReferencePath referencePath(JsonNode object, String pointer, String field) {
    String text = string(object, pointer, field);
    return text == null ? null : parseReferencePath(text, at(pointer, field), field);
  }

  ReferencePath parseReferencePath(String text, String pointer, String field) {
    Path path = parsePath(text, pointer, field);
    if (path == null) {
      return null;
    }
    if (path instanceof ReferencePath reference) {
      return reference;
    }
    try {
      return path.asReference();
    } catch (ExpressionException e) {
      syntax("path.refpath-no-wildcard", pointer, field + " must be a Reference Path: " + e.getMessage());
      return null;
    }
  }

  /** InputPath or OutputPath: a path, or JSON null. */
  NullablePath<Path> nullablePath(JsonNode object, String pointer, String field) {
    JsonNode value = object.get(field);
    if (value == null) {
      return null;
    }
    if (value.isNull()) {
      return NullablePath.nullValue();
    }
    Path path = path(object, pointer, field);
    return path == null ? null : NullablePath.of(path);
  }

  /** ResultPath: a Reference Path, or JSON null. */
  NullablePath<ReferencePath> nullableReferencePath(JsonNode object, String pointer, String field) {
    JsonNode value = object.get(field);
    if (value == null) {
      return null;
    }
    if (value.isNull()) {
      return NullablePath.nullValue();
    }
    ReferencePath path = referencePath(object, pointer, field);
    return path == null ? null : NullablePath.of(path);
  }

  List<String> stringList(JsonNode object, String pointer, String field) {
    JsonNode value = object.get(field);
    List<String> strings = new ArrayList<>();
    if (value == null) {
      return strings;
    }
    if (!value.isArray()) {
      error("json.type", at(pointer, field), field + " must be an array of strings, not " + kind(value));
      return strings;
    }
    for (int i = 0; i < value.size(); i++) {
      JsonNode item = value.get(i);
      if (item.isTextual()) {
        strings.add(item.textValue());
      } else {
        error("json.type", JsonPointers.child(at(pointer, field), i), field + " entries must be strings, not " + kind(item));
      }
    }
    return strings;
  }

  JsonNode object(JsonNode parent, String pointer, String field) {
    JsonNode value = parent.get(field);
    if (value == null) {
      return null;
    }
    if (!value.isObject()) {
      error("json.type", at(pointer, field), field + " must be an object, not " + kind(value));
      return null;
    }
    return value;
  }

  <E extends Enum<E>> E enumValue(JsonNode object, String pointer, String field, Class<E> type, String rule) {
    String text = string(object, pointer, field);
    if (text == null) {
      return null;
    }
    List<String> names = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text)) {
        return constant;
      }
      names.add(constant.name());
    }
    error(rule, at(pointer, field), field + " must be one of " + String.join(", ", names) + ", not \"" + text + "\""
        + DidYouMean.hint(text, names));
    return null;
  }

  static String kind(JsonNode value) {
    if (value.isTextual()) {
      return "the string \"" + abbreviate(value.textValue()) + "\"";
    }
    if (value.isNumber()) {
      return "the number " + abbreviate(value.isBigDecimal() ? value.decimalValue().toString() : value.asText());
    }
    if (value.isBoolean()) {
      return value.asText();
    }
    if (value.isNull()) {
      return "null";
    }
    return value.isArray() ? "an array" : "an object";
  }

  static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }
}
