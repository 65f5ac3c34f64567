package dev.baton.processor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.baton.diagnostics.DidYouMean;
import dev.baton.json.JsonPointers;
import dev.baton.model.ComparisonOperator;
import dev.baton.processor.Origins.Origin;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/** Reads one {@code @Rule} of a {@code @Choice} into an ASL Choice rule. */
final class RuleReader {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<String> OPERATORS =
      Arrays.stream(ComparisonOperator.values()).map(ComparisonOperator::aslName).toList();

  private RuleReader() {}

  /**
   * The rule as JSON.
   *
   * @param checkTarget checks that a {@code Next} names a state of the scope
   */
  static ObjectNode read(AnnotationMirror rule, Element member, String pointer, Reporter reporter, Origins origins,
      BiConsumer<String, Origin> checkTarget) {
    ObjectNode json = NODES.objectNode();
    AnnotationValue rawJson = DeclarationReader.value(rule, "json");
    AnnotationValue variable = DeclarationReader.value(rule, "variable");
    AnnotationValue operator = DeclarationReader.value(rule, "operator");
    AnnotationValue operand = DeclarationReader.value(rule, "value");
    AnnotationValue condition = DeclarationReader.value(rule, "condition");
    AnnotationValue next = DeclarationReader.value(rule, "next");
    AnnotationValue assign = DeclarationReader.value(rule, "assign");
    DeclarationReader reader = new DeclarationReader(reporter, origins);
    if (rawJson != null) {
      JsonNode parsed = reader.json(rawJson.getValue().toString(), "json", new Origin(member, rule, rawJson));
      if (parsed instanceof ObjectNode object) {
        json.setAll(object);
      } else if (parsed != null) {
        reporter.error("BatonBadJson", "a rule's json must be a JSON object such as {\"Not\": {...}}", member, rule,
            rawJson);
      }
    } else if (condition != null) {
      json.put("Condition", condition.getValue().toString());
      origins.put(JsonPointers.child(pointer, "Condition"), new Origin(member, rule, condition));
    } else if (variable != null && operator != null) {
      json.put("Variable", variable.getValue().toString());
      origins.put(JsonPointers.child(pointer, "Variable"), new Origin(member, rule, variable));
      String name = operator.getValue().toString();
      ComparisonOperator op = ComparisonOperator.fromAslName(name).orElse(null);
      if (op == null) {
        reporter.error("BatonUnknownOperator", "'" + name + "' is not a Choice comparison operator"
            + DidYouMean.hint(name, OPERATORS), member, rule, operator);
      } else {
        origins.put(JsonPointers.child(pointer, name), new Origin(member, rule, operand == null ? operator : operand));
        JsonNode value = operand(op, operand == null ? null : operand.getValue().toString());
        if (value == null) {
          reporter.error("BatonBadOperand", name + " compares with " + operandWanted(op) + ", not '"
              + (operand == null ? "" : operand.getValue()) + "'", member, rule, operand == null ? operator : operand);
        } else {
          json.set(name, value);
        }
      }
    } else {
      reporter.error("BatonIncompleteRule", "a @Rule needs variable and operator (with value), a condition, or json",
          member, rule, null);
    }
    if (next != null) {
      Origin origin = new Origin(member, rule, next);
      origins.put(JsonPointers.child(pointer, "Next"), origin);
      checkTarget.accept(next.getValue().toString(), origin);
      json.put("Next", next.getValue().toString());
    }
    if (assign != null) {
      JsonNode parsed = reader.json(assign.getValue().toString(), "assign", new Origin(member, rule, assign));
      if (parsed != null) {
        json.set("Assign", parsed);
      }
    }
    return json;
  }

  private static JsonNode operand(ComparisonOperator op, String text) {
    switch (op.operandKind()) {
      case NUMBER:
        try {
          return text == null ? null : NODES.numberNode(new BigDecimal(text.strip()));
        } catch (NumberFormatException e) {
          return null;
        }
      case BOOLEAN:
        return "true".equals(text) || "false".equals(text) ? NODES.booleanNode(Boolean.parseBoolean(text)) : null;
      case TYPE_TEST:
        return text == null ? NODES.booleanNode(true)
            : "true".equals(text) || "false".equals(text) ? NODES.booleanNode(Boolean.parseBoolean(text)) : null;
      default:
        return text == null ? null : NODES.textNode(text);
    }
  }

  private static String operandWanted(ComparisonOperator op) {
    return switch (op.operandKind()) {
      case NUMBER -> "a number";
      case BOOLEAN -> "true or false";
      case TYPE_TEST -> "true or false (true when omitted)";
      case TIMESTAMP -> "an RFC 3339 timestamp";
      case PATH -> "a path";
      default -> "a string";
    };
  }
}
