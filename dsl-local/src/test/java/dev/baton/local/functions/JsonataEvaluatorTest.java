package dev.baton.local.functions;

import static dev.baton.local.functions.Json.exact;
import static dev.baton.local.functions.Json.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.baton.expr.Jsonata;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class JsonataEvaluatorTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2024-11-22T10:15:30.123Z"), ZoneOffset.UTC);

  private final JsonataEvaluator evaluator = new JsonataEvaluator(new SplittableRandom(3), CLOCK);

  private JsonNode eval(String expression, JsonNode states, Map<String, JsonNode> variables) {
    return evaluator.evaluate(Jsonata.of(expression), states, variables);
  }

  private JsonNode eval(String expression) {
    return eval(expression, json("{'input':{}}"), Map.of());
  }

  private static void fails(String expression, String causeFragment) {
    assertThatThrownBy(
            () ->
                new JsonataEvaluator(new SplittableRandom(1))
                    .evaluate(Jsonata.of(expression), json("{'input':{}}"), Map.of()))
        .isInstanceOfSatisfying(
            StatesError.class,
            e -> {
              assertThat(e.error()).isEqualTo("States.QueryEvaluationError");
              assertThat(e.cause()).contains(expression).contains(causeFragment);
            });
  }

  @Test
  void theConformanceCaseExpressions() {
    JsonNode states = json("{'input':{'name':'bob','value':4,'list':[1,2,3]},'result':{'ok':true}}");
    Map<String, JsonNode> vars = Map.of("factor", IntNode.valueOf(3), "label", json("'BOB'"));
    assertThat(eval("$uppercase($states.input.name)", states, Map.of())).isEqualTo(json("'BOB'"));
    assertThat(eval("$states.input.value * $factor", states, vars)).isEqualTo(json("12"));
    assertThat(eval("$label", states, vars)).isEqualTo(json("'BOB'"));
    assertThat(eval("$sum($states.input.list)", states, vars)).isEqualTo(json("6"));
    assertThat(eval("$states.result", states, vars)).isSameAs(states.get("result"));
  }

  @Test
  void integralNumbersStayIntegers() {
    assertThat(eval("1.5 * 2").isIntegralNumber()).isTrue();
    assertThat(eval("1.5 * 2").toString()).isEqualTo("3");
    assertThat(eval("10000000000 * 3").toString()).isEqualTo("30000000000");
    assertThat(eval("1 / 4").toString()).isEqualTo("0.25");
    assertThat(eval("$states.input.n", json("{'input':{'n':7.5}}"), Map.of()).doubleValue())
        .isEqualTo(7.5);
  }

  @Test
  void undefinedIsJavaNullAndJsonNullIsNullNode() {
    assertThat(eval("$states.input.missing")).isNull();
    assertThat(eval("$notAVariable")).isNull();
    assertThat(eval("null")).isEqualTo(NullNode.getInstance());
    assertThat(eval("$states.input.a", json("{'input':{'a':null}}"), Map.of()))
        .isEqualTo(NullNode.getInstance());
    assertThat(eval("{'x': $states.input.missing, 'y': null}")).isEqualTo(json("{'y':null}"));
  }

  @Test
  void buildsNewStructuresFromViewsOfTheInput() {
    JsonNode states = json("{'input':{'items':[{'p':2,'n':'a'},{'p':5,'n':'b'},{'p':1,'n':'c'}]}}");
    assertThat(eval("$states.input.items[p > 1].n", states, Map.of())).isEqualTo(json("['a','b']"));
    assertThat(eval("$states.input.items^(p).n", states, Map.of())).isEqualTo(json("['c','a','b']"));
    assertThat(eval("$merge([$states.input.items[0], {'q': true}])", states, Map.of()))
        .isEqualTo(json("{'p':2,'n':'a','q':true}"));
    assertThat(eval("$keys($states.input.items[1])", states, Map.of())).isEqualTo(json("['p','n']"));
    assertThat(eval("$count($states.input.items)", states, Map.of())).isEqualTo(json("3"));
    assertThat(eval("$string($states.input.items[0])", states, Map.of()))
        .isEqualTo(exact("\"{\\\"p\\\":2,\\\"n\\\":\\\"a\\\"}\""));
  }

  @Test
  void partition() {
    assertThat(eval("$partition([1,2,3,4,5], 2)")).isEqualTo(json("[[1,2],[3,4],[5]]"));
    assertThat(eval("$partition([], 2)")).isEqualTo(json("[]"));
    fails("$partition([1], 0)", "positive integer");
  }

  @Test
  void range() {
    assertThat(eval("$range(0, 10, 2)")).isEqualTo(json("[0,2,4,6,8,10]"));
    assertThat(eval("$range(5, 1, -2)")).isEqualTo(json("[5,3,1]"));
    assertThat(eval("$range(1, 0, 1)")).isEqualTo(json("[]"));
    fails("$range(1, 5, 0)", "must not be 0");
    assertThat(eval("$range(0, 1, 0.25)")).isEqualTo(json("[0,0.25,0.5,0.75,1]"));
    assertThat(eval("$range(0, 0.3, 0.1)").size()).isEqualTo(4);
    fails("$range(1, 'x', 1)", "argument 2 of $range must be a number");
  }

  @Test
  void hash() {
    assertThat(eval("$hash('input data', 'SHA-1')"))
        .isEqualTo(json("'aaff4a450a104cd177d28d18d74485e8cae074b7'"));
    assertThat(eval("$hash('abc', 'MD5')")).isEqualTo(json("'900150983cd24fb0d6963f7d28e17f72'"));
    fails("$hash('abc', 'SHA-3')", "'SHA-3' is not a $hash algorithm");
  }

  @Test
  void randomUuidAndParse() {
    double r = eval("$random()").doubleValue();
    assertThat(r).isGreaterThanOrEqualTo(0).isLessThan(1);
    assertThat(eval("$random(42)")).isEqualTo(eval("$random(42)"));
    assertThat(eval("$uuid()").textValue())
        .matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    assertThat(eval("$parse($states.input.s)", exact("{\"input\":{\"s\":\"{\\\"a\\\":[1,null]}\"}}"), Map.of()))
        .isEqualTo(json("{'a':[1,null]}"));
    fails("$parse('{oops')", "invalid JSON");
  }

  @Test
  void nowAndMillisReadTheClock() {
    assertThat(eval("$now()")).isEqualTo(json("'2024-11-22T10:15:30.123Z'"));
    assertThat(eval("$millis()")).isEqualTo(json(String.valueOf(CLOCK.millis())));
    assertThat(eval("$now('[Y0001]-[M01]-[D01]')")).isEqualTo(json("'2024-11-22'"));
  }

  @Test
  void evaluationErrorsNameTheExpression() {
    fails("1 + 'a'", "T2002");
    fails("$unknownFunction(1)", "T1006");
    fails("function($x) { $x }", "a function");
  }

  @Test
  void variablesDoNotLeakBetweenExpressionsOrEvaluations() {
    JsonNode states = json("{'input':{}}");
    assertThat(eval("$leak", states, Map.of("leak", json("'a'")))).isEqualTo(json("'a'"));
    assertThat(eval("$leak", states, Map.of())).isNull();
    assertThat(eval("$leak & 'x'", states, Map.of("leak", json("'b'")))).isEqualTo(json("'bx'"));
    assertThat(eval("$leak", states, Map.of())).isNull();
  }

  @Test
  void oneCompiledExpressionServesConcurrentEvaluations() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 400; t++) {
        int n = t;
        results.add(
            pool.submit(
                () -> {
                  JsonNode states = json("{'input':{'n':" + n + ",'list':[1,2," + n + "]}}");
                  JsonNode out =
                      evaluator.evaluate(
                          Jsonata.of(
                              "{'n': $states.input.n * $k, 's': $sum($states.input.list),"
                                  + " 'p': $count($partition($states.input.list, 2)),"
                                  + " 'u': $length($uuid())}"),
                          states,
                          Map.of("k", IntNode.valueOf(n % 7)));
                  return out.equals(
                      json("{'n':" + n * (n % 7) + ",'s':" + (3 + n) + ",'p':2,'u':36}"));
                }));
      }
      for (Future<Boolean> r : results) {
        assertThat(r.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
