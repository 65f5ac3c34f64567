package dev.baton.local;

import static dev.baton.local.Asl.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.json.AslReader;
import dev.baton.local.items.InMemoryObjectStore;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A distributed Map's iterations are child executions with histories of their own: the parent's
 * history holds the Map Run, not one event per item, so a STANDARD parent can run far more items
 * than its 25,000-event limit (the reason distributed mode exists).
 */
class DistributedMapHistoryTest {

  private static final String MACHINE = """
      {"StartAt":"M","States":{"M":{"Type":"Map",
        "ItemReader":{"Resource":"arn:aws:states:::s3:getObject","ReaderConfig":{"InputType":"JSON"},
          "Parameters":{"Bucket":"data","Key":"items.json"}},
        "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"EXPRESS"},
          "StartAt":"Work","States":{"Work":{"Type":"Pass","End":true}}},
        "ResultPath":null,"End":true}}}""";

  @Test
  void aStandardParentRunsMoreItemsThanItsHistoryLimit() {
    String items = IntStream.range(0, 30_000).mapToObj(Integer::toString).collect(Collectors.joining(",", "[", "]"));
    InMemoryObjectStore store = new InMemoryObjectStore();
    store.put("data", "items.json", items.getBytes(StandardCharsets.UTF_8));
    Execution e = LocalEngine.builder().objectStore(store).build().start(AslReader.read(MACHINE), json("{}"));

    assertThat(e.status()).as("%s", e).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(e.history()).extracting(HistoryEvent::type)
        .contains(HistoryEventType.MapRunStarted, HistoryEventType.MapRunSucceeded)
        .doesNotContain(HistoryEventType.MapIterationStarted, HistoryEventType.MapIterationSucceeded);
    assertThat(e.history()).hasSizeLessThan(20);
  }
}
