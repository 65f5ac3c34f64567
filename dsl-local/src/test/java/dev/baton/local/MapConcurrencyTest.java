package dev.baton.local;

import static dev.baton.local.Asl.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * How many Map iterations run at once: MaxConcurrency when set, 0 or absent meaning "no limit",
 * within AWS's own ceilings (40 for an inline Map, 10,000 child executions for a distributed one).
 * https://docs.aws.amazon.com/step-functions/latest/dg/state-map-inline.html: "In this mode, the
 * Map state supports up to 40 concurrent iterations."
 */
class MapConcurrencyTest {

  private static final String LAMBDA = "'Resource':'arn:aws:lambda:us-east-1:1:function:f'";

  private static Execution tenSecondItems(String processorConfig, String maxConcurrency, int items) {
    LocalEngine engine = LocalEngine.builder()
        .mock("Work", inv -> MockResponse.success(inv.input()).after(Duration.ofSeconds(10))).build();
    StringBuilder xs = new StringBuilder("[");
    for (int i = 0; i < items; i++) {
      xs.append(i == 0 ? "" : ",").append(i);
    }
    return engine.start(Asl.machine("{'StartAt':'M','States':{'M':{'Type':'Map'" + maxConcurrency + ","
        + "'ItemProcessor':{" + processorConfig + "'StartAt':'Work','States':{'Work':{'Type':'Task',"
        + LAMBDA + ",'End':true}}},'End':true}}}"), json(xs.append(']').toString()));
  }

  @Test
  void anInlineMapRunsAtMost40IterationsAtOnceWithoutMaxConcurrency() {
    Execution e = tenSecondItems("", "", 50);
    assertThat(e.output().orElseThrow()).hasSize(50);
    assertThat(e.duration()).isEqualTo(Duration.ofSeconds(20));
  }

  @Test
  void anInlineMapWithMaxConcurrencyZeroIsStillCappedAt40() {
    assertThat(tenSecondItems("", ",'MaxConcurrency':0", 41).duration()).isEqualTo(Duration.ofSeconds(20));
  }

  @Test
  void anInlineMapMaxConcurrencyOver40IsCappedAt40() {
    assertThat(tenSecondItems("", ",'MaxConcurrency':100", 80).duration()).isEqualTo(Duration.ofSeconds(20));
  }

  @Test
  void aLowerMaxConcurrencyStillApplies() {
    assertThat(tenSecondItems("", ",'MaxConcurrency':25", 50).duration()).isEqualTo(Duration.ofSeconds(20));
  }

  @Test
  void aDistributedMapIsNotHeldTo40() {
    Execution e = tenSecondItems("'ProcessorConfig':{'Mode':'DISTRIBUTED','ExecutionType':'STANDARD'},", "", 50);
    assertThat(e.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(e.duration()).isEqualTo(Duration.ofSeconds(10));
  }
}
