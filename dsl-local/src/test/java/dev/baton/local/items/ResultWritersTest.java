package dev.baton.local.items;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.local.functions.StatesError;
import dev.baton.model.ResultWriter;
import dev.baton.model.WriterConfig;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultWritersTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String RUN = "arn:aws:states:us-east-1:123456789012:mapRun:machine/Map:run-1";
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-01-02T03:04:05Z"), ZoneOffset.UTC);
  private static final ResultWriter TO_S3 =
      ResultWriter.builder().resource("arn:aws:states:::s3:putObject").build();

  private final InMemoryObjectStore store = new InMemoryObjectStore();

  private static JsonNode json(String text) {
    try {
      return MAPPER.readTree(text.replace('\'', '"'));
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }

  private JsonNode read(String key) {
    return read("out", key);
  }

  private JsonNode read(String bucket, String key) {
    try {
      return MAPPER.readTree(store.get(bucket, key).orElseThrow());
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void writesResultFilesAndAManifestAndReturnsWhereTheyAre() {
    JsonNode result =
        ResultWriters.writeItems(
            TO_S3,
            json("{'Bucket':'out','Prefix':'results'}"),
            RUN,
            List.of(new SucceededItem(json("{'n':1}"), json("{'r':10}"))),
            List.of(new FailedItem(json("{'n':2}"), "Boom", "it broke")),
            store,
            CLOCK);
    assertThat(result)
        .isEqualTo(json("{'MapRunArn':'" + RUN + "','ResultWriterDetails':{'Bucket':'out','Key':'results/run-1/manifest.json'}}"));
    assertThat(store.list("out", "")).containsExactly(
        "results/run-1/FAILED_0.json", "results/run-1/SUCCEEDED_0.json", "results/run-1/manifest.json");
    JsonNode manifest = read("results/run-1/manifest.json");
    assertThat(manifest.get("DestinationBucket").asText()).isEqualTo("out");
    assertThat(manifest.get("MapRunArn").asText()).isEqualTo(RUN);
    assertThat(manifest.at("/ResultFiles/SUCCEEDED/0/Key").asText()).isEqualTo("results/run-1/SUCCEEDED_0.json");
    assertThat(manifest.at("/ResultFiles/SUCCEEDED/0/Size").asLong())
        .isEqualTo(store.get("out", "results/run-1/SUCCEEDED_0.json").orElseThrow().length);
    assertThat(manifest.at("/ResultFiles/PENDING")).isEqualTo(json("[]"));

    JsonNode succeeded = read("results/run-1/SUCCEEDED_0.json").get(0);
    assertThat(succeeded.get("Status").asText()).isEqualTo("SUCCEEDED");
    assertThat(succeeded.get("Input").asText()).isEqualTo("{\"n\":1}");
    assertThat(succeeded.get("Output").asText()).isEqualTo("{\"r\":10}");
    assertThat(succeeded.get("ExecutionArn").asText())
        .startsWith("arn:aws:states:us-east-1:123456789012:execution:machine/Map:");
    assertThat(succeeded.get("StartDate").asText()).isEqualTo("2024-01-02T03:04:05Z");
    List<String> names = new java.util.ArrayList<>();
    succeeded.fieldNames().forEachRemaining(names::add);
    assertThat(names).isSorted();
    JsonNode failed = read("results/run-1/FAILED_0.json").get(0);
    assertThat(failed.get("Status").asText()).isEqualTo("FAILED");
    assertThat(failed.get("Error").asText()).isEqualTo("Boom");
    assertThat(failed.get("Cause").asText()).isEqualTo("it broke");
    assertThat(failed.has("Output")).isFalse();
  }

  @Test
  void outputsOnlySayTheInputIsNotIncluded() {
    ResultWriters.write(TO_S3, json("{'Bucket':'out'}"), RUN, List.of(json("1")), List.of(), store);
    JsonNode entry = read("run-1/SUCCEEDED_0.json").get(0);
    assertThat(entry.at("/InputDetails/Included").asBoolean()).isFalse();
    assertThat(entry.has("Input")).isFalse();
    assertThat(store.get("out", "run-1/FAILED_0.json")).isEmpty();
  }

  @Test
  void compactAndFlattenWithJsonLines() {
    ResultWriter writer =
        TO_S3.toBuilder()
            .writerConfig(WriterConfig.builder().transformation("FLATTEN").outputType("JSONL").build())
            .build();
    ResultWriters.write(writer, json("{'Bucket':'out'}"), RUN, List.of(json("[1,2]"), json("{'a':3}")), List.of(), store);
    String lines = new String(store.get("out", "run-1/SUCCEEDED_0.jsonl").orElseThrow(), StandardCharsets.UTF_8);
    assertThat(lines).isEqualTo("1\n2\n{\"a\":3}\n");
    ResultWriter compact =
        TO_S3.toBuilder().writerConfig(WriterConfig.builder().transformation("COMPACT").build()).build();
    ResultWriters.write(compact, json("{'Bucket':'c'}"), RUN, List.of(json("[1,2]")), List.of(new FailedItem(json("{}"), "E", "C")), store);
    assertThat(new String(store.get("c", "run-1/SUCCEEDED_0.json").orElseThrow(), StandardCharsets.UTF_8)).isEqualTo("[[1,2]]");
    // AWS: a failed child's result is left unchanged, as with Transformation NONE
    JsonNode failed = read("c", "run-1/FAILED_0.json").get(0);
    assertThat(failed.get("Status").asText()).isEqualTo("FAILED");
    assertThat(failed.get("Error").asText()).isEqualTo("E");
    assertThat(failed.get("Input").asText()).isEqualTo("{}");
  }

  @Test
  void aWriterConfigWithoutResourceReturnsTheTransformedResults() {
    ResultWriter inline =
        ResultWriter.builder().writerConfig(WriterConfig.builder().transformation("FLATTEN").build()).build();
    JsonNode result = ResultWriters.write(inline, null, RUN, List.of(json("[1]"), json("[2,3]")), List.of(), store);
    assertThat(result).isEqualTo(json("[1,2,3]"));
    assertThat(store.list("out", "")).isEmpty();
  }

  @Test
  void failures() {
    assertThatThrownBy(() -> ResultWriters.write(TO_S3, json("{}"), RUN, List.of(), List.of(), store))
        .isInstanceOfSatisfying(StatesError.class, e -> {
          assertThat(e.error()).isEqualTo("States.ResultWriterFailed");
          assertThat(e.cause()).contains("needs a string Bucket");
        });
    ResultWriter bad = TO_S3.toBuilder().writerConfig(WriterConfig.builder().transformation("SQUASH").build()).build();
    assertThatThrownBy(() -> ResultWriters.write(bad, json("{'Bucket':'b'}"), RUN, List.of(), List.of(), store))
        .hasMessageContaining("NONE, COMPACT or FLATTEN");
  }
}
