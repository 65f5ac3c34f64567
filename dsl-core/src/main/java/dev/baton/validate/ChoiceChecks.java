package dev.baton.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.model.ChoiceRule;
import dev.baton.model.ChoiceState;
import dev.baton.model.ComparisonOperator;
import dev.baton.model.Condition;
import dev.baton.model.State;
import dev.baton.model.Template;
import java.util.List;

/** Choice states: rules present, And/Or non-empty, operand types, timestamps, and a Default. */
final class ChoiceChecks {
  private ChoiceChecks() {}

  static void check(Definition d, Findings f) {
    for (State state : d.allStates()) {
      if (!(state instanceof ChoiceState choice)) {
        continue;
      }
      Where where = Where.of(d, state);
      if (choice.choices().isEmpty()) {
        f.report(Rule.CHOICE_CHOICES_NONEMPTY, d.pointerOf(state) + "/Choices", "Choice state '" + state.name()
            + "' has no rules; add at least one");
      }
      List<ChoiceRule> rules = choice.choices();
      for (int i = 0; i < rules.size(); i++) {
        condition(rules.get(i).condition(), where.field("Choices").index(i), state.name(), f);
      }
      if (choice.defaultState().isEmpty()) {
        f.report(Rule.LINT_CHOICE_NO_DEFAULT, d.pointerOf(state), "Choice state '" + state.name() + "' has no Default:"
            + " when no rule matches, the execution fails with States.NoChoiceMatched; add a Default if that is"
            + " not what you want");
      }
    }
  }

  private static void condition(Condition condition, Where where, String state, Findings f) {
    if (condition instanceof Condition.And and) {
      nested("And", and.conditions(), where, state, f);
    } else if (condition instanceof Condition.Or or) {
      nested("Or", or.conditions(), where, state, f);
    } else if (condition instanceof Condition.Not not) {
      condition(not.condition(), where.field("Not"), state, f);
    } else if (condition instanceof Condition.Comparison comparison) {
      operand(comparison, where, state, f);
    }
  }

  private static void nested(String name, List<Condition> conditions, Where where, String state, Findings f) {
    if (conditions.isEmpty()) {
      f.report(Rule.CHOICE_AND_NONEMPTY, where.pointer() + "/" + name, name + " in Choice state '" + state
          + "' holds no rule; give it at least one");
    }
    for (int i = 0; i < conditions.size(); i++) {
      condition(conditions.get(i), where.field(name).index(i), state, f);
    }
  }

  private static void operand(Condition.Comparison comparison, Where where, String state, Findings f) {
    ComparisonOperator operator = comparison.operator();
    if (!(comparison.operand() instanceof Template.Literal literal)) {
      return; // a path operand was checked when read
    }
    JsonNode value = literal.value();
    String expected = switch (operator.operandKind()) {
      case STRING, TIMESTAMP -> value.isTextual() ? null : "a string";
      case NUMBER -> value.isNumber() ? null : "a number";
      case BOOLEAN, TYPE_TEST -> value.isBoolean() ? null : "true or false";
      case PATH -> null;
    };
    if (expected != null) {
      f.report(Rule.CHOICE_OPERAND_TYPE, where.pointer() + "/" + operator.aslName(), operator.aslName() + " in Choice state '" + state + "' takes "
          + expected + ", not " + describe(value));
      return;
    }
    if (operator.operandKind() == ComparisonOperator.OperandKind.TIMESTAMP && !Timestamps.isValid(value.textValue())) {
      f.report(Rule.TIMESTAMP_FORMAT, where.pointer() + "/" + operator.aslName(), operator.aslName() + " in Choice state '" + state + "' compares with \""
          + value.textValue() + "\", not an RFC 3339 timestamp; write it like 2026-01-31T23:59:00Z");
    }
  }

  static String describe(JsonNode value) {
    if (value.isTextual()) {
      return "the string \"" + value.textValue() + "\"";
    }
    return value.isNull() ? "null" : value.toString();
  }
}
