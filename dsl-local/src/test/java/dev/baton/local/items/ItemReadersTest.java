package dev.baton.local.items;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.local.functions.StatesError;
import dev.baton.model.CsvDelimiter;
import dev.baton.model.CsvHeaderLocation;
import dev.baton.model.ItemReader;
import dev.baton.model.ManifestType;
import dev.baton.model.ReaderConfig;
import dev.baton.model.ReaderInputType;
import dev.baton.model.Value;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class ItemReadersTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String GET = "arn:aws:states:::s3:getObject";

  private final ObjectStore files = new DirectoryObjectStore(resources());

  private static Path resources() {
    try {
      return Path.of(ItemReadersTest.class.getResource("/items/s3").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode json(String text) {
    try {
      return MAPPER.readTree(text.replace('\'', '"'));
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static ItemReader reader(String resource, ReaderConfig config) {
    return ItemReader.builder().resource(resource).readerConfig(config).build();
  }

  private static ReaderConfig type(ReaderInputType type) {
    return ReaderConfig.builder().inputType(type).build();
  }

  private static void fails(ThrowingCallable call, String... fragments) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            StatesError.class,
            e -> {
              assertThat(e.error()).isEqualTo("States.ItemReaderFailed");
              assertThat(e.cause()).contains(fragments);
            });
  }

  @Test
  void readsAJsonArray() {
    List<JsonNode> items =
        ItemReaders.read(reader(GET, type(ReaderInputType.JSON)), json("{'Bucket':'data','Key':'items.json'}"), files);
    assertThat(items).containsExactly(json("{'id':1}"), json("{'id':2}"), json("{'id':3}"));
  }

  @Test
  void readsJsonLinesSkippingBlankLines() {
    List<JsonNode> items =
        ItemReaders.read(reader(GET, type(ReaderInputType.JSONL)), json("{'Bucket':'data','Key':'items.jsonl'}"), files);
    assertThat(items).containsExactly(json("{'id':1}"), json("{'id':2}"), json("{'id':3}"));
  }

  @Test
  void readsCsvWithTheFirstRowAsHeaders() {
    List<JsonNode> items =
        ItemReaders.read(
            reader(GET, ReaderConfig.builder().inputType(ReaderInputType.CSV).csvHeaderLocation(CsvHeaderLocation.FIRST_ROW).build()),
            json("{'Bucket':'data','Key':'csv/people.csv'}"),
            files);
    assertThat(items)
        .containsExactly(
            json("{'id':'1','name':'Ann','note':'likes, commas'}"),
            MAPPER.valueToTree(java.util.Map.of("id", "2", "name", "Bob", "note", "says \"hi\"")),
            MAPPER.valueToTree(java.util.Map.of("id", "3", "name", "Multi\nLine", "note", "x")),
            json("{'id':'4','name':'Dee','note':''}"));
  }

  @Test
  void readsCsvWithGivenHeadersAndADelimiter() {
    InMemoryObjectStore store = new InMemoryObjectStore();
    store.put("b", "k.csv", "a|b\nc|d\n".getBytes(StandardCharsets.UTF_8));
    ReaderConfig config =
        ReaderConfig.builder()
            .inputType(ReaderInputType.CSV)
            .csvHeaderLocation(CsvHeaderLocation.GIVEN)
            .csvHeaders(List.of("x", "y"))
            .csvDelimiter(CsvDelimiter.PIPE)
            .build();
    assertThat(ItemReaders.read(reader(GET, config), json("{'Bucket':'b','Key':'k.csv'}"), store))
        .containsExactly(json("{'x':'a','y':'b'}"), json("{'x':'c','y':'d'}"));
    store.put("b", "t.csv", "1\t2\n".getBytes(StandardCharsets.UTF_8));
    ReaderConfig tabs = config.toBuilder().csvDelimiter(CsvDelimiter.TAB).build();
    assertThat(ItemReaders.read(reader(GET, tabs), json("{'Bucket':'b','Key':'t.csv'}"), store))
        .containsExactly(json("{'x':'1','y':'2'}"));
  }

  @Test
  void aByteOrderMarkIsNotPartOfTheFirstHeader() {
    InMemoryObjectStore store = new InMemoryObjectStore();
    store.put("b", "bom.csv", "\uFEFFid,name\n7,x\n".getBytes(StandardCharsets.UTF_8));
    assertThat(ItemReaders.read(reader(GET, type(ReaderInputType.CSV)), json("{'Bucket':'b','Key':'bom.csv'}"), store))
        .containsExactly(json("{'id':'7','name':'x'}"));
  }

  @Test
  void maxItemsKeepsTheFirstItems() {
    ReaderConfig config =
        ReaderConfig.builder().inputType(ReaderInputType.CSV).maxItems(Value.of(2)).build();
    List<JsonNode> items =
        ItemReaders.read(reader(GET, config), json("{'Bucket':'data','Key':'csv/people.csv'}"), files);
    assertThat(items).extracting(i -> i.get("id").asText()).containsExactly("1", "2");
    assertThat(
            ItemReaders.read(
                reader(GET, type(ReaderInputType.JSON)), json("{'Bucket':'data','Key':'items.json'}"), files, 1))
        .hasSize(1);
  }

  @Test
  void readsAnS3InventoryManifestAndItsGzippedFiles() {
    List<JsonNode> items =
        ItemReaders.read(
            reader(GET, type(ReaderInputType.MANIFEST)),
            json("{'Bucket':'data','Key':'inventory/manifest.json'}"),
            files);
    assertThat(items)
        .containsExactly(
            json("{'Bucket':'data','Key':'a.txt','Size':'5','LastModifiedDate':'2022-11-16T00:29:32.000Z'}"),
            json("{'Bucket':'data','Key':'b.txt','Size':'7','LastModifiedDate':'2022-11-16T00:29:33.000Z'}"),
            json("{'Bucket':'data','Key':'c.txt','Size':'9','LastModifiedDate':'2022-11-16T00:29:34.000Z'}"));
  }

  @Test
  void readsAnAthenaManifest() {
    InMemoryObjectStore store = new InMemoryObjectStore();
    store.put("b", "manifest.csv", "s3://b/part-1\ns3://b/part-2\n".getBytes(StandardCharsets.UTF_8));
    store.put("b", "part-1", "{\"n\":1}\n".getBytes(StandardCharsets.UTF_8));
    store.put("b", "part-2", "{\"n\":2}\n".getBytes(StandardCharsets.UTF_8));
    ReaderConfig config =
        ReaderConfig.builder().manifestType(ManifestType.ATHENA_DATA).inputType(ReaderInputType.JSONL).build();
    assertThat(ItemReaders.read(reader(GET, config), json("{'Bucket':'b','Key':'manifest.csv'}"), store))
        .containsExactly(json("{'n':1}"), json("{'n':2}"));
  }

  @Test
  void listsObjectsLikeListObjectsV2() {
    Clock clock = Clock.fixed(Instant.ofEpochSecond(1668699881), ZoneOffset.UTC);
    InMemoryObjectStore store = new InMemoryObjectStore(clock);
    store.put("b", "img/2.jpg", "two".getBytes(StandardCharsets.UTF_8));
    store.put("b", "img/1.jpg", "one".getBytes(StandardCharsets.UTF_8));
    store.put("b", "other.txt", "x".getBytes(StandardCharsets.UTF_8));
    List<JsonNode> items =
        ItemReaders.read(
            reader("arn:aws:states:::s3:listObjectsV2", null), json("{'Bucket':'b','Prefix':'img/'}"), store);
    assertThat(items)
        .containsExactly(
            json("{'Etag':'\\\"f97c5d29941bfb1b2fdab0874906ab82\\\"','Key':'img/1.jpg','LastModified':1668699881,'Size':3,'StorageClass':'STANDARD'}"),
            json("{'Etag':'\\\"b8a9f715dbb64fd5c56e7783c6820a61\\\"','Key':'img/2.jpg','LastModified':1668699881,'Size':3,'StorageClass':'STANDARD'}"));
  }

  @Test
  void failuresNameTheObjectAndLine() {
    InMemoryObjectStore store = new InMemoryObjectStore();
    store.put("b", "bad.jsonl", "{\"a\":1}\n{oops\n".getBytes(StandardCharsets.UTF_8));
    store.put("b", "obj.json", "{\"a\":1}".getBytes(StandardCharsets.UTF_8));
    store.put("b", "dup.csv", "a,a\n1,2\n".getBytes(StandardCharsets.UTF_8));
    store.put("b", "open.csv", "a\n\"x\ny\n".getBytes(StandardCharsets.UTF_8));
    store.put("b", "broken.json", "[1,\n2,,]".getBytes(StandardCharsets.UTF_8));
    fails(() -> ItemReaders.read(reader(GET, type(ReaderInputType.JSONL)), json("{'Bucket':'b','Key':'bad.jsonl'}"), store), "s3://b/bad.jsonl line 2");
    fails(() -> ItemReaders.read(reader(GET, type(ReaderInputType.JSON)), json("{'Bucket':'b','Key':'obj.json'}"), store), "must hold a JSON array", "object");
    fails(() -> ItemReaders.read(reader(GET, type(ReaderInputType.JSON)), json("{'Bucket':'b','Key':'broken.json'}"), store), "s3://b/broken.json line 2");
    fails(() -> ItemReaders.read(reader(GET, type(ReaderInputType.CSV)), json("{'Bucket':'b','Key':'dup.csv'}"), store), "cannot contain duplicates", "'a'");
    fails(() -> ItemReaders.read(reader(GET, type(ReaderInputType.CSV)), json("{'Bucket':'b','Key':'open.csv'}"), store), "line 2", "never closed");
    fails(() -> ItemReaders.read(reader(GET, type(ReaderInputType.JSON)), json("{'Bucket':'b','Key':'nope.json'}"), store), "s3://b/nope.json does not exist", "bad.jsonl");
    fails(() -> ItemReaders.read(reader(GET, type(ReaderInputType.JSON)), json("{'Key':'x'}"), store), "needs a string Bucket");
    fails(() -> ItemReaders.read(reader(GET, type(ReaderInputType.PARQUET)), json("{'Bucket':'b','Key':'obj.json'}"), store), "PARQUET is not supported");
    fails(() -> ItemReaders.read(reader("arn:aws:states:::dynamodb:scan", null), json("{'Bucket':'b'}"), store), "not supported locally");
  }
}
