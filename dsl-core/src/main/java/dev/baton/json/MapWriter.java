package dev.baton.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.baton.model.ItemBatcher;
import dev.baton.model.ItemReader;
import dev.baton.model.MapState;
import dev.baton.model.ResultWriter;

/** Writes Map states with their processor, reader, batcher and writer. */
final class MapWriter {
  private MapWriter() {}

  static void map(MapState s, ObjectNode node) {
    s.itemProcessor().ifPresent(p -> node.set("ItemProcessor", AslWriter.processor(p)));
    s.iterator().ifPresent(p -> node.set("Iterator", AslWriter.processor(p)));
    s.itemReader().ifPresent(r -> node.set("ItemReader", reader(r)));
    s.items().ifPresent(t -> node.set("Items", AslWriter.template(t)));
    s.itemsPath().ifPresent(p -> node.put("ItemsPath", p.text()));
    s.itemSelector().ifPresent(t -> node.set("ItemSelector", AslWriter.template(t)));
    s.legacyParameters().ifPresent(t -> node.set("Parameters", AslWriter.template(t)));
    s.itemBatcher().ifPresent(b -> node.set("ItemBatcher", batcher(b)));
    s.resultWriter().ifPresent(w -> node.set("ResultWriter", writer(w)));
    s.maxConcurrency().ifPresent(v -> node.set("MaxConcurrency", AslWriter.value(v)));
    s.maxConcurrencyPath().ifPresent(p -> node.put("MaxConcurrencyPath", p.text()));
    s.toleratedFailurePercentage().ifPresent(v -> node.set("ToleratedFailurePercentage", AslWriter.value(v)));
    s.toleratedFailurePercentagePath().ifPresent(p -> node.put("ToleratedFailurePercentagePath", p.text()));
    s.toleratedFailureCount().ifPresent(v -> node.set("ToleratedFailureCount", AslWriter.value(v)));
    s.toleratedFailureCountPath().ifPresent(p -> node.put("ToleratedFailureCountPath", p.text()));
    s.label().ifPresent(l -> node.put("Label", l));
    s.inputPath().ifPresent(p -> node.set("InputPath", AslWriter.path(p)));
    s.resultSelector().ifPresent(t -> node.set("ResultSelector", AslWriter.template(t)));
    s.resultPath().ifPresent(p -> node.set("ResultPath", AslWriter.path(p)));
    s.outputPath().ifPresent(p -> node.set("OutputPath", AslWriter.path(p)));
    s.output().ifPresent(t -> node.set("Output", AslWriter.template(t)));
    s.assign().ifPresent(t -> node.set("Assign", AslWriter.template(t)));
    AslWriter.retryAndCatch(s.retry(), s.catchers(), node);
    AslWriter.transition(s.next().orElse(null), s.end().orElse(null), node);
  }

  private static ObjectNode reader(ItemReader r) {
    ObjectNode node = AslWriter.NODES.objectNode();
    node.put("Resource", r.resource());
    r.readerConfig().ifPresent(c -> {
      ObjectNode o = node.putObject("ReaderConfig");
      c.inputType().ifPresent(v -> o.put("InputType", v.name()));
      c.csvHeaderLocation().ifPresent(v -> o.put("CSVHeaderLocation", v.name()));
      if (!c.csvHeaders().isEmpty()) {
        ArrayNode headers = o.putArray("CSVHeaders");
        c.csvHeaders().forEach(headers::add);
      }
      c.csvDelimiter().ifPresent(v -> o.put("CSVDelimiter", v.name()));
      c.manifestType().ifPresent(v -> o.put("ManifestType", v.name()));
      c.maxItems().ifPresent(v -> o.set("MaxItems", AslWriter.value(v)));
      c.maxItemsPath().ifPresent(p -> o.put("MaxItemsPath", p.text()));
    });
    r.parameters().ifPresent(t -> node.set("Parameters", AslWriter.template(t)));
    r.arguments().ifPresent(t -> node.set("Arguments", AslWriter.template(t)));
    return node;
  }

  private static ObjectNode batcher(ItemBatcher b) {
    ObjectNode node = AslWriter.NODES.objectNode();
    b.batchInput().ifPresent(t -> node.set("BatchInput", AslWriter.template(t)));
    b.maxItemsPerBatch().ifPresent(v -> node.set("MaxItemsPerBatch", AslWriter.value(v)));
    b.maxItemsPerBatchPath().ifPresent(p -> node.put("MaxItemsPerBatchPath", p.text()));
    b.maxInputBytesPerBatch().ifPresent(v -> node.set("MaxInputBytesPerBatch", AslWriter.value(v)));
    b.maxInputBytesPerBatchPath().ifPresent(p -> node.put("MaxInputBytesPerBatchPath", p.text()));
    return node;
  }

  private static ObjectNode writer(ResultWriter w) {
    ObjectNode node = AslWriter.NODES.objectNode();
    w.resource().ifPresent(r -> node.put("Resource", r));
    w.writerConfig().ifPresent(c -> {
      ObjectNode o = node.putObject("WriterConfig");
      c.outputType().ifPresent(v -> o.put("OutputType", v));
      c.transformation().ifPresent(v -> o.put("Transformation", v));
    });
    w.parameters().ifPresent(t -> node.set("Parameters", AslWriter.template(t)));
    w.arguments().ifPresent(t -> node.set("Arguments", AslWriter.template(t)));
    return node;
  }
}
