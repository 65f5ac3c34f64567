package dev.baton.local.mockconfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MockConfigFileTest {

  private static Path resource(String name) {
    try {
      return Path.of(MockConfigFileTest.class.getResource("/mockconfig/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static MockConfigException problems(String json) {
    try {
      MockConfigFile.parse(json.replace('\'', '"'), "inline.json");
    } catch (MockConfigException e) {
      return e;
    }
    throw new AssertionError("expected a MockConfigException for " + json);
  }

  @Test
  void readsTheAwsDocumentationExample() throws Exception {
    MockConfig config = MockConfigFile.parse(resource("MockConfigFile.json"));
    assertThat(config.stateMachines()).containsExactly("LambdaSQSIntegration");
    assertThat(config.testCases("LambdaSQSIntegration")).containsExactly("HappyPath", "RetryPath", "HybridPath");
    Map<String, MockedResponse> retry = config.testCase("LambdaSQSIntegration", "RetryPath").orElseThrow();
    assertThat(retry).containsOnlyKeys("LambdaState", "SQSState");
    MockedResponse lambda = retry.get("LambdaState");
    assertThat(lambda.name()).isEqualTo("MockedLambdaRetry");
    assertThat(lambda.forInvocation(0))
        .isEqualTo(new MockOutcome.Throws("Lambda.ResourceNotReadyException", "Lambda resource is not ready."));
    assertThat(lambda.forInvocation(1)).isEqualTo(new MockOutcome.Throws("Lambda.TimeoutException", "Lambda timed out."));
    assertThat(lambda.forInvocation(2)).isEqualTo(lambda.forInvocation(1));
    assertThat(lambda.forInvocation(3))
        .isEqualTo(new MockOutcome.Returns(new ObjectMapper().readTree(
            "{\"StatusCode\":200,\"Payload\":{\"StatusCode\":200,\"body\":\"Hello from Lambda!\"}}")));
    assertThat(lambda.invocationsCovered()).isEqualTo(4);
    assertThat(config.testCase("LambdaSQSIntegration", "HybridPath").orElseThrow()).containsOnlyKeys("LambdaState");
    assertThat(config.testCase("LambdaSQSIntegration", "Nope")).isEmpty();
    assertThat(config.testCase("Other", "HappyPath")).isEmpty();
  }

  @Test
  void pastTheLastRangeThereIsNoResponse() {
    MockedResponse success =
        MockConfigFile.parse(resource("MockConfigFile.json")).mockedResponses().get("MockedLambdaSuccess");
    assertThat(success.find(1)).isEmpty();
    assertThatThrownBy(() -> success.forInvocation(1))
        .isInstanceOf(MockedResponse.NoMockedResponseException.class)
        .hasMessageContaining("'MockedLambdaSuccess' has no entry for invocation 1")
        .hasMessageContaining("\"1\"");
  }

  @Test
  void reportsEveryMistakeWithLineColumnAndPointer() {
    MockConfigException e = problems(readBroken(), "broken.json");
    assertThat(e.source()).isEqualTo("broken.json");
    List<String> lines = e.problems().stream().map(p -> p.line() + ":" + p.column() + " " + p.pointer() + " " + p.message()).toList();
    assertThat(lines)
        .anySatisfy(l -> assertThat(l).startsWith("15:7 /MockedResponses/ChargeOk/2-1 ").contains("ends before it starts", "\"1-2\""))
        .anySatisfy(l -> assertThat(l).startsWith("19:7 /MockedResponses/ShipOk/1 ").contains("overlaps"))
        .anySatisfy(l -> assertThat(l).startsWith("22:7 /MockedResponses/Both/0 ").contains("both Return and Throw"))
        .anySatisfy(l -> assertThat(l).startsWith("26:14 /MockedResponses/Gap/3/Returns ").contains("unknown field 'Returns'", "did you mean 'Return'"))
        .anySatisfy(l -> assertThat(l).startsWith("26:7 /MockedResponses/Gap/3 ").contains("needs \"Return\""))
        .anySatisfy(l -> assertThat(l).startsWith("29:7 /MockedResponses/BadThrow/zero ").contains("not an invocation number"))
        .anySatisfy(l -> assertThat(l).startsWith("30:14 /MockedResponses/BadThrow/0/Throw ").contains("string \"Error\""))
        .anySatisfy(l -> assertThat(l).contains("/MockedResponses/BadThrow/0/Throw ").contains("string \"Cause\""))
        .anySatisfy(l -> assertThat(l).startsWith("7:11 /StateMachines/Orders/TestCases/Happy/Ship ")
            .contains("'ShipOK', which is not defined in MockedResponses", "did you mean 'ShipOk'"));
    assertThat(e.problems()).hasSize(9);
    assertThat(e.getMessage()).startsWith("9 problems in mock configuration broken.json:")
        .contains("broken.json:15:7: the range \"2-1\" ends before it starts");
  }

  private static String readBroken() {
    try {
      return java.nio.file.Files.readString(resource("broken.json"));
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static MockConfigException problems(String json, String source) {
    try {
      MockConfigFile.parse(json, source);
    } catch (MockConfigException e) {
      return e;
    }
    throw new AssertionError("expected a MockConfigException");
  }

  @Test
  void syntaxErrorsAndDuplicateKeysAreReported() {
    MockConfigException syntax = problems("{\"StateMachines\": {,}", "x.json");
    assertThat(syntax.problems()).isNotEmpty();
    assertThat(syntax.problems().get(0).line()).isEqualTo(1);
    MockConfigException duplicate =
        problems("{\"StateMachines\": {}, \"MockedResponses\": {}, \"MockedResponses\": {}}", "d.json");
    assertThat(duplicate.getMessage()).contains("MockedResponses");
  }

  @Test
  void structuralMistakes() {
    assertThat(problems("[]").getMessage()).contains("must be a JSON object");
    assertThat(problems("{'StateMachines':{}}").getMessage()).contains("MockedResponses is missing");
    assertThat(problems("{'StateMachines':{},'MockedResponse':{}}").getMessage())
        .contains("unknown field 'MockedResponse'; did you mean 'MockedResponses'?");
    assertThat(problems("{'StateMachines':{'M':{}},'MockedResponses':{}}").getMessage())
        .contains("TestCases of 'M' is missing; add \"TestCases\"");
    assertThat(problems("{'StateMachines':{'M':{'TestCases':{'T':{'S':1}}}},'MockedResponses':{}}").getMessage())
        .contains("must name a mocked response as a string");
    assertThat(problems("{'StateMachines':{},'MockedResponses':{'R':{}}}").getMessage()).contains("'R' is empty");
    assertThat(problems("{'StateMachines':{},'MockedResponses':{'R':{'1':{'Return':1}}}}").getMessage())
        .contains("invocation 0 before \"1\"");
    assertThat(problems("{'StateMachines':{},'MockedResponses':{'R':{'0':{'Return':1},'3':{'Return':2}}}}").getMessage())
        .contains("invocations 1-2 before \"3\"");
  }

  @Test
  void unknownTestCasesAndStatesAreExplained() {
    MockConfig config = MockConfigFile.parse(resource("MockConfigFile.json"));
    assertThatThrownBy(() -> config.requireTestCase("LambdaSQSIntegration", "HapyPath"))
        .isInstanceOf(MockConfigException.class)
        .hasMessageContaining("has no test case 'HapyPath'; did you mean 'HappyPath'?")
        .hasMessageContaining("available: [HappyPath, HybridPath, RetryPath]")
        .hasMessageContaining(":4:7:");
    assertThatThrownBy(() -> config.requireTestCase("LambdaSqsIntegration", "HappyPath"))
        .hasMessageContaining("no state machine 'LambdaSqsIntegration'")
        .hasMessageContaining("did you mean 'LambdaSQSIntegration'?");
    assertThat(config.requireTestCase("LambdaSQSIntegration", "HappyPath")).containsOnlyKeys("LambdaState", "SQSState");
    assertThatThrownBy(() -> config.checkStates("LambdaSQSIntegration", "HappyPath", List.of("LambdaStat", "SQSState")))
        .isInstanceOf(MockConfigException.class)
        .hasMessageContaining("mocks state 'LambdaState', which the workflow does not have; did you mean 'LambdaStat'?")
        .hasMessageContaining(":6:11:");
    config.checkStates("LambdaSQSIntegration", "HappyPath", List.of("LambdaState", "SQSState", "Other"));
  }

  @Test
  void aMissingFileIsReportedWithItsPath() {
    assertThatThrownBy(() -> MockConfigFile.parse(Path.of("/no/such/MockConfigFile.json")))
        .isInstanceOf(MockConfigException.class)
        .hasMessageContaining("/no/such/MockConfigFile.json")
        .hasMessageContaining("cannot read the file");
  }
}
