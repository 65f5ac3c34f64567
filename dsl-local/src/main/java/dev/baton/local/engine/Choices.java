package dev.baton.local.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.expr.Path;
import dev.baton.local.functions.StatesError;
import dev.baton.model.ComparisonOperator;
import dev.baton.model.Condition;
import dev.baton.model.Template;
import dev.baton.model.Value;
import java.time.Instant;
import java.util.Map;

/**
 * A Choice state: rules in order, the first that matches picks the next state; comparisons of
 * values of the wrong type are false, not errors (the spec's rule). Internal API.
 */
final class Choices {

  private static final char[] FAMILY = new char[ComparisonOperator.values().length];
  private static final String[] RELATION = new String[ComparisonOperator.values().length];
  private static final java.util.concurrent.ConcurrentHashMap<String, java.util.regex.Pattern>
      PATTERNS = new java.util.concurrent.ConcurrentHashMap<>();

  static {
    for (ComparisonOperator op : ComparisonOperator.values()) {
      String name = op.aslName();
      FAMILY[op.ordinal()] = name.charAt(0);
      RELATION[op.ordinal()] =
          name.replace("Path", "").replaceFirst("^(String|Numeric|Timestamp|Boolean)", "");
    }
  }

  private Choices() {}

  static Step choose(Frame f) {
    StatePlan p = f.plan;
    JsonNode effective = p.jsonata ? f.rawInput : Pipeline.inputPath(f);
    Ctx ctx = new Ctx(f, effective);
    for (StatePlan.RulePlan rule : p.rules) {
      if (test(rule.rule().condition(), ctx)) {
        // The state's Assign applies whichever rule matched; the matching rule's own Assign comes
        // on top (the rule wins for a name both assign), and the rule's Output, when it has one,
        // replaces the state's. AWS: "Assign field (Optional) – assigns variables when this
        // specific choice rule matches ... You can also specify an Assign block at the state level
        // that applies regardless of which choice rule matches."
        // https://docs.aws.amazon.com/step-functions/latest/dg/state-choice.html
        if (p.jsonata && (rule.output() != null || rule.assign() != null)) {
          Map<String, JsonNode> stateLevel = Pipeline.assign(p.assign, ctx);
          Map<String, JsonNode> assigned = Pipeline.assign(rule.assign(), ctx);
          Compiled output = rule.output() != null ? rule.output() : p.output;
          JsonNode out = output == null ? f.rawInput
              : Pipeline.jsonataValue(output, ctx, "Output", f);
          f.variables.assignAll(stateLevel);
          f.variables.assignAll(assigned);
          return Step.next(rule.next(), out);
        }
        if (!p.jsonata && rule.assign() != null) {
          Map<String, JsonNode> assigned = Pipeline.assign(rule.assign(), ctx);
          Map<String, JsonNode> stateLevel = Pipeline.assign(p.assign, ctx);
          JsonNode out = Pipeline.outputPath(f, effective);
          f.variables.assignAll(stateLevel);
          f.variables.assignAll(assigned);
          return Step.next(rule.next(), out);
        }
        return Step.next(rule.next(), Pipeline.passInput(f, effective));
      }
    }
    if (p.defaultNext != null) {
      return Step.next(p.defaultNext, Pipeline.passInput(f, effective));
    }
    throw new StatesError(StatesError.NO_CHOICE_MATCHED, "No Choice rule of state '" + p.name
        + "' matched the input and it has no Default");
  }

  static boolean test(Condition condition, Ctx ctx) {
    if (condition instanceof Condition.Comparison c) {
      return compare(c, ctx);
    }
    if (condition instanceof Condition.And and) {
      for (Condition c : and.conditions()) {
        if (!test(c, ctx)) {
          return false;
        }
      }
      return true;
    }
    if (condition instanceof Condition.Or or) {
      for (Condition c : or.conditions()) {
        if (test(c, ctx)) {
          return true;
        }
      }
      return false;
    }
    if (condition instanceof Condition.Not not) {
      return !test(not.condition(), ctx);
    }
    Value<Boolean> v = ((Condition.JsonataCondition) condition).condition();
    if (v instanceof Value.Literal<Boolean> l) {
      return l.value();
    }
    JsonNode result = ctx.jsonata(((Value.Expression<Boolean>) v).jsonata(), true);
    if (result == null || !result.isBoolean()) {
      throw new StatesError(StatesError.QUERY_EVALUATION_ERROR, "The Condition of a rule in state '"
          + ctx.frame.plan.name + "' must give true or false, not " + Payloads.preview(result));
    }
    return result.booleanValue();
  }

  private static boolean compare(Condition.Comparison c, Ctx ctx) {
    ComparisonOperator op = c.operator();
    JsonNode value = ctx.read(c.variable());
    JsonNode operand = operand(c, ctx);
    if (op == ComparisonOperator.IS_PRESENT) {
      return (value != null) == operand.asBoolean();
    }
    if (value == null) {
      throw new StatesError(StatesError.RUNTIME, "Invalid path '" + c.variable().text()
          + "': the Variable of a Choice rule in state '" + ctx.frame.plan.name
          + "' could not be found in the input (test it with IsPresent first)");
    }
    switch (op) {
      case IS_NULL:
        return value.isNull() == operand.asBoolean();
      case IS_NUMERIC:
        return value.isNumber() == operand.asBoolean();
      case IS_STRING:
        return value.isTextual() == operand.asBoolean();
      case IS_BOOLEAN:
        return value.isBoolean() == operand.asBoolean();
      case IS_TIMESTAMP:
        return (value.isTextual() && Times.parse(value.textValue()) != null) == operand.asBoolean();
      case STRING_MATCHES:
        return value.isTextual() && operand.isTextual() && matches(value.textValue(), operand.textValue());
      case BOOLEAN_EQUALS:
      case BOOLEAN_EQUALS_PATH:
        return value.isBoolean() && operand.isBoolean() && value.booleanValue() == operand.booleanValue();
      default:
        break;
    }
    String name = op.aslName();
    char family = FAMILY[op.ordinal()];
    int cmp;
    if (family == 'S') {
      if (!value.isTextual() || operand == null || !operand.isTextual()) {
        return false;
      }
      cmp = value.textValue().compareTo(operand.textValue());
    } else if (family == 'N') {
      if (!value.isNumber() || operand == null || !operand.isNumber()) {
        return false;
      }
      cmp = value.decimalValue().compareTo(operand.decimalValue());
    } else {
      Instant a = value.isTextual() ? Times.parse(value.textValue()) : null;
      Instant b = operand != null && operand.isTextual() ? Times.parse(operand.textValue()) : null;
      if (a == null || b == null) {
        return false;
      }
      cmp = a.compareTo(b);
    }
    switch (RELATION[op.ordinal()]) {
      case "Equals":
        return cmp == 0;
      case "LessThan":
        return cmp < 0;
      case "GreaterThan":
        return cmp > 0;
      case "LessThanEquals":
        return cmp <= 0;
      case "GreaterThanEquals":
        return cmp >= 0;
      default:
        throw new IllegalStateException("unknown operator " + name);
    }
  }

  private static JsonNode operand(Condition.Comparison c, Ctx ctx) {
    Template t = c.operand();
    if (t instanceof Template.Literal l) {
      return l.value();
    }
    Path path = (Path) ((Template.Dynamic) t).expression();
    JsonNode v = ctx.read(path);
    if (v == null) {
      throw new StatesError(StatesError.RUNTIME, "Invalid path '" + path.text() + "': the "
          + c.operator().aslName() + " operand of a Choice rule in state '" + ctx.frame.plan.name
          + "' could not be found in the input");
    }
    return v;
  }

  /** StringMatches: {@code *} matches any run of characters, {@code \*} a literal star. */
  static boolean matches(String text, String pattern) {
    return PATTERNS.computeIfAbsent(pattern, Choices::globToRegex).matcher(text).matches();
  }

  private static java.util.regex.Pattern globToRegex(String pattern) {
    StringBuilder regex = new StringBuilder();
    StringBuilder literal = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char ch = pattern.charAt(i);
      if (ch == '\\' && i + 1 < pattern.length()) {
        literal.append(pattern.charAt(++i));
      } else if (ch == '*') {
        regex.append(java.util.regex.Pattern.quote(literal.toString())).append(".*");
        literal.setLength(0);
      } else {
        literal.append(ch);
      }
    }
    regex.append(java.util.regex.Pattern.quote(literal.toString()));
    return java.util.regex.Pattern.compile(regex.toString(), java.util.regex.Pattern.DOTALL);
  }
}
