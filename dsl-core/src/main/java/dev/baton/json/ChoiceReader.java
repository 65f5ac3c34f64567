package dev.baton.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.diagnostics.DidYouMean;
import dev.baton.model.ChoiceRule;
import dev.baton.model.ChoiceState;
import dev.baton.model.ComparisonOperator;
import dev.baton.model.Condition;
import dev.baton.model.Template;
import dev.baton.expr.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads Choice states: rules, nested And/Or/Not, data tests and JSONata conditions. */
final class ChoiceReader {
  private static final List<String> OPERATOR_NAMES =
      Arrays.stream(ComparisonOperator.values()).map(ComparisonOperator::aslName).toList();

  private final ModelReader reader;

  ChoiceReader(ModelReader reader) {
    this.reader = reader;
  }

  ChoiceState choice(ModelReader.StateReading in) {
    JsonNode n = in.node();
    String p = in.pointer();
    List<ChoiceRule> rules = new ArrayList<>();
    JsonNode node = n.get("Choices");
    if (node == null) {
      reader.error("choice.choices-required", p, "Choice state '" + in.name() + "' has no Choices; it is required");
    } else if (!node.isArray()) {
      reader.error("json.type", ReaderSupport.at(p, "Choices"), "Choices must be an array of rules, not " + ReaderSupport.kind(node));
    } else {
      for (int i = 0; i < node.size(); i++) {
        ChoiceRule rule = topRule(node.get(i), JsonPointers.child(ReaderSupport.at(p, "Choices"), i), in);
        if (rule != null) {
          rules.add(rule);
        }
      }
    }
    return ChoiceState.builder()
        .name(in.name())
        .comment(reader.string(n, p, "Comment"))
        .queryLanguage(in.own())
        .inputPath(reader.nullablePath(n, p, "InputPath"))
        .choices(rules)
        .defaultState(reader.string(n, p, "Default"))
        .outputPath(reader.nullablePath(n, p, "OutputPath"))
        .output(reader.template(n, p, "Output", true, "payload.dollar-key-path"))
        .assign(reader.assign(in))
        .build();
  }

  private ChoiceRule topRule(JsonNode rule, String pointer, ModelReader.StateReading in) {
    if (!rule.isObject()) {
      reader.error("json.type", pointer, "a Choice rule must be an object, not " + ReaderSupport.kind(rule));
      return null;
    }
    String next = reader.string(rule, pointer, "Next");
    if (!rule.has("Next")) {
      reader.error("choice.rule-next-required", pointer,
          "this Choice rule of state '" + in.name() + "' has no Next; a top-level rule must say where to go");
    }
    Condition condition = condition(rule, pointer, true);
    Template assign = reader.objectTemplate(rule, pointer, "Assign", in.jsonata(), "assign.dollar-key-path");
    Template output = reader.template(rule, pointer, "Output", true, "payload.dollar-key-path");
    if (condition == null || next == null) {
      return null;
    }
    return ChoiceRule.builder()
        .condition(condition)
        .next(next)
        .output(output)
        .assign(assign)
        .comment(reader.string(rule, pointer, "Comment"))
        .build();
  }

  private Condition condition(JsonNode rule, String pointer, boolean top) {
    if (!rule.isObject()) {
      reader.error("choice.not-object", pointer, "a nested Choice rule must be an object, not " + ReaderSupport.kind(rule));
      return null;
    }
    List<String> extra = new ArrayList<>();
    List<String> operators = new ArrayList<>();
    List<String> combinators = new ArrayList<>();
    rule.fieldNames().forEachRemaining(field -> {
      switch (field) {
        case "And", "Or", "Not", "Condition" -> combinators.add(field);
        case "Variable" -> { }
        case "Comment" -> { }
        case "Next", "Assign", "Output" -> {
          if (!top) {
            reader.error("choice.nested-no-next", ReaderSupport.at(pointer, field),
                field + " is only allowed on a top-level Choice rule, not inside And, Or or Not; move it up");
          }
        }
        default -> {
          if (ComparisonOperator.fromAslName(field).isPresent()) {
            operators.add(field);
          } else {
            extra.add(field);
          }
        }
      }
    });
    for (String field : extra) {
      List<String> known = new ArrayList<>(OPERATOR_NAMES);
      known.addAll(List.of("Variable", "And", "Or", "Not", "Condition", "Next", "Output", "Assign", "Comment"));
      reader.error("state.unknown-field", ReaderSupport.at(pointer, field),
          "unknown field '" + field + "' in a Choice rule" + DidYouMean.hint(field, known));
    }
    if (combinators.size() + operators.size() > 1 || (!combinators.isEmpty() && rule.has("Variable"))) {
      List<String> all = new ArrayList<>(combinators);
      all.addAll(operators);
      reader.error("choice.one-operator", pointer, "a Choice rule has exactly one test, but this one has "
          + String.join(", ", all) + (rule.has("Variable") && !combinators.isEmpty() ? " and a Variable" : "")
          + "; split it with And or Or");
      return null;
    }
    if (combinators.isEmpty() && operators.isEmpty()) {
      reader.error("choice.operator-required", pointer, "this Choice rule has no test: add a comparison such as"
          + " StringEquals with a Variable, And, Or, Not, or a JSONata Condition");
      return null;
    }
    if (!combinators.isEmpty()) {
      return combinator(rule, pointer, combinators.get(0));
    }
    return comparison(rule, pointer, operators.get(0));
  }

  private Condition combinator(JsonNode rule, String pointer, String field) {
    JsonNode value = rule.get(field);
    String p = ReaderSupport.at(pointer, field);
    switch (field) {
      case "Not":
        if (!value.isObject()) {
          reader.error("choice.not-object", p, "Not takes one rule object, not " + ReaderSupport.kind(value));
          return null;
        }
        Condition inner = condition(value, p, false);
        return inner == null ? null : new Condition.Not(inner);
      case "Condition":
        if (value.isBoolean()) {
          return new Condition.JsonataCondition(dev.baton.model.Value.of(value.booleanValue()));
        }
        if (!value.isTextual() || !dev.baton.expr.Jsonata.isTemplate(value.textValue())) {
          reader.error("json.type", p, "Condition must be a {% %} JSONata expression, not " + ReaderSupport.kind(value));
          return null;
        }
        dev.baton.expr.Jsonata jsonata = reader.jsonata(value.textValue(), p);
        return jsonata == null ? null : Condition.JsonataCondition.of(jsonata);
      default:
        if (!value.isArray()) {
          reader.error("json.type", p, field + " takes an array of rules, not " + ReaderSupport.kind(value));
          return null;
        }
        List<Condition> conditions = new ArrayList<>();
        boolean complete = true;
        for (int i = 0; i < value.size(); i++) {
          Condition c = condition(value.get(i), JsonPointers.child(p, i), false);
          if (c == null) {
            complete = false;
          } else {
            conditions.add(c);
          }
        }
        if (!complete) {
          return null;
        }
        return field.equals("And") ? new Condition.And(conditions) : new Condition.Or(conditions);
    }
  }

  private Condition comparison(JsonNode rule, String pointer, String operatorName) {
    ComparisonOperator operator = ComparisonOperator.fromAslName(operatorName).orElseThrow();
    if (!rule.has("Variable")) {
      reader.error("choice.variable-required", pointer, operatorName + " needs a Variable: the path of the value to test");
      return null;
    }
    String variableText = reader.string(rule, pointer, "Variable");
    Path variable = variableText == null ? null
        : reader.parsePath(variableText, ReaderSupport.at(pointer, "Variable"), "Variable", "choice.variable-path");
    String operandPointer = ReaderSupport.at(pointer, operatorName);
    JsonNode value = rule.get(operatorName);
    Template operand;
    if (operator.operandKind() == ComparisonOperator.OperandKind.PATH) {
      if (!value.isTextual()) {
        reader.error("json.type", operandPointer, operatorName + " takes a path string, not " + ReaderSupport.kind(value));
        return null;
      }
      Path path = reader.parsePath(value.textValue(), operandPointer, operatorName);
      operand = path == null ? null : new Template.Dynamic(path);
    } else if (value.isContainerNode()) {
      reader.error("choice.operand-type", operandPointer, operatorName + " takes a single value, not " + ReaderSupport.kind(value));
      return null;
    } else {
      operand = new Template.Literal(value);
    }
    if (variable == null || operand == null) {
      return null;
    }
    return new Condition.Comparison(variable, operator, operand);
  }
}
