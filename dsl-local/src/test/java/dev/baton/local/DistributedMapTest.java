package dev.baton.local;

import static dev.baton.local.Asl.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.json.AslReader;
import dev.baton.local.items.InMemoryObjectStore;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Distributed Map: ItemReader, ItemBatcher, tolerated failures and ResultWriter over an object store. */
class DistributedMapTest {

  private static String map(String extra) {
    return """
        {"StartAt":"M","States":{"M":{"Type":"Map",
          "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},
            "StartAt":"Work","States":{"Work":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:1:function:w","End":true}}},
          %s,"End":true}}}""".formatted(extra);
  }

  private static InMemoryObjectStore store(String key, String content) {
    InMemoryObjectStore store = new InMemoryObjectStore();
    store.put("data", key, content.getBytes(StandardCharsets.UTF_8));
    return store;
  }

  @Test
  void readsCsvItemsFromTheObjectStore() {
    LocalEngine engine = LocalEngine.builder().objectStore(store("in.csv", "id,qty\na,1\nb,2\n"))
        .mock("Work", Mocks.function(in -> in.get("id").asText() + "x" + in.get("qty").asText()))
        .build();
    Execution e = engine.start(AslReader.read(map("""
        "ItemReader":{"Resource":"arn:aws:states:::s3:getObject","ReaderConfig":{"InputType":"CSV","CSVHeaderLocation":"FIRST_ROW"},
          "Parameters":{"Bucket":"data","Key":"in.csv"}}""")), json("{}"));
    assertThat(e.output().orElseThrow()).as("%s", e).isEqualTo(json("['ax1','bx2']"));
    assertThat(e.history()).extracting(HistoryEvent::type).contains(HistoryEventType.MapRunStarted, HistoryEventType.MapRunSucceeded)
        .doesNotContain(HistoryEventType.TaskStateEntered);
  }

  @Test
  void batchesItemsWithBatchInput() {
    LocalEngine engine = LocalEngine.builder().mock("Work", Mocks.echo()).build();
    Execution e = engine.start(AslReader.read(map("""
        "ItemBatcher":{"MaxItemsPerBatch":2,"BatchInput":{"run.$":"$.run"}},"ItemsPath":"$.xs\"""")),
        json("{'run':'r1','xs':[1,2,3,4,5]}"));
    assertThat(e.output().orElseThrow()).isEqualTo(json("""
        [{'BatchInput':{'run':'r1'},'Items':[1,2]},{'BatchInput':{'run':'r1'},'Items':[3,4]},
         {'BatchInput':{'run':'r1'},'Items':[5]}]"""));
  }

  @Test
  void anyFailureWithoutToleranceExceedsTheThreshold() {
    LocalEngine engine = LocalEngine.builder().mock("Work", inv -> inv.input().asInt() == 2
        ? MockResponse.failure("Bad", "item 2") : MockResponse.success(inv.input())).build();
    Execution e = engine.start(AslReader.read(map("\"ItemsPath\":\"$\"")), json("[1,2,3]"));
    assertThat(e.error()).contains("States.ExceedToleratedFailureThreshold");
  }

  @Test
  void toleratedFailuresLetTheMapSucceedWithTheSucceededResults() {
    LocalEngine engine = LocalEngine.builder().mock("Work", inv -> inv.input().asInt() % 2 == 0
        ? MockResponse.failure("Bad", "even") : MockResponse.success(inv.input())).build();
    Execution ok = engine.start(AslReader.read(map("\"ToleratedFailurePercentage\":50")), json("[1,2,3,4]"));
    assertThat(ok.output().orElseThrow()).isEqualTo(json("[1,3]"));
    Execution count = engine.start(AslReader.read(map("\"ToleratedFailureCount\":1")), json("[1,2,3,4]"));
    assertThat(count.error()).contains("States.ExceedToleratedFailureThreshold");
  }

  @Test
  void resultWriterWritesToTheStoreAndReturnsItsDetails() {
    InMemoryObjectStore store = new InMemoryObjectStore();
    LocalEngine engine = LocalEngine.builder().objectStore(store).mock("Work", Mocks.echo()).build();
    Execution e = engine.start(AslReader.read(map("""
        "ResultWriter":{"Resource":"arn:aws:states:::s3:putObject","Parameters":{"Bucket":"out","Prefix":"runs"}}""")),
        json("[1,2]"));
    JsonNode details = e.output().orElseThrow().get("ResultWriterDetails");
    assertThat(details.get("Bucket").asText()).isEqualTo("out");
    assertThat(store.get("out", details.get("Key").asText())).isPresent();
  }

  @Test
  void childrenOfADistributedMapCannotReadOuterVariables() {
    Execution e = LocalEngine.create().start(AslReader.read("""
        {"QueryLanguage":"JSONata","StartAt":"Set","States":{
          "Set":{"Type":"Pass","Assign":{"outer":1},"Next":"M"},
          "M":{"Type":"Map","ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"EXPRESS"},
            "StartAt":"X","States":{"X":{"Type":"Pass","Output":"{% $exists($outer) %}","End":true}}},"End":true}}}"""),
        json("[1]"));
    assertThat(e.output().orElseThrow()).isEqualTo(json("[false]"));
  }

  @Test
  void itemSelectorSeesTheItemIndexValueAndSource() {
    LocalEngine engine = LocalEngine.builder().objectStore(store("in.json", "[{\"a\":1},{\"a\":2}]"))
        .mock("Work", Mocks.echo()).build();
    Execution e = engine.start(AslReader.read(map("""
        "ItemReader":{"Resource":"arn:aws:states:::s3:getObject","ReaderConfig":{"InputType":"JSON"},
          "Parameters":{"Bucket":"data","Key":"in.json"}},
        "ItemSelector":{"i.$":"$$.Map.Item.Index","v.$":"$$.Map.Item.Value.a","src.$":"$$.Map.Item.Source"}""")),
        json("{}"));
    assertThat(e.output().orElseThrow()).as("%s", e).isEqualTo(json(
        "[{'i':0,'v':1,'src':'s3://data/in.json'},{'i':1,'v':2,'src':'s3://data/in.json'}]"));
  }
}
