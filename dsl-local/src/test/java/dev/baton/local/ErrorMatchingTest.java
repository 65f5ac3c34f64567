package dev.baton.local;

import static dev.baton.local.Asl.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Which ErrorEquals names match which errors, beyond plain equality. */
class ErrorMatchingTest {

  private static final String LAMBDA = "'Resource':'arn:aws:lambda:us-east-1:1:function:f'";

  /** A task that runs 5 minutes without a heartbeat while its HeartbeatSeconds is 60. */
  private static LocalEngine silentFor5Minutes() {
    return LocalEngine.builder()
        .mock("T", Mocks.responding(MockResponse.success(json("{}")).after(Duration.ofMinutes(5))))
        .build();
  }

  private static String task(String handling) {
    return "{'StartAt':'T','States':{'T':{'Type':'Task'," + LAMBDA + ",'HeartbeatSeconds':60," + handling
        + ",'End':true},'C':{'Type':'Pass','End':true}}}";
  }

  @Test
  void statesTimeoutAlsoCatchesAHeartbeatTimeout() {
    Execution e = silentFor5Minutes().start(Asl.machine(task(
        "'Catch':[{'ErrorEquals':['States.Timeout'],'Next':'C'}]")), json("{}"));
    assertThat(e.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(e.output().orElseThrow().get("Error").asText()).isEqualTo("States.HeartbeatTimeout");
  }

  @Test
  void statesTimeoutAlsoRetriesAHeartbeatTimeout() {
    Execution e = silentFor5Minutes().start(Asl.machine(task(
        "'Retry':[{'ErrorEquals':['States.Timeout'],'MaxAttempts':2,'IntervalSeconds':1}]")), json("{}"));
    assertThat(e.error()).contains("States.HeartbeatTimeout");
    assertThat(e.visitsOf("T").get(0).retries()).isEqualTo(2);
  }

  @Test
  void statesTaskFailedDoesNotMatchAHeartbeatTimeout() {
    Execution e = silentFor5Minutes().start(Asl.machine(task(
        "'Catch':[{'ErrorEquals':['States.TaskFailed'],'Next':'C'}]")), json("{}"));
    assertThat(e.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(e.error()).contains("States.HeartbeatTimeout");
  }

  @Test
  void statesHeartbeatTimeoutDoesNotMatchATaskTimeout() {
    LocalEngine engine = LocalEngine.builder()
        .mock("T", Mocks.responding(MockResponse.success(json("{}")).after(Duration.ofMinutes(5))))
        .build();
    Execution e = engine.start(Asl.machine("{'StartAt':'T','States':{'T':{'Type':'Task'," + LAMBDA
        + ",'TimeoutSeconds':60,'Catch':[{'ErrorEquals':['States.HeartbeatTimeout'],'Next':'C'}],"
        + "'End':true},'C':{'Type':'Pass','End':true}}}"), json("{}"));
    assertThat(e.error()).contains("States.Timeout");
  }
}
