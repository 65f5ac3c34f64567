package dev.baton.model;

import dev.baton.expr.Jsonata;
import java.util.Objects;
import java.util.Optional;

/**
 * A field that holds either a literal or, in a JSONata state, a {@code {% %}} expression: for
 * example {@code TimeoutSeconds}, {@code MaxConcurrency}, {@code Seconds} or Fail {@code Error}.
 *
 * @param <T> the literal's type
 */
public sealed interface Value<T> permits Value.Literal, Value.Expression {

  /** A literal value written as plain JSON. */
  record Literal<T>(T value) implements Value<T> {
    /** Creates a literal. */
    public Literal {
      Objects.requireNonNull(value, "value");
    }

    /** Numbers compare by value: a percentage of {@code 5} equals one of {@code 5.0}. */
    @Override
    public boolean equals(Object o) {
      if (!(o instanceof Literal<?> other)) {
        return false;
      }
      if (value instanceof java.math.BigDecimal a && other.value instanceof java.math.BigDecimal b) {
        return a.compareTo(b) == 0;
      }
      return value.equals(other.value);
    }

    @Override
    public int hashCode() {
      return value instanceof java.math.BigDecimal d ? d.stripTrailingZeros().hashCode() : value.hashCode();
    }
  }

  /** A JSONata expression evaluated at run time. */
  record Expression<T>(Jsonata jsonata) implements Value<T> {
    /** Creates an expression value. */
    public Expression {
      Objects.requireNonNull(jsonata, "jsonata");
    }
  }

  /** A literal value. */
  static <T> Value<T> of(T value) {
    return new Literal<>(value);
  }

  /** A JSONata expression value. */
  static <T> Value<T> jsonata(Jsonata jsonata) {
    return new Expression<>(jsonata);
  }

  /** The literal, when this is one. */
  default Optional<T> literal() {
    return this instanceof Literal<T> l ? Optional.of(l.value()) : Optional.empty();
  }

  /** The expression, when this is one. */
  default Optional<Jsonata> expression() {
    return this instanceof Expression<T> e ? Optional.of(e.jsonata()) : Optional.empty();
  }
}
