package dev.baton.local.functions;

import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Jsonata;
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
  private static final Map<String, Jsonata> COMPILED = new ConcurrentHashMap<>();

  private final RandomGenerator random;
  private final Clock clock;

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
   * @param clock read once per evaluation, so {@code $now()} is constant within one expression;
   *     required
   */
  public JsonataEvaluator(RandomGenerator random, Clock clock) {
    this.random = Objects.requireNonNull(random, "random");
    this.clock = Objects.requireNonNull(clock, "clock");
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
      Jsonata compiled = compiled(text);
      Jsonata.Frame frame = compiled.createFrame();
      AwsJsonataFunctions.bind(frame, random, clock);
      for (Map.Entry<String, JsonNode> variable : variables.entrySet()) {
        frame.bind(variable.getKey(), JsonataValues.toJsonata(variable.getValue()));
      }
      frame.bind("states", JsonataValues.toJsonata(states));
      result = compiled.evaluate(null, frame);
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

  private static Jsonata compiled(String text) {
    Jsonata cached = COMPILED.get(text);
    if (cached != null) {
      return cached;
    }
    Jsonata compiled = Jsonata.jsonata(text);
    // JSON null stays distinct from undefined; set before the instance is shared
    compiled.setOutputConvertNulls(false);
    if (COMPILED.size() < CACHE_LIMIT) {
      Jsonata raced = COMPILED.putIfAbsent(text, compiled);
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
