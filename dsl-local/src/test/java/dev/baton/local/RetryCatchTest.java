package dev.baton.local;

import static dev.baton.local.Asl.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.model.StateMachine;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Retry (matching, back-off, caps, jitter, counters) then Catch, on the virtual clock. */
class RetryCatchTest {

  private static final String LAMBDA = "'Resource':'arn:aws:lambda:us-east-1:1:function:f'";

  private static StateMachine task(String retryAndCatch) {
    return Asl.machine("{'StartAt':'T','States':{'T':{'Type':'Task'," + LAMBDA + "," + retryAndCatch
        + ",'End':true},'Caught':{'Type':'Pass','End':true}}}");
  }

  private static LocalEngine failingTimes(int failures, String error) {
    TaskMock fail = Mocks.failing(error, "attempt failed");
    TaskMock[] seq = new TaskMock[failures + 1];
    for (int i = 0; i < failures; i++) {
      seq[i] = fail;
    }
    seq[failures] = Mocks.returning(json("{'ok':true}"));
    return LocalEngine.builder().mock("T", Mocks.sequence(seq)).build();
  }

  @Test
  void backoffDelaysAreExactOnTheVirtualClock() {
    Execution e = failingTimes(3, "Boom").start(task(
        "'Retry':[{'ErrorEquals':['Boom'],'IntervalSeconds':2,'BackoffRate':3,'MaxAttempts':3}]"), json("{}"));
    assertThat(e.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(e.duration()).isEqualTo(Duration.ofSeconds(2 + 6 + 18));
    assertThat(e.visitsOf("T").get(0).retries()).isEqualTo(3);
    assertThat(e.transitions()).isEqualTo(1 + 3);
  }

  @Test
  void defaultsAreOneSecondRateTwoThreeAttempts() {
    Execution e = failingTimes(4, "Boom").start(task("'Retry':[{'ErrorEquals':['States.ALL']}]"), json("{}"));
    assertThat(e.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(e.error()).contains("Boom");
    assertThat(e.duration()).isEqualTo(Duration.ofSeconds(1 + 2 + 4));
  }

  @Test
  void maxDelaySecondsCapsTheBackoff() {
    Execution e = failingTimes(3, "Boom").start(task(
        "'Retry':[{'ErrorEquals':['Boom'],'IntervalSeconds':10,'BackoffRate':10,'MaxDelaySeconds':15,'MaxAttempts':3}]"),
        json("{}"));
    assertThat(e.duration()).isEqualTo(Duration.ofSeconds(10 + 15 + 15));
  }

  @Test
  void fullJitterWaitsAtMostTheBackoffAndRepeatsWithTheSameSeed() {
    String retry = "'Retry':[{'ErrorEquals':['Boom'],'IntervalSeconds':10,'MaxAttempts':3,'JitterStrategy':'FULL'}]";
    Execution a = failingTimes(3, "Boom").start(task(retry), json("{}"));
    Execution b = failingTimes(3, "Boom").start(task(retry), json("{}"));
    assertThat(a.duration()).isLessThanOrEqualTo(Duration.ofSeconds(10 + 20 + 40)).isEqualTo(b.duration());
    assertThat(a.duration()).isLessThan(Duration.ofSeconds(70));
  }

  @Test
  void maxAttemptsZeroNeverRetriesAndStopsLaterRetriers() {
    Execution e = failingTimes(1, "Boom").start(task(
        "'Retry':[{'ErrorEquals':['Boom'],'MaxAttempts':0},{'ErrorEquals':['States.ALL'],'MaxAttempts':5}]"), json("{}"));
    assertThat(e.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(e.visitsOf("T").get(0).retries()).isZero();
  }

  @Test
  void eachRetrierCountsItsOwnAttempts() {
    TaskMock mock = Mocks.sequence(Mocks.failing("A", ""), Mocks.failing("B", ""), Mocks.failing("A", ""),
        Mocks.failing("B", ""), Mocks.returning(1));
    Execution e = LocalEngine.builder().mock("T", mock).build().start(task(
        "'Retry':[{'ErrorEquals':['A'],'MaxAttempts':2,'IntervalSeconds':1,'BackoffRate':1},"
            + "{'ErrorEquals':['B'],'MaxAttempts':2,'IntervalSeconds':1,'BackoffRate':1}]"), json("{}"));
    assertThat(e.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(e.visitsOf("T").get(0).retries()).isEqualTo(4);
  }

  @Test
  void retryCountIsInTheContextObject() {
    LocalEngine engine = LocalEngine.builder().mock("T", Mocks.function((in, ctx) -> {
      int n = ctx.path("State").path("RetryCount").asInt();
      if (n < 2) {
        throw new IllegalStateException("try " + n);
      }
      return n;
    })).build();
    Execution e = engine.start(task("'Retry':[{'ErrorEquals':['States.ALL'],'MaxAttempts':5}]"), json("{}"));
    assertThat(e.output().orElseThrow().asInt()).isEqualTo(2);
  }

  @Test
  void taskFailedMatchesTaskErrorsButNotTimeout() {
    Execution caught = failingTimes(9, "Custom").start(task(
        "'Catch':[{'ErrorEquals':['States.TaskFailed'],'Next':'Caught'}]"), json("{}"));
    assertThat(caught.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    LocalEngine slow = LocalEngine.builder()
        .mock("T", Mocks.responding(MockResponse.success(json("1")).after(Duration.ofSeconds(10))))
        .build();
    Execution timedOut = slow.start(Asl.machine("{'StartAt':'T','States':{'T':{'Type':'Task'," + LAMBDA
        + ",'TimeoutSeconds':5,'Catch':[{'ErrorEquals':['States.TaskFailed'],'Next':'Caught'}],'End':true},"
        + "'Caught':{'Type':'Pass','End':true}}}"), json("{}"));
    assertThat(timedOut.error()).contains("States.Timeout");
    assertThat(timedOut.duration()).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void catchPutsErrorOutputAtResultPathAndFirstMatchingCatcherWins() {
    Execution e = failingTimes(9, "Declined").start(Asl.machine("{'StartAt':'T','States':{'T':{'Type':'Task',"
        + LAMBDA + ",'Catch':[{'ErrorEquals':['Other'],'Next':'Wrong'},{'ErrorEquals':['Declined'],"
        + "'ResultPath':'$.err','Next':'Caught'},{'ErrorEquals':['States.ALL'],'Next':'Wrong'}],'End':true},"
        + "'Caught':{'Type':'Pass','End':true},'Wrong':{'Type':'Fail'}}}"), json("{'in':1}"));
    assertThat(e.output().orElseThrow()).isEqualTo(json("{'in':1,'err':{'Error':'Declined','Cause':'attempt failed'}}"));
    assertThat(e.statesEntered()).containsExactly("T", "Caught");
  }

  @Test
  void retriesRunOutThenCatchHandles() {
    Execution e = failingTimes(9, "Boom").start(task(
        "'Retry':[{'ErrorEquals':['Boom'],'MaxAttempts':2}],'Catch':[{'ErrorEquals':['Boom'],'Next':'Caught'}]"),
        json("{}"));
    assertThat(e.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(e.output().orElseThrow()).isEqualTo(json("{'Error':'Boom','Cause':'attempt failed'}"));
    assertThat(e.visitsOf("T").get(0).retries()).isEqualTo(2);
  }

  @Test
  void statesRuntimeIsNeitherRetriedNorCaught() {
    Execution e = LocalEngine.create().start(Asl.machine("{'StartAt':'T','States':{'T':{'Type':'Task'," + LAMBDA
        + ",'InputPath':'$.missing','Retry':[{'ErrorEquals':['States.ALL']}],"
        + "'Catch':[{'ErrorEquals':['States.ALL'],'Next':'Caught'}],'End':true},'Caught':{'Type':'Pass','End':true}}}"),
        json("{}"));
    assertThat(e.error()).contains("States.Runtime");
    assertThat(e.duration()).isZero();
  }

  @Test
  void heartbeatTimeoutWhenTheTaskIsSilentTooLong() {
    LocalEngine engine = LocalEngine.builder().mock("T", Mocks.responding(MockResponse.success(json("1"))
        .after(Duration.ofSeconds(100)).withHeartbeats(Duration.ofSeconds(20), Duration.ofSeconds(40))))
        .build();
    Execution e = engine.start(Asl.machine("{'StartAt':'T','States':{'T':{'Type':'Task'," + LAMBDA
        + ",'HeartbeatSeconds':30,'End':true}}}"), json("{}"));
    assertThat(e.error()).contains("States.HeartbeatTimeout");
    assertThat(e.duration()).isEqualTo(Duration.ofSeconds(70));
    assertThat(e.history()).extracting(HistoryEvent::type).contains(HistoryEventType.TaskTimedOut);
  }

  @Test
  void taskWithinItsTimeoutTakesItsSimulatedDuration() {
    LocalEngine engine = LocalEngine.builder().mock("T", Mocks.responding(MockResponse.success(json("1"))
        .after(Duration.ofSeconds(100)).withHeartbeats(Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(90))))
        .build();
    Execution e = engine.start(Asl.machine("{'StartAt':'T','States':{'T':{'Type':'Task'," + LAMBDA
        + ",'TimeoutSeconds':120,'HeartbeatSeconds':30,'End':true}}}"), json("{}"));
    assertThat(e.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(e.duration()).isEqualTo(Duration.ofSeconds(100));
  }

  @Test
  void executionTimeoutSecondsEndsTimedOut() {
    Execution e = LocalEngine.create().start(Asl.machine("""
        {'TimeoutSeconds':60,'StartAt':'W','States':{'W':{'Type':'Wait','Seconds':3600,'End':true}}}"""), json("{}"));
    assertThat(e.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
    assertThat(e.error()).contains("States.Timeout");
    assertThat(e.duration()).isEqualTo(Duration.ofSeconds(60));
    assertThat(e.history().get(e.history().size() - 1).type()).isEqualTo(HistoryEventType.ExecutionTimedOut);
  }

  @Test
  void realTimeClockTimesOutWithoutSleepingThroughTheRest() {
    Execution e = LocalEngine.builder().realTime().build().start(Asl.machine("""
        {'TimeoutSeconds':1,'StartAt':'W','States':{'W':{'Type':'Wait','Seconds':3600,'End':true}}}"""), json("{}"));
    assertThat(e.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
    assertThat(e.duration()).isGreaterThanOrEqualTo(Duration.ofSeconds(1)).isLessThan(Duration.ofMinutes(1));
  }
}
