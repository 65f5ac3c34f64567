package dev.baton.model;

import dev.baton.expr.Jsonata;
import dev.baton.expr.Path;
import java.util.List;
import java.util.Objects;

/**
 * The boolean test of a Choice rule: a data-test {@link Comparison}, {@link And}, {@link Or},
 * {@link Not} (JSONPath states) or a JSONata {@link JsonataCondition}.
 */
public sealed interface Condition
    permits Condition.Comparison, Condition.And, Condition.Or, Condition.Not, Condition.JsonataCondition {

  /**
   * A data test: ASL {@code Variable} compared by one operator.
   *
   * @param variable the ASL {@code Variable} path (required)
   * @param operator the comparison operator (required)
   * @param operand a {@link Template.Literal} for literal and type-test operators, a
   *     {@link Template.Dynamic} holding a {@link Path} for the {@code ...Path} operators
   */
  record Comparison(Path variable, ComparisonOperator operator, Template operand) implements Condition {
    /** Creates a data test. */
    public Comparison {
      Objects.requireNonNull(variable, "variable");
      Objects.requireNonNull(operator, "operator");
      Objects.requireNonNull(operand, "operand");
      if (!(operand instanceof Template.Literal)
          && !(operand instanceof Template.Dynamic d && d.expression() instanceof Path)) {
        throw new IllegalArgumentException(
            operator.aslName() + " takes a JSON literal or a path, not " + operand);
      }
    }
  }

  /** ASL {@code And}: every nested rule holds. */
  record And(List<Condition> conditions) implements Condition {
    /** Creates an And rule, copying the list. */
    public And {
      conditions = List.copyOf(conditions);
    }
  }

  /** ASL {@code Or}: at least one nested rule holds. */
  record Or(List<Condition> conditions) implements Condition {
    /** Creates an Or rule, copying the list. */
    public Or {
      conditions = List.copyOf(conditions);
    }
  }

  /** ASL {@code Not}: the nested rule does not hold. */
  record Not(Condition condition) implements Condition {
    /** Creates a Not rule. */
    public Not {
      Objects.requireNonNull(condition, "condition");
    }
  }

  /** ASL {@code Condition} of a JSONata Choice rule: an expression or a boolean literal. */
  record JsonataCondition(Value<Boolean> condition) implements Condition {
    /** Creates a JSONata condition. */
    public JsonataCondition {
      Objects.requireNonNull(condition, "condition");
    }

    /** A condition from a JSONata expression. */
    public static JsonataCondition of(Jsonata expression) {
      return new JsonataCondition(Value.jsonata(expression));
    }
  }
}
