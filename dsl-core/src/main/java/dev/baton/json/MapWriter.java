package dev.baton.json;

import dev.baton.model.ItemBatcher;
import dev.baton.model.ItemReader;
import dev.baton.model.MapState;
import dev.baton.model.ResultWriter;

/** Writes Map states with their processor, reader, batcher and writer. */
final class MapWriter {
  private MapWriter() {}

  static void map(MapState s, CanonicalWriter w) {
    s.itemProcessor().ifPresent(p -> AslWriter.processor(p, w.key("ItemProcessor")));
    s.iterator().ifPresent(p -> AslWriter.processor(p, w.key("Iterator")));
    s.itemReader().ifPresent(r -> reader(r, w.key("ItemReader")));
    s.items().ifPresent(t -> AslWriter.template(t, w.key("Items")));
    s.itemsPath().ifPresent(p -> w.key("ItemsPath").string(p.text()));
    s.itemSelector().ifPresent(t -> AslWriter.template(t, w.key("ItemSelector")));
    s.legacyParameters().ifPresent(t -> AslWriter.template(t, w.key("Parameters")));
    s.itemBatcher().ifPresent(b -> batcher(b, w.key("ItemBatcher")));
    s.resultWriter().ifPresent(r -> writer(r, w.key("ResultWriter")));
    s.maxConcurrency().ifPresent(v -> AslWriter.value(v, w.key("MaxConcurrency")));
    s.maxConcurrencyPath().ifPresent(p -> w.key("MaxConcurrencyPath").string(p.text()));
    s.toleratedFailurePercentage().ifPresent(v -> AslWriter.value(v, w.key("ToleratedFailurePercentage")));
    s.toleratedFailurePercentagePath().ifPresent(p -> w.key("ToleratedFailurePercentagePath").string(p.text()));
    s.toleratedFailureCount().ifPresent(v -> AslWriter.value(v, w.key("ToleratedFailureCount")));
    s.toleratedFailureCountPath().ifPresent(p -> w.key("ToleratedFailureCountPath").string(p.text()));
    s.label().ifPresent(l -> w.key("Label").string(l));
    s.inputPath().ifPresent(p -> AslWriter.path(p, w.key("InputPath")));
    s.resultSelector().ifPresent(t -> AslWriter.template(t, w.key("ResultSelector")));
    s.resultPath().ifPresent(p -> AslWriter.path(p, w.key("ResultPath")));
    AslWriter.output(s, w);
    AslWriter.retryAndCatch(s.retry(), s.catchers(), w);
    AslWriter.transition(s.next().orElse(null), s.end().orElse(null), w);
  }

  private static void reader(ItemReader r, CanonicalWriter w) {
    w.beginObject();
    w.key("Resource").string(r.resource());
    r.readerConfig().ifPresent(c -> {
      w.key("ReaderConfig").beginObject();
      c.inputType().ifPresent(v -> w.key("InputType").string(v.name()));
      c.csvHeaderLocation().ifPresent(v -> w.key("CSVHeaderLocation").string(v.name()));
      if (!c.csvHeaders().isEmpty()) {
        AslWriter.strings(c.csvHeaders(), w.key("CSVHeaders"));
      }
      c.csvDelimiter().ifPresent(v -> w.key("CSVDelimiter").string(v.name()));
      c.manifestType().ifPresent(v -> w.key("ManifestType").string(v.name()));
      c.maxItems().ifPresent(v -> AslWriter.value(v, w.key("MaxItems")));
      c.maxItemsPath().ifPresent(p -> w.key("MaxItemsPath").string(p.text()));
      w.endObject();
    });
    r.parameters().ifPresent(t -> AslWriter.template(t, w.key("Parameters")));
    r.arguments().ifPresent(t -> AslWriter.template(t, w.key("Arguments")));
    w.endObject();
  }

  private static void batcher(ItemBatcher b, CanonicalWriter w) {
    w.beginObject();
    b.batchInput().ifPresent(t -> AslWriter.template(t, w.key("BatchInput")));
    b.maxItemsPerBatch().ifPresent(v -> AslWriter.value(v, w.key("MaxItemsPerBatch")));
    b.maxItemsPerBatchPath().ifPresent(p -> w.key("MaxItemsPerBatchPath").string(p.text()));
    b.maxInputBytesPerBatch().ifPresent(v -> AslWriter.value(v, w.key("MaxInputBytesPerBatch")));
    b.maxInputBytesPerBatchPath().ifPresent(p -> w.key("MaxInputBytesPerBatchPath").string(p.text()));
    w.endObject();
  }

  private static void writer(ResultWriter r, CanonicalWriter w) {
    w.beginObject();
    r.resource().ifPresent(res -> w.key("Resource").string(res));
    r.writerConfig().ifPresent(c -> {
      w.key("WriterConfig").beginObject();
      c.outputType().ifPresent(v -> w.key("OutputType").string(v));
      c.transformation().ifPresent(v -> w.key("Transformation").string(v));
      w.endObject();
    });
    r.parameters().ifPresent(t -> AslWriter.template(t, w.key("Parameters")));
    r.arguments().ifPresent(t -> AslWriter.template(t, w.key("Arguments")));
    w.endObject();
  }
}
