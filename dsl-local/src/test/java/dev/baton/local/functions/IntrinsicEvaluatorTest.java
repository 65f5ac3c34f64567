package dev.baton.local.functions;

import static dev.baton.local.functions.Json.exact;
import static dev.baton.local.functions.Json.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.expr.Intrinsic;
import dev.baton.expr.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class IntrinsicEvaluatorTest {

  private final IntrinsicEvaluator evaluator = new IntrinsicEvaluator(new SplittableRandom(7));

  private JsonNode eval(String call, JsonNode input) {
    return evaluator.evaluate(Intrinsic.parse(call), path -> resolve(path, input));
  }

  private JsonNode eval(String call) {
    return eval(call, json("{}"));
  }

  private static JsonNode resolve(Path path, JsonNode input) {
    JsonNode value = JsonPathReader.read(path, input);
    if (value == null) {
      throw new StatesError(StatesError.PARAMETER_PATH_FAILURE, "no " + path.text());
    }
    return value;
  }

  private static void fails(ThrowingCallable call, String causeFragment) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            StatesError.class,
            e -> {
              assertThat(e.error()).isEqualTo("States.IntrinsicFailure");
              assertThat(e.cause()).contains(causeFragment);
            });
  }

  @Test
  void formatFillsPlaceholdersFromLiteralsAndPaths() {
    JsonNode input = json("{'name':'Arnav','template':'Hello, my name is {}.'}");
    assertThat(eval("States.Format('Hello, my name is {}.', $.name)", input))
        .isEqualTo(json("'Hello, my name is Arnav.'"));
    assertThat(eval("States.Format($.template, $.name)", input))
        .isEqualTo(json("'Hello, my name is Arnav.'"));
  }

  @Test
  void formatKeepsEscapedBracesAndPrintsValuesLikeAws() {
    assertThat(eval("States.Format('\\{\\} {} {} {}', 1, true, null)")).isEqualTo(json("'{} 1 true null'"));
    assertThat(eval("States.Format('{} and {}', $.a, $.o)", json("{'a':['x',1],'o':{'k':'v','n':[]}}")))
        .isEqualTo(json("'[x, 1] and {k=v, n=[]}'"));
    assertThat(eval("States.Format('it\\'s {}', 2.5)")).isEqualTo(exact("\"it's 2.5\""));
  }

  @Test
  void formatWithATemplateFromDataChecksThePlaceholderCount() {
    fails(() -> eval("States.Format($.t, 1)", json("{'t':'{} {}'}")), "2 {} placeholder(s)");
  }

  @Test
  void stringToJsonAndBack() {
    JsonNode input = exact("{\"escapedJsonString\":\"{\\\"foo\\\": \\\"bar\\\"}\"}");
    assertThat(eval("States.StringToJson($.escapedJsonString)", input)).isEqualTo(json("{'foo':'bar'}"));
    assertThat(eval("States.JsonToString($.unescapedJson)", json("{'unescapedJson':{'foo':'bar'}}")))
        .isEqualTo(exact("\"{\\\"foo\\\":\\\"bar\\\"}\""));
    fails(() -> eval("States.StringToJson($.s)", exact("{\"s\":\"{nope\"}")), "not valid JSON");
    fails(() -> eval("States.StringToJson($.n)", json("{'n':1}")), "must be a string");
  }

  @Test
  void array() {
    assertThat(eval("States.Array($.Id)", json("{'Id':123456}"))).isEqualTo(json("[123456]"));
    assertThat(eval("States.Array()")).isEqualTo(json("[]"));
    assertThat(eval("States.Array('a', 1, null, States.Array(true))")).isEqualTo(json("['a',1,null,[true]]"));
  }

  @Test
  void theConformanceArrayCase() {
    JsonNode input = json("{'nums':[1,2,3,4,5,6,7,8,9],'dups':[1,2,2,3,3,3,1]}");
    assertThat(eval("States.ArrayPartition($.nums, 4)", input)).isEqualTo(json("[[1,2,3,4],[5,6,7,8],[9]]"));
    assertThat(eval("States.ArrayRange(1, 9, 2)", input)).isEqualTo(json("[1,3,5,7,9]"));
    assertThat(eval("States.ArrayRange(5, 1, -2)", input)).isEqualTo(json("[5,3,1]"));
    assertThat(eval("States.ArrayContains($.nums, 5)", input)).isEqualTo(json("true"));
    assertThat(eval("States.ArrayContains($.nums, 42)", input)).isEqualTo(json("false"));
    assertThat(eval("States.ArrayGetItem($.nums, 2)", input)).isEqualTo(json("3"));
    assertThat(eval("States.ArrayLength($.nums)", input)).isEqualTo(json("9"));
    assertThat(eval("States.ArrayUnique($.dups)", input)).isEqualTo(json("[1,2,3]"));
  }

  @Test
  void arrayFunctionsCompareByValue() {
    JsonNode input = json("{'a':[1.0,{'x':[1]},1,{'x':[1.0]},'1']}");
    assertThat(eval("States.ArrayUnique($.a)", input)).isEqualTo(json("[1.0,{'x':[1]},'1']"));
    assertThat(eval("States.ArrayContains($.a, $.v)", json("{'a':[{'k':2}],'v':{'k':2.0}}")))
        .isEqualTo(json("true"));
  }

  @Test
  void arrayErrors() {
    fails(() -> eval("States.ArrayLength($.s)", json("{'s':'x'}")), "argument 1 must be an array, but is a string");
    fails(() -> eval("States.ArrayGetItem($.a, 3)", json("{'a':[1]}")), "out of range");
    fails(() -> eval("States.ArrayGetItem($.a, 0.5)", json("{'a':[1]}")), "must be an integer");
    fails(() -> eval("States.ArrayPartition($.a, $.n)", json("{'a':[1],'n':0}")), "positive");
    fails(() -> eval("States.ArrayRange(1, 2, $.z)", json("{'z':0}")), "step must not be 0");
  }

  @Test
  void arrayRangeLimitsItsSizeTo1000() {
    assertThat(eval("States.ArrayRange(1, 1000, 1)").size()).isEqualTo(1000);
    fails(() -> eval("States.ArrayRange(0, 1000, 1)"), "1001 items");
    assertThat(eval("States.ArrayRange(1, 0, 2)")).isEqualTo(json("[]"));
    assertThat(eval("States.ArrayRange(3, 3, -1)")).isEqualTo(json("[3]"));
  }

  @Test
  void base64() {
    assertThat(eval("States.Base64Encode($.input)", json("{'input':'Data to encode'}")))
        .isEqualTo(json("'RGF0YSB0byBlbmNvZGU='"));
    assertThat(eval("States.Base64Decode($.base64)", json("{'base64':'RGF0YSB0byBlbmNvZGU='}")))
        .isEqualTo(json("'Data to encode'"));
    assertThat(eval("States.Base64Decode(States.Base64Encode('héllo €'))")).isEqualTo(json("'héllo €'"));
    fails(() -> eval("States.Base64Decode('***')"), "not valid Base64");
    fails(() -> eval("States.Base64Encode($.s)", json("{'s':'" + "x".repeat(10_001) + "'}")), "10001 characters");
  }

  @Test
  void hashUsesTheFiveAlgorithmsAndLowercaseHex() {
    JsonNode input = json("{'Data':'input data','Algorithm':'SHA-1'}");
    // AWS docs' example
    assertThat(eval("States.Hash($.Data, $.Algorithm)", input))
        .isEqualTo(json("'aaff4a450a104cd177d28d18d74485e8cae074b7'"));
    assertThat(eval("States.Hash('abc', 'MD5')")).isEqualTo(json("'900150983cd24fb0d6963f7d28e17f72'"));
    assertThat(eval("States.Hash('abc', 'SHA-256')"))
        .isEqualTo(json("'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'"));
    assertThat(eval("States.Hash('abc', 'SHA-384')").textValue()).hasSize(96);
    assertThat(eval("States.Hash('abc', 'SHA-512')").textValue()).startsWith("ddaf35a193617aba");
    fails(() -> eval("States.Hash('abc', $.a)", json("{'a':'SHA-3'}")), "'SHA-3' is not a supported algorithm");
  }

  @Test
  void jsonMergeIsShallowOnly() {
    JsonNode input = json("{'json1':{'a':{'a1':1,'a2':2},'b':2},'json2':{'a':{'a3':1,'a4':2},'c':3}}");
    assertThat(eval("States.JsonMerge($.json1, $.json2, false)", input))
        .isEqualTo(json("{'a':{'a3':1,'a4':2},'b':2,'c':3}"));
    fails(
        () -> eval("States.JsonMerge($.json1, $.json2, $.deep)", json("{'json1':{},'json2':{},'deep':true}")),
        "only supports the shallow");
    fails(() -> eval("States.JsonMerge($.json1, $.a, false)", json("{'json1':{},'a':[1]}")), "argument 2 must be a JSON object");
  }

  @Test
  void mathRandomIsInStartInclusiveEndExclusive() {
    Set<Integer> seen = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      seen.add(eval("States.MathRandom(1, 4)").intValue());
    }
    assertThat(seen).containsExactlyInAnyOrder(1, 2, 3);
    assertThat(eval("States.MathRandom(1, 1000, 42)")).isEqualTo(eval("States.MathRandom(1, 1000, 42)"));
    fails(() -> eval("States.MathRandom($.a, 5)", json("{'a':5}")), "must be less than the end");
  }

  @Test
  void mathAddRoundsAndChecksTheIntegerRange() {
    assertThat(eval("States.MathAdd($.v, 1)", json("{'v':111}"))).isEqualTo(json("112"));
    assertThat(eval("States.MathAdd(-1, -2)")).isEqualTo(json("-3"));
    assertThat(eval("States.MathAdd(1.5, 1)")).isEqualTo(json("3"));
    assertThat(eval("States.MathAdd(2147483647, 1)")).isEqualTo(json("2147483648"));
    fails(() -> eval("States.MathAdd($.big, 1)", json("{'big':2147483648}")), "outside the integer range");
    fails(() -> eval("States.MathAdd($.s, 1)", json("{'s':'1'}")), "argument 1 must be a number, but is a string");
  }

  @Test
  void stringSplitSplitsAtAnyDelimiterCharacter() {
    JsonNode input = json("{'inputString':'This.is+a,test=string','splitter':'.+,='}");
    assertThat(eval("States.StringSplit($.inputString, $.splitter)", input))
        .isEqualTo(json("['This','is','a','test','string']"));
    assertThat(eval("States.StringSplit('1,2,3,4,5', ',')")).isEqualTo(json("['1','2','3','4','5']"));
    assertThat(eval("States.StringSplit('x,y,,z,', ',')")).isEqualTo(json("['x','y','z']"));
  }

  @Test
  void uuidIsVersion4AndReproducibleWithASeededGenerator() {
    String uuid = eval("States.UUID()").textValue();
    assertThat(uuid).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    String again =
        new IntrinsicEvaluator(new SplittableRandom(7))
            .evaluate(Intrinsic.parse("States.UUID()"), p -> null)
            .textValue();
    assertThat(again).isEqualTo(uuid);
  }

  @Test
  void nestedCallsAsInTheAwsDocs() {
    JsonNode input = json("{'ImageRecipe':{'Arn':'arn:aws:imagebuilder:us-east-1:123:image-recipe/my-recipe/1.0.2'}}");
    String call =
        "States.Format('{}.{}', States.ArrayGetItem(States.StringSplit(States.ArrayGetItem("
            + "States.StringSplit($.ImageRecipe.Arn, '/'), 2), '.'), 0), States.ArrayGetItem("
            + "States.StringSplit(States.ArrayGetItem(States.StringSplit($.ImageRecipe.Arn, '/'), 2),"
            + " '.'), 1))";
    assertThat(eval(call, input)).isEqualTo(json("'1.0'"));
  }

  @Test
  void theResolverDecidesTheErrorOfAnUnresolvedPath() {
    assertThatThrownBy(() -> eval("States.ArrayLength($.missing)"))
        .isInstanceOfSatisfying(
            StatesError.class, e -> assertThat(e.error()).isEqualTo("States.ParameterPathFailure"));
  }
}
