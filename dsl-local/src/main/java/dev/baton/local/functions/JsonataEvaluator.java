package dev.baton.local.functions;

import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Jsonata;
import com.dashjoin.jsonata.Jsonata.JFunction;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.random.RandomGenerator;

/**
 * Evaluates one JSONata expression of a JSONata state ({@code {% ... %}} in {@code Arguments},
 * {@code Output}, {@code Assign}, {@code Condition}, {@code Items}, ...) with AWS Step Functions'
 * bindings and extra functions.
 *
 * <p>Bindings: {@code $states} is the object the caller passes ({@code {"input":..., "context":
 * ..., "result":..., "errorOutput":...}} as far as the field allows), and each variable is bound
 * as {@code $name}. The context item {@code $} is undefined. AWS's functions {@code
 * $partition(array, size)}, {@code $range(start, end, step)}, {@code $hash(string[, algorithm])},
 * {@code $random([seed])}, {@code $uuid()} and {@code $parse(jsonText)} are available, and {@code
 * $now()}/{@code $millis()} read the evaluator's clock (so the engine's virtual clock applies).
 * Only the functions an expression mentions are bound when it runs.
 *
 * <p>Results: JSON values as Jackson nodes, integral numbers as integer nodes; JSONata's {@code
 * undefined} (e.g. a missing field) is returned as Java {@code null} so the caller decides what
 * it means in its field. A value JSON cannot hold (a function, NaN) and every evaluation error
 * throw {@link StatesError} {@code States.QueryEvaluationError} with a cause that quotes the
 * expression and the JSONata message.
 *
 * <p>Compiled expressions are cached per expression text (at most {@value #CACHE_LIMIT}; beyond
 * that, expressions are compiled on each use) and shared by threads: the dashjoin engine evaluates
 * a parsed expression concurrently when every evaluation has its own frame, which this class
 * creates. Input objects and arrays are passed as read-only views, not copied.
 */
public final class JsonataEvaluator {

  static final int CACHE_LIMIT = 4096;
  private static final Map<String, Compiled> COMPILED = new ConcurrentHashMap<>();

  /** A parsed expression and which of AWS's functions it mentions. */
  private record Compiled(Jsonata jsonata, boolean[] usesFunction) {}

  private final JFunction[] functions;

  /**
   * Creates an evaluator whose {@code $now()} and {@code $millis()} read the system clock.
   *
   * @param random the source of {@code $uuid()} and unseeded {@code $random()}; required
   */
  public JsonataEvaluator(RandomGenerator random) {
    this(random, Clock.systemUTC());
  }

  /**
   * Creates an evaluator with a clock for {@code $now()} and {@code $millis()}, e.g. the engine's
   * virtual clock.
   *
   * @param random the source of {@code $uuid()} and unseeded {@code $random()}; required
   * @param clock read when {@code $now()} or {@code $millis()} is called; required
   */
  public JsonataEvaluator(RandomGenerator random, Clock clock) {
    this.functions =
        AwsJsonataFunctions.create(
            Objects.requireNonNull(random, "random"), Objects.requireNonNull(clock, "clock"));
  }

  /**
   * Evaluates an expression.
   *
   * @param expression the parsed expression; required
   * @param states the value of {@code $states}; required (an object, normally)
   * @param variables the workflow variables in scope, bound as {@code $name}; required, may be
   *     empty
   * @return the result, or Java {@code null} when the expression evaluates to {@code undefined}
   * @throws StatesError {@code States.QueryEvaluationError} when evaluation fails
   */
  public JsonNode evaluate(
      dev.baton.expr.Jsonata expression, JsonNode states, Map<String, JsonNode> variables) {
    String text = expression.expression();
    Object result;
    try {
      Compiled compiled = compiled(text);
      Jsonata.Frame frame = compiled.jsonata().createFrame();
      boolean[] uses = compiled.usesFunction();
      for (int i = 0; i < uses.length; i++) {
        if (uses[i]) {
          frame.bind(AwsJsonataFunctions.NAMES.get(i), functions[i]);
        }
      }
      for (Map.Entry<String, JsonNode> variable : variables.entrySet()) {
        frame.bind(variable.getKey(), JsonataValues.toJsonata(variable.getValue()));
      }
      frame.bind("states", JsonataValues.toJsonata(states));
      result = compiled.jsonata().evaluate(null, frame);
    } catch (StackOverflowError e) {
      throw failure(text, "the expression recursed too deeply");
    } catch (RuntimeException e) {
      throw failure(text, message(e));
    }
    try {
      return JsonataValues.toJson(result);
    } catch (IllegalArgumentException e) {
      throw failure(text, e.getMessage());
    }
  }

  private static Compiled compiled(String text) {
    Compiled cached = COMPILED.get(text);
    if (cached != null) {
      return cached;
    }
    Jsonata parsed = Jsonata.jsonata(text);
    // JSON null stays distinct from undefined; set before the instance is shared
    parsed.setOutputConvertNulls(false);
    Compiled compiled = new Compiled(parsed, AwsJsonataFunctions.used(text));
    if (COMPILED.size() < CACHE_LIMIT) {
      Compiled raced = COMPILED.putIfAbsent(text, compiled);
      return raced == null ? compiled : raced;
    }
    return compiled;
  }

  /** The most specific message: one of AWS's functions, a JSONata error code, or the exception. */
  private static String message(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof AwsJsonataFunctions.FunctionFailure f) {
        return f.getMessage();
      }
    }
    if (e instanceof JException j) {
      return j.getError() == null ? j.getMessage() : j.getError() + ": " + j.getMessage();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static StatesError failure(String expression, String message) {
    return new StatesError(
        StatesError.QUERY_EVALUATION_ERROR,
        "An error occurred while evaluating the JSONata expression '"
            + expression
            + "': "
            + message);
  }
}
