package dev.baton.dsl;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.baton.expr.Path;
import dev.baton.model.ComparisonOperator;
import dev.baton.model.Condition;
import dev.baton.model.Template;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The value a Choice rule tests (ASL {@code Variable}), with one method per comparison operator.
 * Obtain one with {@link Baton#variable(String)}.
 */
public final class ChoiceVariable {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private final Path path;

  ChoiceVariable(Path path) {
    this.path = path;
  }

  /** The tested path. */
  public Path path() {
    return path;
  }

  private Condition literal(ComparisonOperator operator, com.fasterxml.jackson.databind.JsonNode value) {
    return new Condition.Comparison(path, operator, new Template.Literal(value));
  }

  private Condition other(ComparisonOperator operator, Path other) {
    return new Condition.Comparison(path, operator, new Template.Dynamic(other));
  }

  private static String timestamp(OffsetDateTime time) {
    return time.withOffsetSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  /** ASL {@code StringEquals}. */
  public Condition stringEquals(String value) {
    return literal(ComparisonOperator.STRING_EQUALS, NODES.textNode(value));
  }

  /** ASL {@code StringEqualsPath}. */
  public Condition stringEquals(Path other) {
    return other(ComparisonOperator.STRING_EQUALS_PATH, other);
  }

  /** ASL {@code StringLessThan}. */
  public Condition stringLessThan(String value) {
    return literal(ComparisonOperator.STRING_LESS_THAN, NODES.textNode(value));
  }

  /** ASL {@code StringLessThanPath}. */
  public Condition stringLessThan(Path other) {
    return other(ComparisonOperator.STRING_LESS_THAN_PATH, other);
  }

  /** ASL {@code StringGreaterThan}. */
  public Condition stringGreaterThan(String value) {
    return literal(ComparisonOperator.STRING_GREATER_THAN, NODES.textNode(value));
  }

  /** ASL {@code StringGreaterThanPath}. */
  public Condition stringGreaterThan(Path other) {
    return other(ComparisonOperator.STRING_GREATER_THAN_PATH, other);
  }

  /** ASL {@code StringLessThanEquals}. */
  public Condition stringLessThanEquals(String value) {
    return literal(ComparisonOperator.STRING_LESS_THAN_EQUALS, NODES.textNode(value));
  }

  /** ASL {@code StringLessThanEqualsPath}. */
  public Condition stringLessThanEquals(Path other) {
    return other(ComparisonOperator.STRING_LESS_THAN_EQUALS_PATH, other);
  }

  /** ASL {@code StringGreaterThanEquals}. */
  public Condition stringGreaterThanEquals(String value) {
    return literal(ComparisonOperator.STRING_GREATER_THAN_EQUALS, NODES.textNode(value));
  }

  /** ASL {@code StringGreaterThanEqualsPath}. */
  public Condition stringGreaterThanEquals(Path other) {
    return other(ComparisonOperator.STRING_GREATER_THAN_EQUALS_PATH, other);
  }

  /** ASL {@code StringMatches}: {@code *} matches any run of characters; escape with {@code \}. */
  public Condition stringMatches(String pattern) {
    return literal(ComparisonOperator.STRING_MATCHES, NODES.textNode(pattern));
  }

  /** ASL {@code NumericEquals}. */
  public Condition numericEquals(Number value) {
    return literal(ComparisonOperator.NUMERIC_EQUALS, number(value));
  }

  /** ASL {@code NumericEqualsPath}. */
  public Condition numericEquals(Path other) {
    return other(ComparisonOperator.NUMERIC_EQUALS_PATH, other);
  }

  /** ASL {@code NumericLessThan}. */
  public Condition numericLessThan(Number value) {
    return literal(ComparisonOperator.NUMERIC_LESS_THAN, number(value));
  }

  /** ASL {@code NumericLessThanPath}. */
  public Condition numericLessThan(Path other) {
    return other(ComparisonOperator.NUMERIC_LESS_THAN_PATH, other);
  }

  /** ASL {@code NumericGreaterThan}. */
  public Condition numericGreaterThan(Number value) {
    return literal(ComparisonOperator.NUMERIC_GREATER_THAN, number(value));
  }

  /** ASL {@code NumericGreaterThanPath}. */
  public Condition numericGreaterThan(Path other) {
    return other(ComparisonOperator.NUMERIC_GREATER_THAN_PATH, other);
  }

  /** ASL {@code NumericLessThanEquals}. */
  public Condition numericLessThanEquals(Number value) {
    return literal(ComparisonOperator.NUMERIC_LESS_THAN_EQUALS, number(value));
  }

  /** ASL {@code NumericLessThanEqualsPath}. */
  public Condition numericLessThanEquals(Path other) {
    return other(ComparisonOperator.NUMERIC_LESS_THAN_EQUALS_PATH, other);
  }

  /** ASL {@code NumericGreaterThanEquals}. */
  public Condition numericGreaterThanEquals(Number value) {
    return literal(ComparisonOperator.NUMERIC_GREATER_THAN_EQUALS, number(value));
  }

  /** ASL {@code NumericGreaterThanEqualsPath}. */
  public Condition numericGreaterThanEquals(Path other) {
    return other(ComparisonOperator.NUMERIC_GREATER_THAN_EQUALS_PATH, other);
  }

  /** ASL {@code BooleanEquals}. */
  public Condition booleanEquals(boolean value) {
    return literal(ComparisonOperator.BOOLEAN_EQUALS, NODES.booleanNode(value));
  }

  /** ASL {@code BooleanEqualsPath}. */
  public Condition booleanEquals(Path other) {
    return other(ComparisonOperator.BOOLEAN_EQUALS_PATH, other);
  }

  /** ASL {@code TimestampEquals}; the time is written in RFC 3339 UTC form. */
  public Condition timestampEquals(OffsetDateTime value) {
    return literal(ComparisonOperator.TIMESTAMP_EQUALS, NODES.textNode(timestamp(value)));
  }

  /** ASL {@code TimestampEqualsPath}. */
  public Condition timestampEquals(Path other) {
    return other(ComparisonOperator.TIMESTAMP_EQUALS_PATH, other);
  }

  /** ASL {@code TimestampLessThan}. */
  public Condition timestampLessThan(OffsetDateTime value) {
    return literal(ComparisonOperator.TIMESTAMP_LESS_THAN, NODES.textNode(timestamp(value)));
  }

  /** ASL {@code TimestampLessThanPath}. */
  public Condition timestampLessThan(Path other) {
    return other(ComparisonOperator.TIMESTAMP_LESS_THAN_PATH, other);
  }

  /** ASL {@code TimestampGreaterThan}. */
  public Condition timestampGreaterThan(OffsetDateTime value) {
    return literal(ComparisonOperator.TIMESTAMP_GREATER_THAN, NODES.textNode(timestamp(value)));
  }

  /** ASL {@code TimestampGreaterThanPath}. */
  public Condition timestampGreaterThan(Path other) {
    return other(ComparisonOperator.TIMESTAMP_GREATER_THAN_PATH, other);
  }

  /** ASL {@code TimestampLessThanEquals}. */
  public Condition timestampLessThanEquals(OffsetDateTime value) {
    return literal(ComparisonOperator.TIMESTAMP_LESS_THAN_EQUALS, NODES.textNode(timestamp(value)));
  }

  /** ASL {@code TimestampLessThanEqualsPath}. */
  public Condition timestampLessThanEquals(Path other) {
    return other(ComparisonOperator.TIMESTAMP_LESS_THAN_EQUALS_PATH, other);
  }

  /** ASL {@code TimestampGreaterThanEquals}. */
  public Condition timestampGreaterThanEquals(OffsetDateTime value) {
    return literal(ComparisonOperator.TIMESTAMP_GREATER_THAN_EQUALS, NODES.textNode(timestamp(value)));
  }

  /** ASL {@code TimestampGreaterThanEqualsPath}. */
  public Condition timestampGreaterThanEquals(Path other) {
    return other(ComparisonOperator.TIMESTAMP_GREATER_THAN_EQUALS_PATH, other);
  }

  /** ASL {@code "IsNull": true}. */
  public Condition isNull() {
    return literal(ComparisonOperator.IS_NULL, NODES.booleanNode(true));
  }

  /** ASL {@code "IsPresent": true}. */
  public Condition isPresent() {
    return literal(ComparisonOperator.IS_PRESENT, NODES.booleanNode(true));
  }

  /** ASL {@code "IsPresent": false}. */
  public Condition isNotPresent() {
    return literal(ComparisonOperator.IS_PRESENT, NODES.booleanNode(false));
  }

  /** ASL {@code "IsNumeric": true}. */
  public Condition isNumeric() {
    return literal(ComparisonOperator.IS_NUMERIC, NODES.booleanNode(true));
  }

  /** ASL {@code "IsString": true}. */
  public Condition isString() {
    return literal(ComparisonOperator.IS_STRING, NODES.booleanNode(true));
  }

  /** ASL {@code "IsBoolean": true}. */
  public Condition isBoolean() {
    return literal(ComparisonOperator.IS_BOOLEAN, NODES.booleanNode(true));
  }

  /** ASL {@code "IsTimestamp": true}. */
  public Condition isTimestamp() {
    return literal(ComparisonOperator.IS_TIMESTAMP, NODES.booleanNode(true));
  }

  /** A type test with an explicit expectation, e.g. {@code typeTest(IS_NULL, false)}. */
  public Condition typeTest(ComparisonOperator operator, boolean expected) {
    if (operator.operandKind() != ComparisonOperator.OperandKind.TYPE_TEST) {
      throw new IllegalArgumentException(operator.aslName() + " is not a type test (IsNull, IsPresent, ...)");
    }
    return literal(operator, NODES.booleanNode(expected));
  }

  private static com.fasterxml.jackson.databind.JsonNode number(Number value) {
    if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
      return Template.integer(value.longValue());
    }
    if (value instanceof java.math.BigInteger big) {
      return NODES.numberNode(big);
    }
    if (value instanceof BigDecimal decimal) {
      return NODES.numberNode(decimal);
    }
    double d = value.doubleValue();
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      throw new IllegalArgumentException("a Choice rule compares with a finite number, not " + value);
    }
    // toString keeps what the caller wrote: 1.1f stays 1.1, not 1.100000023841858.
    return NODES.numberNode(new BigDecimal(value.toString()));
  }
}
