package dev.baton.local.functions;

import static dev.baton.local.functions.Json.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.expr.Jsonata;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * JSONata's built-in functions applied to input that reaches the engine as read-only views: none
 * may fail because it tries to change its argument, and the input must stay unchanged.
 */
class JsonataLibraryTest {

  private static final JsonNode STATES =
      json("{'input':{'a':[3,1,2,1],'o':{'x':1,'y':{'z':[1]}},'s':'Hello','objs':[{'k':'a','v':1},{'k':'b','v':2}]}}");

  @ParameterizedTest
  @CsvSource(
      delimiterString = " => ",
      quoteCharacter = '`',
      value = {
        "$append($states.input.a, 9) => [3,1,2,1,9]",
        "$append($states.input.a, $states.input.a) => [3,1,2,1,3,1,2,1]",
        "$reverse($states.input.a) => [1,2,1,3]",
        "$sort($states.input.a) => [1,1,2,3]",
        "$distinct($states.input.a) => [3,1,2]",
        "$count($states.input.a) => 4",
        "$sum($states.input.a) => 7",
        "$max($states.input.a) => 3",
        "$average($states.input.a) => 1.75",
        "$map($states.input.a, function($v) { $v * 2 }) => [6,2,4,2]",
        "$filter($states.input.a, function($v) { $v > 1 }) => [3,2]",
        "$reduce($states.input.a, function($x, $y) { $x + $y }) => 7",
        "$zip($states.input.a, $states.input.a) => [[3,3],[1,1],[2,2],[1,1]]",
        "$spread($states.input.o) => [{'x':1},{'y':{'z':[1]}}]",
        "$each($states.input.o, function($v, $k) { $k }) => ['x','y']",
        "$lookup($states.input.o, 'x') => 1",
        "$sift($states.input.o, function($v) { $type($v) = 'number' }) => {'x':1}",
        "$merge([$states.input.o, {'x': 5}]) => {'x':5,'y':{'z':[1]}}",
        "$states.input.o ~> | $ | {'w': 0} | => {'x':1,'y':{'z':[1]},'w':0}",
        "$states.input.objs{k: v} => {'a':1,'b':2}",
        "$states.input.objs[v>1].k => 'b'",
        "[$states.input.a, 4] => [3,1,2,1,4]",
        "$states.input.a[[1..2]] => [1,2]",
        "$exists($states.input.o.y.z) => true",
        "$type($states.input.o) => 'object'",
        "$string($states.input.o) => \"{\\\"x\\\":1,\\\"y\\\":{\\\"z\\\":[1]}}\"",
        "$substring($states.input.s, 1, 3) => 'ell'",
        "$join($states.input.objs.k, '-') => 'a-b'",
        "$single($states.input.objs, function($o) { $o.v = 2 }).k => 'b'",
        "$states.input.objs^(>v).k => ['b','a']",
        "$keys($states.input.objs) => ['k','v']",
        "$boolean($states.input.a) => true",
      })
  void builtInFunctionsWorkOnInputViews(String expression, String expected) {
    JsonNode before = STATES.deepCopy();
    JsonNode result =
        new JsonataEvaluator(new SplittableRandom(1)).evaluate(Jsonata.of(expression), STATES, Map.of());
    assertThat(result).isNotNull();
    JsonNode wanted = expected.startsWith("\"") ? Json.exact(expected) : json(expected);
    assertThat(dev.baton.json.JsonTrees.equal(result, wanted))
        .as("%s gave %s", expression, result)
        .isTrue();
    assertThat(STATES).isEqualTo(before);
  }
}
