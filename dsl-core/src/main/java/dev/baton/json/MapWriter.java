package dev.baton.json;

import dev.baton.model.ItemBatcher;
import dev.baton.model.ItemReader;
import dev.baton.model.MapState;
import dev.baton.model.ResultWriter;

/** Writes Map states with their processor, reader, batcher and writer. */
final class MapWriter {
  private MapWriter() {}

  static void map(MapState s, CanonicalWriter w) {
    s.itemProcessor().ifPresent(p -> AslWriter.processor(p, w.name("ItemProcessor")));
    s.iterator().ifPresent(p -> AslWriter.processor(p, w.name("Iterator")));
    s.itemReader().ifPresent(r -> reader(r, w.name("ItemReader")));
    s.items().ifPresent(t -> AslWriter.template(t, w.name("Items")));
    s.itemsPath().ifPresent(p -> w.name("ItemsPath").string(p.text()));
    s.itemSelector().ifPresent(t -> AslWriter.template(t, w.name("ItemSelector")));
    s.legacyParameters().ifPresent(t -> AslWriter.template(t, w.name("Parameters")));
    s.itemBatcher().ifPresent(b -> batcher(b, w.name("ItemBatcher")));
    s.resultWriter().ifPresent(r -> writer(r, w.name("ResultWriter")));
    s.maxConcurrency().ifPresent(v -> AslWriter.value(v, w.name("MaxConcurrency")));
    s.maxConcurrencyPath().ifPresent(p -> w.name("MaxConcurrencyPath").string(p.text()));
    s.toleratedFailurePercentage().ifPresent(v -> AslWriter.value(v, w.name("ToleratedFailurePercentage")));
    s.toleratedFailurePercentagePath().ifPresent(p -> w.name("ToleratedFailurePercentagePath").string(p.text()));
    s.toleratedFailureCount().ifPresent(v -> AslWriter.value(v, w.name("ToleratedFailureCount")));
    s.toleratedFailureCountPath().ifPresent(p -> w.name("ToleratedFailureCountPath").string(p.text()));
    s.label().ifPresent(l -> w.name("Label").string(l));
    s.inputPath().ifPresent(p -> AslWriter.path(p, w.name("InputPath")));
    s.resultSelector().ifPresent(t -> AslWriter.template(t, w.name("ResultSelector")));
    s.resultPath().ifPresent(p -> AslWriter.path(p, w.name("ResultPath")));
    s.outputPath().ifPresent(p -> AslWriter.path(p, w.name("OutputPath")));
    s.output().ifPresent(t -> AslWriter.template(t, w.name("Output")));
    s.assign().ifPresent(t -> AslWriter.template(t, w.name("Assign")));
    AslWriter.retryAndCatch(s.retry(), s.catchers(), w);
    AslWriter.transition(s.next().orElse(null), s.end().orElse(null), w);
  }

  private static void reader(ItemReader r, CanonicalWriter w) {
    w.beginObject();
    w.name("Resource").string(r.resource());
    r.readerConfig().ifPresent(c -> {
      w.name("ReaderConfig").beginObject();
      c.inputType().ifPresent(v -> w.name("InputType").string(v.name()));
      c.csvHeaderLocation().ifPresent(v -> w.name("CSVHeaderLocation").string(v.name()));
      if (!c.csvHeaders().isEmpty()) {
        AslWriter.strings(c.csvHeaders(), w.name("CSVHeaders"));
      }
      c.csvDelimiter().ifPresent(v -> w.name("CSVDelimiter").string(v.name()));
      c.manifestType().ifPresent(v -> w.name("ManifestType").string(v.name()));
      c.maxItems().ifPresent(v -> AslWriter.value(v, w.name("MaxItems")));
      c.maxItemsPath().ifPresent(p -> w.name("MaxItemsPath").string(p.text()));
      w.endObject();
    });
    r.parameters().ifPresent(t -> AslWriter.template(t, w.name("Parameters")));
    r.arguments().ifPresent(t -> AslWriter.template(t, w.name("Arguments")));
    w.endObject();
  }

  private static void batcher(ItemBatcher b, CanonicalWriter w) {
    w.beginObject();
    b.batchInput().ifPresent(t -> AslWriter.template(t, w.name("BatchInput")));
    b.maxItemsPerBatch().ifPresent(v -> AslWriter.value(v, w.name("MaxItemsPerBatch")));
    b.maxItemsPerBatchPath().ifPresent(p -> w.name("MaxItemsPerBatchPath").string(p.text()));
    b.maxInputBytesPerBatch().ifPresent(v -> AslWriter.value(v, w.name("MaxInputBytesPerBatch")));
    b.maxInputBytesPerBatchPath().ifPresent(p -> w.name("MaxInputBytesPerBatchPath").string(p.text()));
    w.endObject();
  }

  private static void writer(ResultWriter r, CanonicalWriter w) {
    w.beginObject();
    r.resource().ifPresent(res -> w.name("Resource").string(res));
    r.writerConfig().ifPresent(c -> {
      w.name("WriterConfig").beginObject();
      c.outputType().ifPresent(v -> w.name("OutputType").string(v));
      c.transformation().ifPresent(v -> w.name("Transformation").string(v));
      w.endObject();
    });
    r.parameters().ifPresent(t -> AslWriter.template(t, w.name("Parameters")));
    r.arguments().ifPresent(t -> AslWriter.template(t, w.name("Arguments")));
    w.endObject();
  }
}
