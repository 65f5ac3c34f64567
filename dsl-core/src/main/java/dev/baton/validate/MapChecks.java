package dev.baton.validate;

import dev.baton.model.CsvHeaderLocation;
import dev.baton.model.ItemBatcher;
import dev.baton.model.MapState;
import dev.baton.model.ProcessorConfig;
import dev.baton.model.ProcessorMode;
import dev.baton.model.ReaderConfig;
import dev.baton.model.State;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Map states: processor, selector and item sources, limits, and the distributed-mode rules. */
final class MapChecks {
  /** The most bytes ItemBatcher may put in one batch. */
  static final int MAX_BATCH_BYTES = 262_144;
  private static final Pattern LABEL_FORBIDDEN = Pattern.compile("[\\s<>{}\\[\\]?*\"#%\\\\^|~`$&,;:/\\p{Cntrl}]");

  private MapChecks() {}

  static void check(Definition d, Findings f) {
    for (State state : d.allStates()) {
      if (state instanceof MapState map) {
        check(map, Where.of(d, state), f);
      }
    }
  }

  private static void check(MapState map, Where p, Findings f) {
    String name = "Map state '" + map.name() + "'";
    if (map.itemProcessor().isPresent() && map.iterator().isPresent()) {
      f.report(Rule.MAP_PROCESSOR_EXCLUSIVE, p.pointer() + "/Iterator", name + " has both ItemProcessor and the legacy"
          + " Iterator; keep ItemProcessor");
    } else if (map.itemProcessor().isEmpty() && map.iterator().isEmpty()) {
      f.report(Rule.MAP_PROCESSOR_REQUIRED, p.pointer(), name + " has no ItemProcessor; it needs one to process each item");
    }
    if (map.itemSelector().isPresent() && map.legacyParameters().isPresent()) {
      f.report(Rule.MAP_SELECTOR_EXCLUSIVE, p.pointer() + "/Parameters", name + " has both ItemSelector and the legacy"
          + " Parameters; keep ItemSelector");
    }
    List<String> sources = new ArrayList<>();
    map.itemReader().ifPresent(r -> sources.add("ItemReader"));
    map.itemsPath().ifPresent(r -> sources.add("ItemsPath"));
    map.items().ifPresent(r -> sources.add("Items"));
    if (sources.size() > 1) {
      f.report(Rule.MAP_ITEMS_EXCLUSIVE, p.pointer() + "/" + sources.get(1), name + " takes its items from "
          + String.join(" and ", sources) + "; keep one");
    }
    StateChecks.literal(map.maxConcurrency()).filter(m -> m < 0).ifPresent(m -> f.report(
        Rule.MAP_MAXCONCURRENCY_NONNEG, p.pointer() + "/MaxConcurrency", "MaxConcurrency of " + name + " is " + m
            + "; it must be 0 (no limit) or more"));
    exclusive(map.maxConcurrency().isPresent(), map.maxConcurrencyPath().isPresent(), "MaxConcurrency", p, name, f);
    exclusive(map.toleratedFailurePercentage().isPresent(), map.toleratedFailurePercentagePath().isPresent(),
        "ToleratedFailurePercentage", p, name, f);
    exclusive(map.toleratedFailureCount().isPresent(), map.toleratedFailureCountPath().isPresent(),
        "ToleratedFailureCount", p, name, f);
    StateChecks.literal(map.toleratedFailurePercentage())
        .filter(t -> t.compareTo(BigDecimal.ZERO) < 0 || t.compareTo(BigDecimal.valueOf(100)) > 0)
        .ifPresent(t -> f.report(Rule.MAP_TOLERANCE_RANGE, p.pointer() + "/ToleratedFailurePercentage",
            "ToleratedFailurePercentage of " + name + " is " + t.toPlainString() + "; it must be between 0 and 100"));
    StateChecks.literal(map.toleratedFailureCount()).filter(t -> t < 0).ifPresent(t -> f.report(
        Rule.MAP_TOLERANCE_RANGE, p.pointer() + "/ToleratedFailureCount", "ToleratedFailureCount of " + name + " is " + t
            + "; it must be 0 or more"));
    map.label().ifPresent(label -> {
      if (label.length() > 40 || LABEL_FORBIDDEN.matcher(label).find()) {
        f.report(Rule.MAP_LABEL, p.pointer() + "/Label", "Label of " + name + " is \"" + label + "\"; a Label is at most 40"
            + " characters, without whitespace, brackets, wildcards or other special characters");
      }
    });
    distributed(map, p, name, f);
  }

  private static void distributed(MapState map, Where p, String name, Findings f) {
    Optional<ProcessorConfig> config = map.itemProcessor().flatMap(i -> i.processorConfig());
    boolean distributed = config.flatMap(ProcessorConfig::mode).orElse(ProcessorMode.INLINE) == ProcessorMode.DISTRIBUTED;
    if (!distributed) {
      List<String> used = new ArrayList<>();
      map.itemReader().ifPresent(x -> used.add("ItemReader"));
      map.itemBatcher().ifPresent(x -> used.add("ItemBatcher"));
      map.resultWriter().ifPresent(x -> used.add("ResultWriter"));
      map.toleratedFailurePercentage().ifPresent(x -> used.add("ToleratedFailurePercentage"));
      map.toleratedFailurePercentagePath().ifPresent(x -> used.add("ToleratedFailurePercentagePath"));
      map.toleratedFailureCount().ifPresent(x -> used.add("ToleratedFailureCount"));
      map.toleratedFailureCountPath().ifPresent(x -> used.add("ToleratedFailureCountPath"));
      map.label().ifPresent(x -> used.add("Label"));
      for (String field : used) {
        f.report(Rule.MAP_DISTRIBUTED_ONLY, p.pointer() + "/" + field, field + " of " + name + " only works in DISTRIBUTED"
            + " mode; set ItemProcessor.ProcessorConfig to {\"Mode\": \"DISTRIBUTED\", \"ExecutionType\": ...}");
      }
    } else if (config.flatMap(ProcessorConfig::executionType).isEmpty()) {
      f.report(Rule.MAP_EXECUTIONTYPE_REQUIRED, p.pointer() + "/ItemProcessor/ProcessorConfig", name
          + " runs DISTRIBUTED but has no ExecutionType; set STANDARD or EXPRESS for its child executions");
    }
    map.itemReader().ifPresent(reader -> reader.readerConfig().ifPresent(c -> readerConfig(c, p, name, f)));
    map.itemBatcher().ifPresent(b -> batcher(b, p, name, f));
    map.resultWriter().ifPresent(w -> {
      if (w.resource().isEmpty()) {
        f.report(Rule.MAP_WRITER_RESOURCE, p.pointer() + "/ResultWriter", "the ResultWriter of " + name
            + " has no Resource; use arn:aws:states:::s3:putObject");
      }
    });
  }

  private static void readerConfig(ReaderConfig c, Where p, String name, Findings f) {
    Where where = p.field("ItemReader/ReaderConfig");
    String at = where.pointer();
    boolean given = c.csvHeaderLocation().orElse(null) == CsvHeaderLocation.GIVEN;
    if (given && c.csvHeaders().isEmpty()) {
      f.report(Rule.MAP_READER_CSV_HEADERS, at, "the ItemReader of " + name
          + " says CSVHeaderLocation GIVEN but has no CSVHeaders; list the column names");
    } else if (!given && !c.csvHeaders().isEmpty()) {
      f.report(Rule.MAP_READER_CSV_HEADERS, at + "/CSVHeaders", "the ItemReader of " + name
          + " has CSVHeaders but CSVHeaderLocation is not GIVEN; set it to GIVEN or drop the headers");
    }
    exclusive(c.maxItems().isPresent(), c.maxItemsPath().isPresent(), "ReaderConfig MaxItems", where, name, f);
  }

  private static void batcher(ItemBatcher b, Where p, String name, Findings f) {
    Where where = p.field("ItemBatcher");
    String at = where.pointer();
    if (b.maxItemsPerBatch().isEmpty() && b.maxItemsPerBatchPath().isEmpty()
        && b.maxInputBytesPerBatch().isEmpty() && b.maxInputBytesPerBatchPath().isEmpty()) {
      f.report(Rule.MAP_BATCHER_MAX, at, "the ItemBatcher of " + name + " sets no limit; give MaxItemsPerBatch"
          + " or MaxInputBytesPerBatch (or their ...Path forms)");
    }
    StateChecks.literal(b.maxInputBytesPerBatch()).filter(v -> v < 1 || v > MAX_BATCH_BYTES).ifPresent(v ->
        f.report(Rule.MAP_BATCHER_MAX, at + "/MaxInputBytesPerBatch", "MaxInputBytesPerBatch of " + name + " is " + v
            + "; it must be between 1 and " + MAX_BATCH_BYTES + " (256 KiB)"));
    StateChecks.literal(b.maxItemsPerBatch()).filter(v -> v < 1).ifPresent(v ->
        f.report(Rule.MAP_BATCHER_MAX, at + "/MaxItemsPerBatch", "MaxItemsPerBatch of " + name + " is " + v
            + "; it must be at least 1"));
    exclusive(b.maxItemsPerBatch().isPresent(), b.maxItemsPerBatchPath().isPresent(), "MaxItemsPerBatch", where, name, f);
    exclusive(b.maxInputBytesPerBatch().isPresent(), b.maxInputBytesPerBatchPath().isPresent(),
        "MaxInputBytesPerBatch", where, name, f);
  }

  private static void exclusive(boolean value, boolean path, String field, Where p, String name, Findings f) {
    if (value && path) {
      String last = field.substring(field.lastIndexOf(' ') + 1);
      f.report(Rule.MAP_FIELD_EXCLUSIVE, p.pointer() + "/" + last + "Path", name + " has both " + field + " and " + field
          + "Path; keep one");
    }
  }
}
