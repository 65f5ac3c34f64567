package dev.baton.local;

import static dev.baton.local.Asl.json;
import static dev.baton.local.Asl.single;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Wait (all four forms) and Fail (Error/Cause, ErrorPath/CausePath with paths and intrinsics). */
class WaitFailTest {

  private final LocalEngine engine = LocalEngine.create();

  @Test
  void waitSecondsTakesSimulatedTimeOnly() {
    Execution e = engine.start(single("{'Type':'Wait','Seconds':86400,'End':true}"), json("{'a':1}"));
    assertThat(e.duration()).isEqualTo(Duration.ofDays(1));
    assertThat(e.output().orElseThrow()).isEqualTo(json("{'a':1}"));
  }

  @Test
  void waitSecondsPathAndTimestampPath() {
    assertThat(engine.start(single("{'Type':'Wait','SecondsPath':'$.s','End':true}"), json("{'s':30}")).duration())
        .isEqualTo(Duration.ofSeconds(30));
    assertThat(engine.start(single("{'Type':'Wait','TimestampPath':'$.t','End':true}"),
        json("{'t':'2024-01-01T01:00:00Z'}")).duration()).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void waitTimestampInThePastDoesNotWait() {
    assertThat(engine.start(single("{'Type':'Wait','Timestamp':'2020-01-01T00:00:00Z','End':true}"), json("{}"))
        .duration()).isZero();
  }

  @Test
  void waitSecondsPathThatIsNotANumberIsRuntime() {
    assertThat(engine.start(single("{'Type':'Wait','SecondsPath':'$.s','End':true}"), json("{'s':'x'}")).error())
        .contains("States.Runtime");
  }

  @Test
  void failWithErrorAndCause() {
    Execution e = engine.start(single("{'Type':'Fail','Error':'E1','Cause':'why'}"), json("{}"));
    assertThat(e.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(e.error()).contains("E1");
    assertThat(e.cause()).contains("why");
  }

  @Test
  void failWithErrorPathAndIntrinsicCausePath() {
    Execution e = engine.start(dev.baton.json.AslReader.read("""
        {"StartAt":"S","States":{"S":{"Type":"Fail","ErrorPath":"$.code",
          "CausePath":"States.Format('Item {} failed: {}', $.id, $.why)"}}}"""),
        json("{'code':'E42','id':7,'why':'bad input'}"));
    assertThat(e.error()).contains("E42");
    assertThat(e.cause()).contains("Item 7 failed: bad input");
  }
}
