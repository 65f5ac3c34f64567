package dev.baton.model;

import java.util.Optional;

/**
 * A Choice data-test operator: ASL {@code StringEquals}, {@code NumericLessThanPath},
 * {@code IsPresent} and the rest.
 *
 * <p>Each operator knows the kind of operand it takes: a literal of one JSON type, a path to
 * compare against (the {@code ...Path} forms), or a boolean for the type tests ({@code Is...}).
 */
public enum ComparisonOperator {
  STRING_EQUALS("StringEquals", OperandKind.STRING),
  STRING_EQUALS_PATH("StringEqualsPath", OperandKind.PATH),
  STRING_LESS_THAN("StringLessThan", OperandKind.STRING),
  STRING_LESS_THAN_PATH("StringLessThanPath", OperandKind.PATH),
  STRING_GREATER_THAN("StringGreaterThan", OperandKind.STRING),
  STRING_GREATER_THAN_PATH("StringGreaterThanPath", OperandKind.PATH),
  STRING_LESS_THAN_EQUALS("StringLessThanEquals", OperandKind.STRING),
  STRING_LESS_THAN_EQUALS_PATH("StringLessThanEqualsPath", OperandKind.PATH),
  STRING_GREATER_THAN_EQUALS("StringGreaterThanEquals", OperandKind.STRING),
  STRING_GREATER_THAN_EQUALS_PATH("StringGreaterThanEqualsPath", OperandKind.PATH),
  STRING_MATCHES("StringMatches", OperandKind.STRING),
  NUMERIC_EQUALS("NumericEquals", OperandKind.NUMBER),
  NUMERIC_EQUALS_PATH("NumericEqualsPath", OperandKind.PATH),
  NUMERIC_LESS_THAN("NumericLessThan", OperandKind.NUMBER),
  NUMERIC_LESS_THAN_PATH("NumericLessThanPath", OperandKind.PATH),
  NUMERIC_GREATER_THAN("NumericGreaterThan", OperandKind.NUMBER),
  NUMERIC_GREATER_THAN_PATH("NumericGreaterThanPath", OperandKind.PATH),
  NUMERIC_LESS_THAN_EQUALS("NumericLessThanEquals", OperandKind.NUMBER),
  NUMERIC_LESS_THAN_EQUALS_PATH("NumericLessThanEqualsPath", OperandKind.PATH),
  NUMERIC_GREATER_THAN_EQUALS("NumericGreaterThanEquals", OperandKind.NUMBER),
  NUMERIC_GREATER_THAN_EQUALS_PATH("NumericGreaterThanEqualsPath", OperandKind.PATH),
  BOOLEAN_EQUALS("BooleanEquals", OperandKind.BOOLEAN),
  BOOLEAN_EQUALS_PATH("BooleanEqualsPath", OperandKind.PATH),
  TIMESTAMP_EQUALS("TimestampEquals", OperandKind.TIMESTAMP),
  TIMESTAMP_EQUALS_PATH("TimestampEqualsPath", OperandKind.PATH),
  TIMESTAMP_LESS_THAN("TimestampLessThan", OperandKind.TIMESTAMP),
  TIMESTAMP_LESS_THAN_PATH("TimestampLessThanPath", OperandKind.PATH),
  TIMESTAMP_GREATER_THAN("TimestampGreaterThan", OperandKind.TIMESTAMP),
  TIMESTAMP_GREATER_THAN_PATH("TimestampGreaterThanPath", OperandKind.PATH),
  TIMESTAMP_LESS_THAN_EQUALS("TimestampLessThanEquals", OperandKind.TIMESTAMP),
  TIMESTAMP_LESS_THAN_EQUALS_PATH("TimestampLessThanEqualsPath", OperandKind.PATH),
  TIMESTAMP_GREATER_THAN_EQUALS("TimestampGreaterThanEquals", OperandKind.TIMESTAMP),
  TIMESTAMP_GREATER_THAN_EQUALS_PATH("TimestampGreaterThanEqualsPath", OperandKind.PATH),
  IS_NULL("IsNull", OperandKind.TYPE_TEST),
  IS_PRESENT("IsPresent", OperandKind.TYPE_TEST),
  IS_NUMERIC("IsNumeric", OperandKind.TYPE_TEST),
  IS_STRING("IsString", OperandKind.TYPE_TEST),
  IS_BOOLEAN("IsBoolean", OperandKind.TYPE_TEST),
  IS_TIMESTAMP("IsTimestamp", OperandKind.TYPE_TEST);

  /** What an operator compares the variable with. */
  public enum OperandKind {
    /** A JSON string literal. */
    STRING,
    /** A JSON number literal. */
    NUMBER,
    /** A JSON boolean literal. */
    BOOLEAN,
    /** An RFC 3339 timestamp string literal. */
    TIMESTAMP,
    /** A path to another value of the input, context or a variable. */
    PATH,
    /** {@code true} or {@code false}: whether the type test should hold. */
    TYPE_TEST
  }

  private final String aslName;
  private final OperandKind operandKind;

  ComparisonOperator(String aslName, OperandKind operandKind) {
    this.aslName = aslName;
    this.operandKind = operandKind;
  }

  /** The field name used in ASL JSON. */
  public String aslName() {
    return aslName;
  }

  /** The kind of operand the operator takes. */
  public OperandKind operandKind() {
    return operandKind;
  }

  /** The operator whose ASL field name is {@code name}, if any. */
  public static Optional<ComparisonOperator> fromAslName(String name) {
    for (ComparisonOperator operator : values()) {
      if (operator.aslName.equals(name)) {
        return Optional.of(operator);
      }
    }
    return Optional.empty();
  }
}
