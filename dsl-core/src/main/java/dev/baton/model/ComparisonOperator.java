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
  /** ASL {@code StringEquals}: compares with a string literal. */
  STRING_EQUALS("StringEquals", OperandKind.STRING),
  /** ASL {@code StringEqualsPath}: compares with the value at another path. */
  STRING_EQUALS_PATH("StringEqualsPath", OperandKind.PATH),
  /** ASL {@code StringLessThan}: compares with a string literal. */
  STRING_LESS_THAN("StringLessThan", OperandKind.STRING),
  /** ASL {@code StringLessThanPath}: compares with the value at another path. */
  STRING_LESS_THAN_PATH("StringLessThanPath", OperandKind.PATH),
  /** ASL {@code StringGreaterThan}: compares with a string literal. */
  STRING_GREATER_THAN("StringGreaterThan", OperandKind.STRING),
  /** ASL {@code StringGreaterThanPath}: compares with the value at another path. */
  STRING_GREATER_THAN_PATH("StringGreaterThanPath", OperandKind.PATH),
  /** ASL {@code StringLessThanEquals}: compares with a string literal. */
  STRING_LESS_THAN_EQUALS("StringLessThanEquals", OperandKind.STRING),
  /** ASL {@code StringLessThanEqualsPath}: compares with the value at another path. */
  STRING_LESS_THAN_EQUALS_PATH("StringLessThanEqualsPath", OperandKind.PATH),
  /** ASL {@code StringGreaterThanEquals}: compares with a string literal. */
  STRING_GREATER_THAN_EQUALS("StringGreaterThanEquals", OperandKind.STRING),
  /** ASL {@code StringGreaterThanEqualsPath}: compares with the value at another path. */
  STRING_GREATER_THAN_EQUALS_PATH("StringGreaterThanEqualsPath", OperandKind.PATH),
  /** ASL {@code StringMatches}: compares with a string literal. */
  STRING_MATCHES("StringMatches", OperandKind.STRING),
  /** ASL {@code NumericEquals}: compares with a number literal. */
  NUMERIC_EQUALS("NumericEquals", OperandKind.NUMBER),
  /** ASL {@code NumericEqualsPath}: compares with the value at another path. */
  NUMERIC_EQUALS_PATH("NumericEqualsPath", OperandKind.PATH),
  /** ASL {@code NumericLessThan}: compares with a number literal. */
  NUMERIC_LESS_THAN("NumericLessThan", OperandKind.NUMBER),
  /** ASL {@code NumericLessThanPath}: compares with the value at another path. */
  NUMERIC_LESS_THAN_PATH("NumericLessThanPath", OperandKind.PATH),
  /** ASL {@code NumericGreaterThan}: compares with a number literal. */
  NUMERIC_GREATER_THAN("NumericGreaterThan", OperandKind.NUMBER),
  /** ASL {@code NumericGreaterThanPath}: compares with the value at another path. */
  NUMERIC_GREATER_THAN_PATH("NumericGreaterThanPath", OperandKind.PATH),
  /** ASL {@code NumericLessThanEquals}: compares with a number literal. */
  NUMERIC_LESS_THAN_EQUALS("NumericLessThanEquals", OperandKind.NUMBER),
  /** ASL {@code NumericLessThanEqualsPath}: compares with the value at another path. */
  NUMERIC_LESS_THAN_EQUALS_PATH("NumericLessThanEqualsPath", OperandKind.PATH),
  /** ASL {@code NumericGreaterThanEquals}: compares with a number literal. */
  NUMERIC_GREATER_THAN_EQUALS("NumericGreaterThanEquals", OperandKind.NUMBER),
  /** ASL {@code NumericGreaterThanEqualsPath}: compares with the value at another path. */
  NUMERIC_GREATER_THAN_EQUALS_PATH("NumericGreaterThanEqualsPath", OperandKind.PATH),
  /** ASL {@code BooleanEquals}: compares with a boolean literal. */
  BOOLEAN_EQUALS("BooleanEquals", OperandKind.BOOLEAN),
  /** ASL {@code BooleanEqualsPath}: compares with the value at another path. */
  BOOLEAN_EQUALS_PATH("BooleanEqualsPath", OperandKind.PATH),
  /** ASL {@code TimestampEquals}: compares with an RFC 3339 timestamp literal. */
  TIMESTAMP_EQUALS("TimestampEquals", OperandKind.TIMESTAMP),
  /** ASL {@code TimestampEqualsPath}: compares with the value at another path. */
  TIMESTAMP_EQUALS_PATH("TimestampEqualsPath", OperandKind.PATH),
  /** ASL {@code TimestampLessThan}: compares with an RFC 3339 timestamp literal. */
  TIMESTAMP_LESS_THAN("TimestampLessThan", OperandKind.TIMESTAMP),
  /** ASL {@code TimestampLessThanPath}: compares with the value at another path. */
  TIMESTAMP_LESS_THAN_PATH("TimestampLessThanPath", OperandKind.PATH),
  /** ASL {@code TimestampGreaterThan}: compares with an RFC 3339 timestamp literal. */
  TIMESTAMP_GREATER_THAN("TimestampGreaterThan", OperandKind.TIMESTAMP),
  /** ASL {@code TimestampGreaterThanPath}: compares with the value at another path. */
  TIMESTAMP_GREATER_THAN_PATH("TimestampGreaterThanPath", OperandKind.PATH),
  /** ASL {@code TimestampLessThanEquals}: compares with an RFC 3339 timestamp literal. */
  TIMESTAMP_LESS_THAN_EQUALS("TimestampLessThanEquals", OperandKind.TIMESTAMP),
  /** ASL {@code TimestampLessThanEqualsPath}: compares with the value at another path. */
  TIMESTAMP_LESS_THAN_EQUALS_PATH("TimestampLessThanEqualsPath", OperandKind.PATH),
  /** ASL {@code TimestampGreaterThanEquals}: compares with an RFC 3339 timestamp literal. */
  TIMESTAMP_GREATER_THAN_EQUALS("TimestampGreaterThanEquals", OperandKind.TIMESTAMP),
  /** ASL {@code TimestampGreaterThanEqualsPath}: compares with the value at another path. */
  TIMESTAMP_GREATER_THAN_EQUALS_PATH("TimestampGreaterThanEqualsPath", OperandKind.PATH),
  /** ASL {@code IsNull}: tests the value's type or presence. */
  IS_NULL("IsNull", OperandKind.TYPE_TEST),
  /** ASL {@code IsPresent}: tests the value's type or presence. */
  IS_PRESENT("IsPresent", OperandKind.TYPE_TEST),
  /** ASL {@code IsNumeric}: tests the value's type or presence. */
  IS_NUMERIC("IsNumeric", OperandKind.TYPE_TEST),
  /** ASL {@code IsString}: tests the value's type or presence. */
  IS_STRING("IsString", OperandKind.TYPE_TEST),
  /** ASL {@code IsBoolean}: tests the value's type or presence. */
  IS_BOOLEAN("IsBoolean", OperandKind.TYPE_TEST),
  /** ASL {@code IsTimestamp}: tests the value's type or presence. */
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
