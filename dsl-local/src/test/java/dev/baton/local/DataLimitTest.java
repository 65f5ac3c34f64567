package dev.baton.local;

import static dev.baton.local.ExecutionAssert.assertExecution;

import dev.baton.json.AslReader;
import org.junit.jupiter.api.Test;

/**
 * {@code States.DataLimitExceeded} is raised the same way for a task's result, a state's output
 * after ResultPath, and a Parallel's or Map's combined result: the state's Catch sees it, but only
 * when it names it ({@code States.ALL} does not match it).
 */
class DataLimitTest {

  private static final String LAMBDA = "\"Resource\":\"arn:aws:lambda:us-east-1:1:function:f\"";
  private static final String HALF = "x".repeat(150_000);

  private static String withCatch(String stateBody, String caught) {
    return "{\"StartAt\":\"S\",\"States\":{\"S\":{" + stateBody + ",\"Catch\":[{\"ErrorEquals\":[\""
        + caught + "\"],\"Next\":\"C\"}],\"End\":true},\"C\":{\"Type\":\"Pass\",\"End\":true}}}";
  }

  private static void caughtOnlyByName(LocalEngine engine, String stateBody, String input) {
    assertExecution(engine.start(AslReader.read(withCatch(stateBody, "States.ALL")), input))
        .failedWith("States.DataLimitExceeded");
    assertExecution(engine.start(AslReader.read(withCatch(stateBody, "States.DataLimitExceeded")), input))
        .succeeded().hasOutputAt("/Error", "States.DataLimitExceeded");
  }

  @Test
  void aTaskOutputOverTheLimitAfterResultPathIsCaughtByName() {
    // the result (150 kB) is fine, the input with the result added (300 kB) is not
    LocalEngine engine = LocalEngine.builder().mock("S", Mocks.returning("\"" + HALF + "\"")).build();
    caughtOnlyByName(engine, "\"Type\":\"Task\"," + LAMBDA + ",\"ResultPath\":\"$.r\"",
        "{\"in\":\"" + HALF + "\"}");
  }

  @Test
  void aParallelResultOverTheLimitIsCaughtByName() {
    String branch = "{\"StartAt\":\"B%s\",\"States\":{\"B%<s\":{\"Type\":\"Pass\",\"Result\":\"" + HALF
        + "\",\"End\":true}}}";
    caughtOnlyByName(LocalEngine.create(), "\"Type\":\"Parallel\",\"Branches\":["
        + branch.formatted("1") + "," + branch.formatted("2") + "]", "{}");
  }

  @Test
  void aMapResultOverTheLimitIsCaughtByName() {
    caughtOnlyByName(LocalEngine.create(), "\"Type\":\"Map\",\"ItemsPath\":\"$.xs\",\"ItemProcessor\":"
        + "{\"StartAt\":\"B\",\"States\":{\"B\":{\"Type\":\"Pass\",\"Result\":\"" + HALF + "\",\"End\":true}}}",
        "{\"xs\":[1,2]}");
  }
}
