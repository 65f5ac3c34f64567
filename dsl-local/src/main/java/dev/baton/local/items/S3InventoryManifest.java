package dev.baton.local.items;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the items an S3 Inventory report lists: the {@code manifest.json} names the CSV files
 * (usually gzipped) in {@code destinationBucket} and their columns in {@code fileSchema}; each
 * row becomes an object of strings keyed by those column names, e.g. {@code {"Bucket":..,
 * "Key":..,"Size":..}}.
 */
final class S3InventoryManifest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private S3InventoryManifest() {}

  static List<JsonNode> read(String bucket, String key, ObjectStore store, long limit) {
    String where = "s3://" + bucket + "/" + key;
    JsonNode manifest;
    try {
      manifest = MAPPER.readTree(ItemReaders.text(bucket, key, store));
    } catch (JacksonException e) {
      throw ItemReaders.failed(where + " is not a valid S3 Inventory manifest: " + e.getOriginalMessage());
    }
    String format = manifest.path("fileFormat").asText("CSV");
    if (!format.equalsIgnoreCase("CSV")) {
      throw ItemReaders.failed(
          where + " lists " + format + " inventory files; only CSV inventories can be read");
    }
    String schema = manifest.path("fileSchema").asText("");
    if (schema.isBlank()) {
      throw ItemReaders.failed(where + " has no fileSchema naming the inventory columns");
    }
    List<String> columns = new ArrayList<>();
    for (String column : schema.split(",")) {
      columns.add(column.trim());
    }
    JsonNode files = manifest.path("files");
    if (!files.isArray()) {
      throw ItemReaders.failed(where + " has no \"files\" array listing the inventory files");
    }
    String filesBucket =
        manifest.hasNonNull("destinationBucket")
            ? S3Uri.bucketOf(manifest.get("destinationBucket").asText())
            : bucket;
    List<JsonNode> items = new ArrayList<>();
    for (JsonNode file : files) {
      String fileKey = file.path("key").asText("");
      if (fileKey.isEmpty()) {
        throw ItemReaders.failed(where + " lists a file without a \"key\"");
      }
      String text = ItemReaders.text(filesBucket, fileKey, store);
      List<CsvRows.Row> rows;
      try {
        rows = CsvRows.parse(text, ',', limit - items.size());
      } catch (CsvRows.CsvSyntaxException e) {
        throw ItemReaders.failed(
            "s3://" + filesBucket + "/" + fileKey + " line " + e.line + ": " + e.getMessage());
      }
      for (CsvRows.Row row : rows) {
        ObjectNode item = JsonNodeFactory.instance.objectNode();
        for (int i = 0; i < columns.size(); i++) {
          item.put(columns.get(i), i < row.fields().size() ? row.fields().get(i) : "");
        }
        items.add(item);
      }
      if (items.size() >= limit) {
        break;
      }
    }
    return items;
  }
}
