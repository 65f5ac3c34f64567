package dev.baton.local.items;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.baton.local.functions.StatesError;
import dev.baton.model.CsvDelimiter;
import dev.baton.model.CsvHeaderLocation;
import dev.baton.model.ItemReader;
import dev.baton.model.ManifestType;
import dev.baton.model.ReaderConfig;
import dev.baton.model.ReaderInputType;
import dev.baton.model.Value;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Reads a distributed Map's items from an {@link ObjectStore}, as AWS Step Functions' {@code
 * ItemReader} reads them from S3.
 *
 * <ul>
 *   <li>{@code arn:aws:states:::s3:getObject} with {@code Bucket} and {@code Key}: {@code
 *       InputType} JSON (the object is a JSON array; each element is an item), JSONL (each
 *       non-blank line is an item), CSV (each row is an object of strings keyed by the headers of
 *       the first row or of {@code CSVHeaders}; missing fields are {@code ""}, extra fields are
 *       ignored, duplicate headers fail) with {@code CSVDelimiter}, or MANIFEST (an S3 Inventory
 *       {@code manifest.json}; its gzipped or plain CSV files are read, each row keyed by the
 *       manifest's {@code fileSchema}; with {@code ManifestType} ATHENA_DATA, a manifest whose
 *       lines are {@code s3://bucket/key} URIs of data files in the InputType format).
 *   <li>{@code arn:aws:states:::s3:listObjectsV2} with {@code Bucket} and optional {@code Prefix}:
 *       one item per object, {@code {"Etag":"\"md5\"","Key":..,"LastModified":epochSeconds,
 *       "Size":..,"StorageClass":"STANDARD"}}.
 * </ul>
 *
 * <p>{@code MaxItems} keeps the first items (a literal in the model, or the value the engine
 * evaluated from {@code MaxItemsPath} or a JSONata expression). Every problem throws {@link
 * StatesError} {@code States.ItemReaderFailed} with a cause naming the object and, for a parse
 * error, the line. PARQUET data and the CSV manifest type are not supported locally.
 */
public final class ItemReaders {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  private ItemReaders() {}

  /**
   * Reads the items, applying a literal {@code MaxItems} of the reader's config.
   *
   * @param reader the Map state's ItemReader; required
   * @param evaluatedParameters the reader's Parameters or Arguments after evaluation ({@code
   *     Bucket}, {@code Key} or {@code Prefix}); required
   * @param store where the objects are; required
   * @return the items, in dataset order
   * @throws StatesError {@code States.ItemReaderFailed}
   */
  public static List<JsonNode> read(
      ItemReader reader, JsonNode evaluatedParameters, ObjectStore store) {
    long maxItems =
        reader
            .readerConfig()
            .flatMap(ReaderConfig::maxItems)
            .flatMap(Value::literal)
            .map(Integer::longValue)
            .orElse(0L);
    return read(reader, evaluatedParameters, store, maxItems);
  }

  /**
   * Reads the items with a MaxItems the engine evaluated (from {@code MaxItemsPath} or a JSONata
   * {@code MaxItems}).
   *
   * @param reader the Map state's ItemReader; required
   * @param evaluatedParameters the evaluated Parameters or Arguments; required
   * @param store where the objects are; required
   * @param maxItems the most items to read; 0 or less reads all
   * @return the items, in dataset order
   * @throws StatesError {@code States.ItemReaderFailed}
   */
  public static List<JsonNode> read(
      ItemReader reader, JsonNode evaluatedParameters, ObjectStore store, long maxItems) {
    long limit = maxItems <= 0 ? Long.MAX_VALUE : maxItems;
    String resource = reader.resource();
    String bucket = requiredText(evaluatedParameters, "Bucket", resource);
    if (resource.endsWith(":s3:listObjectsV2")) {
      JsonNode prefix = evaluatedParameters.get("Prefix");
      return listObjects(bucket, prefix == null ? "" : prefix.asText(), store, limit);
    }
    if (!resource.endsWith(":s3:getObject")) {
      throw failed(
          "the ItemReader resource "
              + resource
              + " is not supported locally; use arn:aws:states:::s3:getObject or"
              + " arn:aws:states:::s3:listObjectsV2");
    }
    String key = requiredText(evaluatedParameters, "Key", resource);
    ReaderConfig config = reader.readerConfig().orElse(ReaderConfig.builder().build());
    ReaderInputType type = config.inputType().orElse(ReaderInputType.JSON);
    if (type == ReaderInputType.MANIFEST || config.manifestType().isPresent()) {
      return readManifest(bucket, key, config, store, limit);
    }
    List<JsonNode> items = new ArrayList<>();
    readObject(type, bucket, key, config, store, items, limit);
    return items;
  }

  private static void readObject(
      ReaderInputType type,
      String bucket,
      String key,
      ReaderConfig config,
      ObjectStore store,
      List<JsonNode> items,
      long limit) {
    String text = text(bucket, key, store);
    switch (type) {
      case JSON -> readJson(text, bucket, key, items, limit);
      case JSONL -> readJsonLines(text, bucket, key, items, limit);
      case CSV -> readCsv(text, bucket, key, config, items, limit);
      default ->
          throw failed(
              "InputType "
                  + type
                  + " is not supported locally (s3://"
                  + bucket
                  + "/"
                  + key
                  + "); use JSON, JSONL, CSV or MANIFEST");
    }
  }

  private static void readJson(
      String text, String bucket, String key, List<JsonNode> items, long limit) {
    JsonNode root;
    try {
      root = MAPPER.readTree(text);
    } catch (JacksonException e) {
      throw failed(where(bucket, key, e.getLocation()) + " is not valid JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isArray()) {
      throw failed(
          "s3://"
              + bucket
              + "/"
              + key
              + " must hold a JSON array of items for InputType JSON, but holds "
              + (root == null || root.isMissingNode() ? "nothing" : root.getNodeType().name().toLowerCase()));
    }
    for (JsonNode item : root) {
      if (items.size() >= limit) {
        return;
      }
      items.add(item);
    }
  }

  private static void readJsonLines(
      String text, String bucket, String key, List<JsonNode> items, long limit) {
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length && items.size() < limit; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      try {
        items.add(MAPPER.readTree(lines[i]));
      } catch (JacksonException e) {
        throw failed(
            "s3://" + bucket + "/" + key + " line " + (i + 1) + " is not valid JSON: "
                + e.getOriginalMessage());
      }
    }
  }

  private static void readCsv(
      String text, String bucket, String key, ReaderConfig config, List<JsonNode> items, long limit) {
    boolean firstRow =
        config.csvHeaderLocation().orElse(CsvHeaderLocation.FIRST_ROW) == CsvHeaderLocation.FIRST_ROW;
    List<String> headers = firstRow ? null : config.csvHeaders();
    long wanted = limit - items.size();
    if (firstRow && wanted < Long.MAX_VALUE) {
      wanted++; // the header row is not an item
    }
    List<CsvRows.Row> rows = csvRows(text, delimiter(config), bucket, key, wanted);
    int start = 0;
    if (firstRow) {
      if (rows.isEmpty()) {
        return;
      }
      headers = rows.get(0).fields();
      start = 1;
    }
    if (headers.isEmpty()) {
      throw failed("CSVHeaders is empty for s3://" + bucket + "/" + key + "; list the column names");
    }
    checkUnique(headers, bucket, key);
    for (int r = start; r < rows.size() && items.size() < limit; r++) {
      items.add(csvItem(headers, rows.get(r).fields()));
    }
  }

  private static List<CsvRows.Row> csvRows(
      String text, char delimiter, String bucket, String key, long maxRows) {
    try {
      return CsvRows.parse(text, delimiter, maxRows);
    } catch (CsvRows.CsvSyntaxException e) {
      throw failed("s3://" + bucket + "/" + key + " line " + e.line + ": " + e.getMessage());
    }
  }

  private static ObjectNode csvItem(List<String> headers, List<String> fields) {
    ObjectNode item = NODES.objectNode();
    for (int i = 0; i < headers.size(); i++) {
      item.put(headers.get(i), i < fields.size() ? fields.get(i) : "");
    }
    return item;
  }

  private static void checkUnique(List<String> headers, String bucket, String key) {
    Set<String> seen = new HashSet<>();
    for (String header : headers) {
      if (!seen.add(header)) {
        throw failed(
            "CSV headers cannot contain duplicates: '"
                + header
                + "' appears twice in the headers of s3://"
                + bucket
                + "/"
                + key);
      }
    }
  }

  private static char delimiter(ReaderConfig config) {
    return switch (config.csvDelimiter().orElse(CsvDelimiter.COMMA)) {
      case COMMA -> ',';
      case PIPE -> '|';
      case SEMICOLON -> ';';
      case SPACE -> ' ';
      case TAB -> '\t';
    };
  }

  private static List<JsonNode> readManifest(
      String bucket, String key, ReaderConfig config, ObjectStore store, long limit) {
    ManifestType manifestType = config.manifestType().orElse(ManifestType.S3_INVENTORY);
    return switch (manifestType) {
      case S3_INVENTORY -> S3InventoryManifest.read(bucket, key, store, limit);
      case ATHENA_DATA -> readAthenaManifest(bucket, key, config, store, limit);
      case CSV ->
          throw failed(
              "ManifestType CSV is not supported locally (s3://" + bucket + "/" + key
                  + "); use S3_INVENTORY or ATHENA_DATA");
    };
  }

  /** An Athena UNLOAD manifest lists one {@code s3://bucket/key} data file per line. */
  private static List<JsonNode> readAthenaManifest(
      String bucket, String key, ReaderConfig config, ObjectStore store, long limit) {
    List<JsonNode> items = new ArrayList<>();
    String[] lines = text(bucket, key, store).split("\r?\n");
    ReaderConfig dataConfig =
        config.toBuilder().csvHeaderLocation(config.csvHeaderLocation().orElse(CsvHeaderLocation.GIVEN)).build();
    ReaderInputType dataType =
        config.inputType().filter(t -> t != ReaderInputType.MANIFEST).orElse(ReaderInputType.CSV);
    for (int i = 0; i < lines.length && items.size() < limit; i++) {
      String uri = lines[i].trim();
      if (uri.isEmpty()) {
        continue;
      }
      S3Uri file = S3Uri.parse(uri, "s3://" + bucket + "/" + key + " line " + (i + 1));
      readObject(dataType, file.bucket(), file.key(), dataConfig, store, items, limit);
    }
    return items;
  }

  private static List<JsonNode> listObjects(
      String bucket, String prefix, ObjectStore store, long limit) {
    List<JsonNode> items = new ArrayList<>();
    for (ObjectStore.ObjectInfo info : store.listInfo(bucket, prefix)) {
      if (items.size() >= limit) {
        break;
      }
      ObjectNode item = NODES.objectNode();
      item.put("Etag", "\"" + info.etag() + "\"");
      item.put("Key", info.key());
      item.set("LastModified", integer(info.lastModified().getEpochSecond()));
      item.set("Size", integer(info.size()));
      item.put("StorageClass", "STANDARD");
      items.add(item);
    }
    return items;
  }

  private static JsonNode integer(long value) {
    return value == (int) value ? NODES.numberNode((int) value) : NODES.numberNode(value);
  }

  /** Returns an object as UTF-8 text, gunzipping it when it is gzip data. */
  static String text(String bucket, String key, ObjectStore store) {
    byte[] bytes =
        store
            .get(bucket, key)
            .orElseThrow(
                () ->
                    failed(
                        "the object s3://"
                            + bucket
                            + "/"
                            + key
                            + " does not exist; available keys: "
                            + store.list(bucket, "").stream().limit(10).toList()));
    if (bytes.length > 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) {
      try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
        bytes = in.readAllBytes();
      } catch (IOException e) {
        throw failed("s3://" + bucket + "/" + key + " is not valid gzip data: " + e.getMessage());
      }
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    // editors and spreadsheet exports add a byte-order mark; it is not part of the first header
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static String requiredText(JsonNode parameters, String field, String resource) {
    JsonNode value = parameters == null ? null : parameters.get(field);
    if (value == null || !value.isTextual() || value.textValue().isEmpty()) {
      throw failed(
          "the ItemReader of " + resource + " needs a string " + field + " in its Parameters or"
              + " Arguments, but got " + (value == null ? "none" : value.toString()));
    }
    return value.textValue();
  }

  private static String where(String bucket, String key, JsonLocation location) {
    String at = location == null ? "" : " line " + location.getLineNr() + " column " + location.getColumnNr();
    return "s3://" + bucket + "/" + key + at;
  }

  static StatesError failed(String cause) {
    return new StatesError(StatesError.ITEM_READER_FAILED, cause);
  }
}
