package dev.baton.local;

import static dev.baton.local.ExecutionAssert.assertExecution;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.json.AslReader;
import dev.baton.local.mockconfig.MockConfig;
import dev.baton.local.mockconfig.MockConfigException;
import dev.baton.local.mockconfig.MockConfigFile;
import dev.baton.model.StateMachine;
import org.junit.jupiter.api.Test;

/** Step Functions Local mock configuration files drive the engine's mocks. */
class MockConfigEngineTest {

  private static final StateMachine ORDER = AslReader.read("""
      {"StartAt":"Charge","States":{
        "Charge":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:1:function:charge",
          "Retry":[{"ErrorEquals":["Busy"],"IntervalSeconds":1}],
          "Catch":[{"ErrorEquals":["Declined"],"Next":"Refused"}],"ResultPath":"$.charge","End":true},
        "Refused":{"Type":"Fail","Error":"Refused"}}}""");

  private static final MockConfig CONFIG = MockConfigFile.parse("""
      {"StateMachines":{"Order":{"TestCases":{
          "HappyPath":{"Charge":"BusyThenPaid"},
          "Declined":{"Charge":"Declined"},
          "TooShort":{"Charge":"AlwaysBusy"}}}},
       "MockedResponses":{
          "BusyThenPaid":{"0":{"Throw":{"Error":"Busy","Cause":"try later"}},"1":{"Return":{"paid":true}}},
          "Declined":{"0":{"Throw":{"Error":"Declined","Cause":"card expired"}}},
          "AlwaysBusy":{"0-1":{"Throw":{"Error":"Busy","Cause":"still busy"}}}}}""", "MockConfig.json");

  private Execution run(String testCase) {
    return LocalEngine.builder().mockConfig(CONFIG, "Order", testCase).build().start(ORDER, "{\"id\":1}");
  }

  @Test
  void attemptsFollowTheFileRanges() {
    assertExecution(run("HappyPath")).succeeded().hasOutput("{\"id\":1,\"charge\":{\"paid\":true}}").retried("Charge", 1);
  }

  @Test
  void throwsAreCaughtLikeRealErrors() {
    assertExecution(run("Declined")).failedWith("Refused").visitedInOrder("Charge", "Refused");
  }

  @Test
  void runningPastTheLastRangeFailsWithAClearCause() {
    assertExecution(run("TooShort")).failedWith(Mocks.UNMOCKED_ERROR, "has no entry for invocation 2");
  }

  @Test
  void unknownTestCaseIsReportedWithTheAvailableOnes() {
    assertThatThrownBy(() -> LocalEngine.builder().mockConfig(CONFIG, "Order", "Happy"))
        .isInstanceOf(MockConfigException.class).hasMessageContaining("HappyPath");
  }
}
