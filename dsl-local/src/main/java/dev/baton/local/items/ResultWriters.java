package dev.baton.local.items;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.baton.local.functions.StatesError;
import dev.baton.model.ResultWriter;
import dev.baton.model.WriterConfig;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a distributed Map's results the way AWS Step Functions' {@code ResultWriter} exports them
 * to S3, into an {@link ObjectStore}.
 *
 * <p>With {@code Resource} {@code arn:aws:states:::s3:putObject} and evaluated {@code Bucket} and
 * optional {@code Prefix}, it writes under {@code Prefix/<map run id>/}: {@code SUCCEEDED_0.json}
 * and {@code FAILED_0.json} (only those that have entries) and {@code manifest.json} (with {@code
 * DestinationBucket}, {@code MapRunArn} and {@code ResultFiles} {@code FAILED}/{@code PENDING}/
 * {@code SUCCEEDED} listing each file's {@code Key} and {@code Size}), and returns the Map
 * state's result {@code {"MapRunArn":..,"ResultWriterDetails":{"Bucket":..,"Key":".../manifest
 * .json"}}}. Each entry of a result file describes one child execution ({@code ExecutionArn},
 * {@code Input} and {@code Output} as JSON strings, {@code Name}, {@code Status}, dates, and
 * {@code Error}/{@code Cause} when failed).
 *
 * <p>{@code WriterConfig}: {@code Transformation} NONE (the default, entries as above), COMPACT
 * (the child outputs only) or FLATTEN (like COMPACT, with array outputs flattened into the
 * list); failed children are always written as with NONE, as AWS documents; {@code OutputType} JSON (a JSON array per
 * file, the default) or JSONL (one entry per line, files named {@code .jsonl}). A ResultWriter
 * with a WriterConfig and no Resource writes nothing and returns the transformed succeeded
 * entries as the Map's result. Failures throw {@link StatesError} {@code
 * States.ResultWriterFailed}. AWS splits files over 5 GB; locally there is always one file per
 * status.
 */
public final class ResultWriters {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final ObjectMapper COMPACT_MAPPER = new ObjectMapper();

  private ResultWriters() {}

  /**
   * Writes the results when only the child outputs are known (each entry then says {@code
   * "InputDetails": {"Included": false}}).
   *
   * @param writer the Map state's ResultWriter; required
   * @param evaluatedParameters its evaluated Parameters or Arguments ({@code Bucket}, {@code
   *     Prefix}); required when it has a Resource
   * @param mapRunArn the map run's ARN; its last {@code :} segment names the result folder
   * @param succeeded the outputs of the succeeded child executions, in item order
   * @param failed the failed items, in item order
   * @param store where to write
   * @return the Map state's result
   * @throws StatesError {@code States.ResultWriterFailed}
   */
  public static JsonNode write(
      ResultWriter writer,
      JsonNode evaluatedParameters,
      String mapRunArn,
      List<JsonNode> succeeded,
      List<FailedItem> failed,
      ObjectStore store) {
    List<SucceededItem> items = new ArrayList<>(succeeded.size());
    for (JsonNode output : succeeded) {
      items.add(new SucceededItem(null, output));
    }
    return writeItems(
        writer, evaluatedParameters, mapRunArn, items, failed, store, Clock.systemUTC());
  }

  /**
   * Writes the results with each child execution's input.
   *
   * @param writer the Map state's ResultWriter; required
   * @param evaluatedParameters its evaluated Parameters or Arguments; required when it has a
   *     Resource
   * @param mapRunArn the map run's ARN, e.g. {@code
   *     arn:aws:states:us-east-1:123456789012:mapRun:machine/Map:0f9e...}
   * @param succeeded the succeeded items, in item order
   * @param failed the failed items, in item order
   * @param store where to write
   * @param clock the source of StartDate and StopDate
   * @return the Map state's result
   * @throws StatesError {@code States.ResultWriterFailed}
   */
  public static JsonNode writeItems(
      ResultWriter writer,
      JsonNode evaluatedParameters,
      String mapRunArn,
      List<SucceededItem> succeeded,
      List<FailedItem> failed,
      ObjectStore store,
      Clock clock) {
    WriterConfig config = writer.writerConfig().orElse(null);
    String transformation =
        config == null ? "NONE" : config.transformation().orElse("NONE").toUpperCase();
    String outputType = config == null ? "JSON" : config.outputType().orElse("JSON").toUpperCase();
    if (!List.of("NONE", "COMPACT", "FLATTEN").contains(transformation)) {
      throw failed("WriterConfig Transformation must be NONE, COMPACT or FLATTEN, not " + transformation);
    }
    if (!List.of("JSON", "JSONL").contains(outputType)) {
      throw failed("WriterConfig OutputType must be JSON or JSONL, not " + outputType);
    }
    Entries entries = new Entries(mapRunArn, clock.instant(), transformation);
    List<JsonNode> succeededEntries = new ArrayList<>();
    for (int i = 0; i < succeeded.size(); i++) {
      entries.addSucceeded(succeededEntries, succeeded.get(i), i);
    }
    List<JsonNode> failedEntries = new ArrayList<>();
    for (int i = 0; i < failed.size(); i++) {
      entries.addFailed(failedEntries, failed.get(i), succeeded.size() + i);
    }
    if (writer.resource().isEmpty()) {
      ArrayNode inline = NODES.arrayNode();
      inline.addAll(succeededEntries);
      return inline;
    }
    String resource = writer.resource().get();
    if (!resource.endsWith(":s3:putObject")) {
      throw failed(
          "the ResultWriter resource " + resource + " is not supported locally; use"
              + " arn:aws:states:::s3:putObject");
    }
    String bucket = text(evaluatedParameters, "Bucket", true);
    String prefix = text(evaluatedParameters, "Prefix", false);
    if (!prefix.isEmpty() && !prefix.endsWith("/")) {
      prefix += "/";
    }
    String folder = prefix + mapRunArn.substring(mapRunArn.lastIndexOf(':') + 1) + "/";
    String extension = outputType.equals("JSONL") ? ".jsonl" : ".json";
    ObjectNode manifest = NODES.objectNode();
    manifest.put("DestinationBucket", bucket);
    manifest.put("MapRunArn", mapRunArn);
    ObjectNode files = manifest.putObject("ResultFiles");
    files.set("FAILED", writeFile(store, bucket, folder + "FAILED_0" + extension, failedEntries, outputType));
    files.putArray("PENDING");
    files.set(
        "SUCCEEDED",
        writeFile(store, bucket, folder + "SUCCEEDED_0" + extension, succeededEntries, outputType));
    String manifestKey = folder + "manifest.json";
    put(store, bucket, manifestKey, serialize(manifest, MAPPER));
    ObjectNode result = NODES.objectNode();
    result.put("MapRunArn", mapRunArn);
    ObjectNode details = result.putObject("ResultWriterDetails");
    details.put("Bucket", bucket);
    details.put("Key", manifestKey);
    return result;
  }

  /** Writes one result file when there are entries; returns its manifest listing. */
  private static ArrayNode writeFile(
      ObjectStore store, String bucket, String key, List<JsonNode> entries, String outputType) {
    ArrayNode listing = NODES.arrayNode();
    if (entries.isEmpty()) {
      return listing;
    }
    String body;
    if (outputType.equals("JSONL")) {
      StringBuilder sb = new StringBuilder();
      for (JsonNode entry : entries) {
        sb.append(serialize(entry, COMPACT_MAPPER)).append('\n');
      }
      body = sb.toString();
    } else {
      ArrayNode array = NODES.arrayNode();
      array.addAll(entries);
      body = serialize(array, COMPACT_MAPPER);
    }
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    put(store, bucket, key, bytes);
    listing.addObject().put("Key", key).put("Size", bytes.length);
    return listing;
  }

  /** Builds the entries of the result files for one transformation. */
  private record Entries(String mapRunArn, Instant now, String transformation) {

    void addSucceeded(List<JsonNode> out, SucceededItem item, int index) {
      if (transformation.equals("NONE")) {
        ObjectNode entry = execution(item.input(), index, "SUCCEEDED");
        entry.put("Output", serialize(item.output(), COMPACT_MAPPER));
        entry.putObject("OutputDetails").put("Included", true);
        out.add(sorted(entry));
      } else if (transformation.equals("FLATTEN") && item.output().isArray()) {
        item.output().forEach(out::add);
      } else {
        out.add(item.output());
      }
    }

    /** AWS: a failed child's result is left unchanged, as with Transformation NONE. */
    void addFailed(List<JsonNode> out, FailedItem item, int index) {
      ObjectNode entry = execution(item.input(), index, "FAILED");
      entry.put("Error", item.error());
      entry.put("Cause", item.cause());
      out.add(sorted(entry));
    }

    private ObjectNode execution(JsonNode input, int index, String status) {
      String name = String.format("%08d-0000-4000-8000-%012d", index, index);
      ObjectNode entry = NODES.objectNode();
      entry.put("ExecutionArn", executionArn(name));
      if (input != null) {
        entry.put("Input", serialize(input, COMPACT_MAPPER));
      }
      entry.putObject("InputDetails").put("Included", input != null);
      entry.put("Name", name);
      entry.put("StartDate", now.toString());
      entry.put("StateMachineArn", mapRunArn.replace(":mapRun:", ":stateMachine:"));
      entry.put("Status", status);
      entry.put("StopDate", now.toString());
      return entry;
    }

    /** A child's ARN: the map run's, with execution in place of mapRun and the child's name last. */
    private String executionArn(String name) {
      String base = mapRunArn.replace(":mapRun:", ":execution:");
      int last = base.lastIndexOf(':');
      return (last < 0 ? base : base.substring(0, last)) + ":" + name;
    }

    /** AWS lists an entry's fields in alphabetical order. */
    private static ObjectNode sorted(ObjectNode entry) {
      List<String> names = new ArrayList<>();
      entry.fieldNames().forEachRemaining(names::add);
      names.sort(String::compareTo);
      ObjectNode sorted = NODES.objectNode();
      for (String name : names) {
        sorted.set(name, entry.get(name));
      }
      return sorted;
    }
  }

  private static void put(ObjectStore store, String bucket, String key, byte[] data) {
    try {
      store.put(bucket, key, data);
    } catch (RuntimeException e) {
      throw failed("cannot write s3://" + bucket + "/" + key + ": " + e.getMessage());
    }
  }

  private static void put(ObjectStore store, String bucket, String key, String text) {
    put(store, bucket, key, text.getBytes(StandardCharsets.UTF_8));
  }

  private static String serialize(JsonNode node, ObjectMapper mapper) {
    try {
      return mapper.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serializes", e);
    }
  }

  private static String text(JsonNode parameters, String field, boolean required) {
    JsonNode value = parameters == null ? null : parameters.get(field);
    if (value == null || value.isNull()) {
      if (required) {
        throw failed(
            "the ResultWriter needs a string " + field + " in its Parameters or Arguments");
      }
      return "";
    }
    if (!value.isTextual()) {
      throw failed("the ResultWriter's " + field + " must be a string, not " + value);
    }
    return value.textValue();
  }

  private static StatesError failed(String cause) {
    return new StatesError(StatesError.RESULT_WRITER_FAILED, cause);
  }
}
