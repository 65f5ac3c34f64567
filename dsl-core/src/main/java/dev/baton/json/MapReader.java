package dev.baton.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.model.CsvDelimiter;
import dev.baton.model.CsvHeaderLocation;
import dev.baton.model.ExecutionType;
import dev.baton.model.ItemBatcher;
import dev.baton.model.ItemProcessor;
import dev.baton.model.ItemReader;
import dev.baton.model.ManifestType;
import dev.baton.model.MapState;
import dev.baton.model.ProcessorConfig;
import dev.baton.model.ProcessorMode;
import dev.baton.model.ReaderConfig;
import dev.baton.model.ReaderInputType;
import dev.baton.model.ResultWriter;
import dev.baton.model.State;
import dev.baton.model.WriterConfig;
import java.util.Map;
import java.util.Set;

/** Reads Map states and their processor, reader, batcher and writer. */
final class MapReader {
  private static final Set<String> PROCESSOR_FIELDS = ModelReader.ordered("ProcessorConfig", "StartAt", "States", "Comment");
  private static final Set<String> PROCESSOR_CONFIG_FIELDS = ModelReader.ordered("Mode", "ExecutionType");
  private static final Set<String> READER_FIELDS = ModelReader.ordered("Resource", "ReaderConfig", "Parameters", "Arguments");
  private static final Set<String> READER_CONFIG_FIELDS = ModelReader.ordered("InputType", "CSVHeaderLocation", "CSVHeaders",
      "CSVDelimiter", "ManifestType", "MaxItems", "MaxItemsPath");
  private static final Set<String> BATCHER_FIELDS = ModelReader.ordered("BatchInput", "MaxItemsPerBatch", "MaxItemsPerBatchPath",
      "MaxInputBytesPerBatch", "MaxInputBytesPerBatchPath");
  private static final Set<String> WRITER_FIELDS = ModelReader.ordered("Resource", "WriterConfig", "Parameters", "Arguments");
  private static final Set<String> WRITER_CONFIG_FIELDS = ModelReader.ordered("OutputType", "Transformation");

  private final ModelReader reader;

  MapReader(ModelReader reader) {
    this.reader = reader;
  }

  MapState map(ModelReader.StateReading in) {
    JsonNode n = in.node();
    String p = in.pointer();
    boolean jsonata = in.jsonata();
    return MapState.builder()
        .name(in.name())
        .comment(reader.string(n, p, "Comment"))
        .queryLanguage(in.own())
        .itemProcessor(processor(n, p, "ItemProcessor", in.name()))
        .iterator(processor(n, p, "Iterator", in.name()))
        .itemReader(itemReader(n, p, jsonata))
        .items(reader.template(n, p, "Items", true, "payload.dollar-key-path"))
        .itemsPath(reader.referencePath(n, p, "ItemsPath"))
        .itemSelector(reader.objectTemplate(n, p, "ItemSelector", jsonata, "payload.dollar-key-path"))
        .legacyParameters(reader.objectTemplate(n, p, "Parameters", false, "payload.dollar-key-path"))
        .itemBatcher(batcher(n, p, jsonata))
        .resultWriter(writer(n, p, jsonata))
        .maxConcurrency(reader.intValue(n, p, "MaxConcurrency"))
        .maxConcurrencyPath(reader.referencePath(n, p, "MaxConcurrencyPath"))
        .toleratedFailurePercentage(reader.numberValue(n, p, "ToleratedFailurePercentage"))
        .toleratedFailurePercentagePath(reader.referencePath(n, p, "ToleratedFailurePercentagePath"))
        .toleratedFailureCount(reader.intValue(n, p, "ToleratedFailureCount"))
        .toleratedFailureCountPath(reader.referencePath(n, p, "ToleratedFailureCountPath"))
        .label(reader.string(n, p, "Label"))
        .inputPath(reader.nullablePath(n, p, "InputPath"))
        .resultSelector(reader.objectTemplate(n, p, "ResultSelector", false, "payload.dollar-key-path"))
        .resultPath(reader.nullableReferencePath(n, p, "ResultPath"))
        .outputPath(reader.nullablePath(n, p, "OutputPath"))
        .output(reader.template(n, p, "Output", true, "payload.dollar-key-path"))
        .assign(reader.assign(in))
        .retry(reader.retriers(n, p))
        .catchers(reader.catchers(n, p, jsonata))
        .next(reader.string(n, p, "Next"))
        .end(reader.bool(n, p, "End"))
        .build();
  }

  private ItemProcessor processor(JsonNode map, String pointer, String field, String stateName) {
    JsonNode node = reader.object(map, pointer, field);
    if (node == null) {
      return null;
    }
    String p = ReaderSupport.at(pointer, field);
    reader.checkFields(node, p, PROCESSOR_FIELDS, field + " of Map state '" + stateName + "'");
    ProcessorConfig config = null;
    JsonNode configNode = reader.object(node, p, "ProcessorConfig");
    if (configNode != null) {
      String cp = ReaderSupport.at(p, "ProcessorConfig");
      reader.checkFields(configNode, cp, PROCESSOR_CONFIG_FIELDS, "ProcessorConfig");
      config = ProcessorConfig.builder()
          .mode(reader.enumValue(configNode, cp, "Mode", ProcessorMode.class, "map.mode-enum"))
          .executionType(reader.enumValue(configNode, cp, "ExecutionType", ExecutionType.class, "map.executiontype-enum"))
          .build();
    }
    String startAt = reader.requiredString(node, p, "StartAt", "map.processor-startat", field + " of Map state '" + stateName + "'");
    Map<String, State> states = reader.states(node, p);
    return ItemProcessor.builder()
        .processorConfig(config)
        .startAt(ModelReader.orEmpty(startAt))
        .states(states)
        .comment(reader.string(node, p, "Comment"))
        .build();
  }

  private ItemReader itemReader(JsonNode map, String pointer, boolean jsonata) {
    JsonNode node = reader.object(map, pointer, "ItemReader");
    if (node == null) {
      return null;
    }
    String p = ReaderSupport.at(pointer, "ItemReader");
    reader.checkFields(node, p, READER_FIELDS, "ItemReader");
    ReaderConfig config = null;
    JsonNode configNode = reader.object(node, p, "ReaderConfig");
    if (configNode != null) {
      String cp = ReaderSupport.at(p, "ReaderConfig");
      reader.checkFields(configNode, cp, READER_CONFIG_FIELDS, "ReaderConfig");
      config = ReaderConfig.builder()
          .inputType(reader.enumValue(configNode, cp, "InputType", ReaderInputType.class, "map.reader-inputtype-enum"))
          .csvHeaderLocation(reader.enumValue(configNode, cp, "CSVHeaderLocation", CsvHeaderLocation.class, "map.reader-csvheader-enum"))
          .csvHeaders(reader.stringList(configNode, cp, "CSVHeaders"))
          .csvDelimiter(reader.enumValue(configNode, cp, "CSVDelimiter", CsvDelimiter.class, "map.reader-delimiter-enum"))
          .manifestType(reader.enumValue(configNode, cp, "ManifestType", ManifestType.class, "map.reader-manifest-enum"))
          .maxItems(reader.intValue(configNode, cp, "MaxItems"))
          .maxItemsPath(reader.referencePath(configNode, cp, "MaxItemsPath"))
          .build();
    }
    return ItemReader.builder()
        .resource(ModelReader.orEmpty(reader.requiredString(node, p, "Resource", "map.reader-resource", "ItemReader")))
        .readerConfig(config)
        .parameters(reader.objectTemplate(node, p, "Parameters", false, "payload.dollar-key-path"))
        .arguments(reader.objectTemplate(node, p, "Arguments", true, "payload.dollar-key-path"))
        .build();
  }

  private ItemBatcher batcher(JsonNode map, String pointer, boolean jsonata) {
    JsonNode node = reader.object(map, pointer, "ItemBatcher");
    if (node == null) {
      return null;
    }
    String p = ReaderSupport.at(pointer, "ItemBatcher");
    reader.checkFields(node, p, BATCHER_FIELDS, "ItemBatcher");
    return ItemBatcher.builder()
        .batchInput(reader.objectTemplate(node, p, "BatchInput", jsonata, "payload.dollar-key-path"))
        .maxItemsPerBatch(reader.intValue(node, p, "MaxItemsPerBatch"))
        .maxItemsPerBatchPath(reader.referencePath(node, p, "MaxItemsPerBatchPath"))
        .maxInputBytesPerBatch(reader.intValue(node, p, "MaxInputBytesPerBatch"))
        .maxInputBytesPerBatchPath(reader.referencePath(node, p, "MaxInputBytesPerBatchPath"))
        .build();
  }

  private ResultWriter writer(JsonNode map, String pointer, boolean jsonata) {
    JsonNode node = reader.object(map, pointer, "ResultWriter");
    if (node == null) {
      return null;
    }
    String p = ReaderSupport.at(pointer, "ResultWriter");
    reader.checkFields(node, p, WRITER_FIELDS, "ResultWriter");
    WriterConfig config = null;
    JsonNode configNode = reader.object(node, p, "WriterConfig");
    if (configNode != null) {
      String cp = ReaderSupport.at(p, "WriterConfig");
      reader.checkFields(configNode, cp, WRITER_CONFIG_FIELDS, "WriterConfig");
      config = WriterConfig.builder()
          .outputType(reader.string(configNode, cp, "OutputType"))
          .transformation(reader.string(configNode, cp, "Transformation"))
          .build();
    }
    return ResultWriter.builder()
        .resource(reader.string(node, p, "Resource"))
        .writerConfig(config)
        .parameters(reader.objectTemplate(node, p, "Parameters", false, "payload.dollar-key-path"))
        .arguments(reader.objectTemplate(node, p, "Arguments", true, "payload.dollar-key-path"))
        .build();
  }
}
