package dev.baton.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code baton run}: one JSON line, exit 0/1/2, inputs, mock configs, unmocked policy, history. */
class RunCommandTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir
  Path dir;

  private static final String ORDER = """
      {"StartAt":"Charge","States":{
        "Charge":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:1:function:charge",
          "Retry":[{"ErrorEquals":["Busy"]}],"ResultPath":"$.charge","Next":"Wait"},
        "Wait":{"Type":"Wait","Seconds":3600,"End":true}}}""";

  private static final String MOCKS = """
      {"StateMachines":{"order":{"TestCases":{
          "Paid":{"Charge":"BusyThenPaid"},"Declined":{"Charge":"Declined"}}}},
       "MockedResponses":{
          "BusyThenPaid":{"0":{"Throw":{"Error":"Busy","Cause":"later"}},"1":{"Return":{"paid":true}}},
          "Declined":{"0":{"Throw":{"Error":"Declined","Cause":"card expired"}}}}}""";

  private String write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content);
    return p.toString();
  }

  private static JsonNode line(CliRun run) throws IOException {
    assertThat(run.outLines()).hasSize(1);
    return MAPPER.readTree(run.outLines().get(0));
  }

  @Test
  void succeedsWithMockConfigMatchedByTheFileBaseName() throws IOException {
    String file = write("order.asl.json", ORDER);
    CliRun run = CliRun.baton("run", file, "--input", "{\"id\":7}", "--mock-config", write("m.json", MOCKS),
        "--test-case", "Paid");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(line(run)).isEqualTo(MAPPER.readTree("{\"status\":\"SUCCEEDED\",\"output\":{\"id\":7,\"charge\":{\"paid\":true}}}"));
  }

  @Test
  void failedExecutionExitsOneWithErrorAndCause() throws IOException {
    CliRun run = CliRun.baton("run", write("order.json", ORDER), "--mock-config", write("m.json", MOCKS),
        "--test-case", "Declined");
    assertThat(run.status()).isEqualTo(1);
    assertThat(line(run)).isEqualTo(MAPPER.readTree("{\"status\":\"FAILED\",\"error\":\"Declined\",\"cause\":\"card expired\"}"));
  }

  @Test
  void nameOptionSelectsTheStateMachineOfTheMockConfig() throws IOException {
    CliRun run = CliRun.baton("run", write("flow.json", ORDER), "--name", "order", "--mock-config",
        write("m.json", MOCKS), "--test-case", "Paid");
    assertThat(run.status()).isZero();
  }

  @Test
  void unmockedTasksFailByDefaultAndPassThroughWhenAsked() throws IOException {
    String file = write("order.json", ORDER);
    CliRun failing = CliRun.baton("run", file);
    assertThat(failing.status()).isEqualTo(1);
    assertThat(line(failing).get("error").asText()).isEqualTo("Baton.UnmockedTask");
    assertThat(line(failing).get("cause").asText()).contains("Charge");
    CliRun passing = CliRun.baton("run", file, "--unmocked", "pass-through", "--input", write("in.json", "{\"a\":1}"));
    assertThat(passing.status()).isZero();
    assertThat(line(passing).get("output")).isEqualTo(MAPPER.readTree("{\"a\":1,\"charge\":{\"a\":1}}"));
  }

  @Test
  void historyIsAddedWhenAsked() throws IOException {
    CliRun run = CliRun.baton("run", write("order.json", ORDER), "--unmocked", "pass-through", "--history");
    JsonNode events = line(run).get("history");
    assertThat(events.get(0).get("type").asText()).isEqualTo("ExecutionStarted");
    assertThat(events.get(events.size() - 1).get("type").asText()).isEqualTo("ExecutionSucceeded");
  }

  @Test
  void yamlDefinitionsRun() throws IOException {
    CliRun run = CliRun.baton("run", write("p.yaml", """
        StartAt: P
        States:
          P:
            Type: Pass
            Result: {ok: true}
            End: true
        """));
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(line(run).get("output")).isEqualTo(MAPPER.readTree("{\"ok\":true}"));
  }

  @Test
  void timedOutExitsOne() throws IOException {
    CliRun run = CliRun.baton("run", write("t.json",
        "{\"TimeoutSeconds\":5,\"StartAt\":\"W\",\"States\":{\"W\":{\"Type\":\"Wait\",\"Seconds\":10,\"End\":true}}}"));
    assertThat(run.status()).isEqualTo(1);
    assertThat(line(run).get("status").asText()).isEqualTo("TIMED_OUT");
  }

  @Test
  void usageErrorsExitTwoWithAMessageAndNoOutput() throws IOException {
    String file = write("order.json", ORDER);
    String mocks = write("m.json", MOCKS);
    assertUsageError(CliRun.baton("run", dir.resolve("missing.json").toString()), "no such file");
    assertUsageError(CliRun.baton("run", write("bad.json", "{\"StartAt\":\"X\",\"States\":{}}")), "not a valid definition");
    assertUsageError(CliRun.baton("run", file, "--mock-config", mocks), "go together");
    assertUsageError(CliRun.baton("run", file, "--input", "{nope"), "--input");
    assertUsageError(CliRun.baton("run", file, "--mock-config", mocks, "--test-case", "Payd"), "Paid");
    assertUsageError(CliRun.baton("run", file, "--unmocked", "maybe"), "fail or pass-through");
    assertUsageError(CliRun.baton("run"), "FILE");
  }

  @Test
  void structureErrorsAreReportedCompilerStyleAndNothingRuns() throws IOException {
    // an unknown Next and a StartAt that names no state: both structure errors, both reported
    String file = write("broken.asl.json", """
        {"StartAt":"Start",
         "States":{
           "First":{"Type":"Pass","Next":"Secnod"},
           "Second":{"Type":"Succeed"}}}""");
    CliRun run = CliRun.baton("run", file);
    assertUsageError(run, "is not a valid definition, so it cannot run");
    assertThat(run.err()).containsPattern(java.util.regex.Pattern.quote(file) + ":1:\\d+: error: \\[")
        .containsPattern(java.util.regex.Pattern.quote(file) + ":3:\\d+: error: \\[")
        .contains("(at /StartAt)", "(at /States/First/Next)");
  }

  @Test
  void flowWarningsDoNotStopARun() throws IOException {
    // $.maybe may not be there (the flow layer warns), yet the definition is valid and runs
    String file = write("warns.asl.json", """
        {"StartAt":"Read","States":{"Read":{"Type":"Pass","InputPath":"$.maybe","End":true}}}""");
    CliRun run = CliRun.baton("run", file, "--input", "{\"maybe\":1}");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(line(run).get("output").asInt()).isEqualTo(1);
  }

  private static void assertUsageError(CliRun run, String messagePart) {
    assertThat(run.status()).as(run.err()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains(messagePart);
  }

  @Test
  void aBareNameFindsTheProjectWorkflowWrittenByTheBuild() throws IOException {
    Path built = dir.resolve("target/stepfunctions/order.asl.json");
    Files.createDirectories(built.getParent());
    Files.writeString(built, ORDER);
    assertThat(RunCommand.resolveFile("order", dir)).isEqualTo(built.toString());
    assertThat(RunCommand.resolveFile("other", dir)).isEqualTo("other");
    assertThat(RunCommand.baseName(RunCommand.resolveFile("order", dir))).isEqualTo("order");
  }
}
