package dev.baton.dsl;

import static dev.baton.dsl.Baton.fail;
import static dev.baton.dsl.Baton.jsonata;
import static dev.baton.dsl.Baton.map;
import static dev.baton.dsl.Baton.pass;
import static dev.baton.dsl.Baton.path;
import static dev.baton.dsl.Baton.ref;
import static dev.baton.dsl.Baton.succeed;
import static dev.baton.dsl.Baton.task;
import static dev.baton.dsl.DslJson.FUNCTION;
import static dev.baton.dsl.DslJson.first;
import static dev.baton.dsl.DslJson.firstJsonata;
import static dev.baton.dsl.DslJson.keys;
import static dev.baton.dsl.DslJson.ordered;
import static dev.baton.dsl.DslJson.states;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.expr.ReferencePath;
import dev.baton.integrations.Lambda;
import dev.baton.model.CsvDelimiter;
import dev.baton.model.CsvHeaderLocation;
import dev.baton.model.ExecutionType;
import dev.baton.model.ItemBatcher;
import dev.baton.model.ItemReader;
import dev.baton.model.ReaderConfig;
import dev.baton.model.ReaderInputType;
import dev.baton.model.ResultWriter;
import dev.baton.model.Template;
import dev.baton.model.Value;
import dev.baton.model.WriterConfig;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every setter of the Map step, inline and distributed, as written ASL, and its misuse. */
class MapStepTest {

  private static MapStep distributed(String name) {
    return map(name).distributed(ExecutionType.STANDARD).itemProcessor(pass("Each " + name));
  }

  @Test
  void theItemProcessorIsAScopeWithoutProcessorConfigByDefault() {
    JsonNode m = first(map("M").itemProcessor(pass("One").next(task("Two", Lambda.invoke(FUNCTION)))));
    JsonNode processor = m.get("ItemProcessor");
    assertThat(keys(processor)).containsExactly("StartAt", "States");
    assertThat(processor.get("StartAt").asText()).isEqualTo("One");
    assertThat(processor.get("States").get("One").get("Next").asText()).isEqualTo("Two");
    assertThat(processor.get("States").get("Two").get("End").asBoolean()).isTrue();
  }

  @Test
  void inlineWritesItsModeExplicitly() {
    JsonNode config = first(map("M").inline().itemProcessor(pass("One"))).get("ItemProcessor").get("ProcessorConfig");
    assertThat(keys(config)).containsExactly("Mode");
    assertThat(config.get("Mode").asText()).isEqualTo("INLINE");
  }

  @Test
  void distributedWritesModeAndExecutionType() {
    JsonNode standard = first(distributed("M")).get("ItemProcessor").get("ProcessorConfig");
    assertThat(standard.get("Mode").asText()).isEqualTo("DISTRIBUTED");
    assertThat(standard.get("ExecutionType").asText()).isEqualTo("STANDARD");
    JsonNode express = first(map("M").distributed(ExecutionType.EXPRESS).itemProcessor(pass("P")))
        .get("ItemProcessor").get("ProcessorConfig");
    assertThat(express.get("ExecutionType").asText()).isEqualTo("EXPRESS");
  }

  @Test
  void inlineAfterDistributedDropsTheExecutionType() {
    JsonNode config = first(map("M").distributed(ExecutionType.EXPRESS).inline().itemProcessor(pass("P")))
        .get("ItemProcessor").get("ProcessorConfig");
    assertThat(config.get("Mode").asText()).isEqualTo("INLINE");
    assertThat(config.has("ExecutionType")).isFalse();
  }

  @Test
  void itemsPathAndItemSelectorInAJsonPathState() {
    JsonNode m = first(map("M").itemsPath("$.orders")
        .itemSelector(ordered("order", path("$$.Map.Item.Value"), "index", path("$$.Map.Item.Index"), "batch", "b1"))
        .itemProcessor(pass("P")));
    assertThat(m.get("ItemsPath").asText()).isEqualTo("$.orders");
    assertThat(keys(m.get("ItemSelector"))).containsExactly("order.$", "index.$", "batch");
    assertThat(m.get("ItemSelector").get("order.$").asText()).isEqualTo("$$.Map.Item.Value");
    assertThat(m.get("ItemSelector").get("batch").asText()).isEqualTo("b1");
  }

  @Test
  void itemsAndItemSelectorInAJsonataState() {
    JsonNode expression = firstJsonata(map("M").items(jsonata("$states.input.orders"))
        .itemSelector(ordered("id", jsonata("$states.context.Map.Item.Value.id")))
        .itemProcessor(pass("P")));
    assertThat(expression.get("Items").asText()).isEqualTo("{% $states.input.orders %}");
    assertThat(expression.get("ItemSelector").get("id").asText()).isEqualTo("{% $states.context.Map.Item.Value.id %}");
    JsonNode literal = firstJsonata(map("M").items(List.of(1, "two", ordered("three", 3))).itemProcessor(pass("P")));
    assertThat(literal.get("Items").isArray()).isTrue();
    assertThat(literal.get("Items").get(0).asInt()).isEqualTo(1);
    assertThat(literal.get("Items").get(1).asText()).isEqualTo("two");
    assertThat(literal.get("Items").get(2).get("three").asInt()).isEqualTo(3);
    JsonNode selectorExpression = firstJsonata(map("M").itemSelector(jsonata("$states.context.Map.Item.Value"))
        .itemProcessor(pass("P")));
    assertThat(selectorExpression.get("ItemSelector").asText()).isEqualTo("{% $states.context.Map.Item.Value %}");
  }

  @Test
  void maxConcurrencyLiteralExpressionAndPath() {
    assertThat(first(map("M").maxConcurrency(0).itemProcessor(pass("P"))).get("MaxConcurrency").asInt()).isZero();
    assertThat(first(map("M").maxConcurrency(10).itemProcessor(pass("P"))).get("MaxConcurrency").asInt())
        .isEqualTo(10);
    assertThat(firstJsonata(map("M").maxConcurrency(jsonata("$states.input.parallelism")).itemProcessor(pass("P")))
        .get("MaxConcurrency").asText()).isEqualTo("{% $states.input.parallelism %}");
    JsonNode fromPath = first(map("M").maxConcurrencyPath("$.limits.concurrency").itemProcessor(pass("P")));
    assertThat(fromPath.get("MaxConcurrencyPath").asText()).isEqualTo("$.limits.concurrency");
    assertThat(fromPath.has("MaxConcurrency")).isFalse();
  }

  @Test
  void everyToleratedFailureSetter() {
    JsonNode m = first(distributed("M").toleratedFailurePercentage(12.5).toleratedFailureCount(3));
    assertThat(m.get("ToleratedFailurePercentage").asDouble()).isEqualTo(12.5);
    assertThat(m.get("ToleratedFailureCount").asInt()).isEqualTo(3);
    assertThat(first(distributed("M").toleratedFailurePercentage(0)).get("ToleratedFailurePercentage").asDouble())
        .isZero();
    assertThat(first(distributed("M").toleratedFailurePercentage(100)).get("ToleratedFailurePercentage").asDouble())
        .isEqualTo(100.0);
    assertThat(first(distributed("M").toleratedFailureCount(0)).get("ToleratedFailureCount").asInt()).isZero();
    JsonNode paths = first(distributed("M")
        .toleratedFailurePercentagePath("$.tolerance.percent").toleratedFailureCountPath("$.tolerance.count"));
    assertThat(paths.get("ToleratedFailurePercentagePath").asText()).isEqualTo("$.tolerance.percent");
    assertThat(paths.get("ToleratedFailureCountPath").asText()).isEqualTo("$.tolerance.count");
  }

  @Test
  void labelIsWrittenUpTo40Characters() {
    String longest = "l".repeat(40);
    assertThat(first(distributed("M").label(longest)).get("Label").asText()).isEqualTo(longest);
  }

  @Test
  void itemReaderFromTheModelBuilder() {
    ItemReader reader = ItemReader.builder()
        .resource("arn:aws:states:::s3:getObject")
        .readerConfig(ReaderConfig.builder()
            .inputType(ReaderInputType.CSV)
            .csvHeaderLocation(CsvHeaderLocation.GIVEN)
            .csvHeaders(List.of("id", "amount"))
            .csvDelimiter(CsvDelimiter.SEMICOLON)
            .maxItems(Value.of(500))
            .build())
        .parameters(Template.of(ordered("Bucket", "my-bucket", "Key", path("$.key"))))
        .build();
    JsonNode r = first(distributed("M").itemReader(reader)).get("ItemReader");
    assertThat(keys(r)).containsExactly("Resource", "ReaderConfig", "Parameters");
    assertThat(r.get("Resource").asText()).isEqualTo("arn:aws:states:::s3:getObject");
    JsonNode config = r.get("ReaderConfig");
    assertThat(config.get("InputType").asText()).isEqualTo("CSV");
    assertThat(config.get("CSVHeaderLocation").asText()).isEqualTo("GIVEN");
    assertThat(config.get("CSVHeaders").get(1).asText()).isEqualTo("amount");
    assertThat(config.get("CSVDelimiter").asText()).isEqualTo("SEMICOLON");
    assertThat(config.get("MaxItems").asInt()).isEqualTo(500);
    assertThat(r.get("Parameters").get("Bucket").asText()).isEqualTo("my-bucket");
    assertThat(r.get("Parameters").get("Key.$").asText()).isEqualTo("$.key");
  }

  @Test
  void itemReaderWithArgumentsInAJsonataState() {
    ItemReader reader = ItemReader.builder()
        .resource("arn:aws:states:::s3:listObjectsV2")
        .arguments(Template.of(ordered("Bucket", jsonata("$states.input.bucket"), "Prefix", "in/")))
        .build();
    JsonNode r = firstJsonata(distributed("M").itemReader(reader)).get("ItemReader");
    assertThat(r.get("Arguments").get("Bucket").asText()).isEqualTo("{% $states.input.bucket %}");
    assertThat(r.get("Arguments").get("Prefix").asText()).isEqualTo("in/");
    assertThat(r.has("Parameters")).isFalse();
  }

  @Test
  void itemBatcherFromTheModelBuilder() {
    ItemBatcher batcher = ItemBatcher.builder()
        .batchInput(Template.of(ordered("run", path("$$.Execution.Id"))))
        .maxItemsPerBatch(Value.of(100))
        .maxInputBytesPerBatch(Value.of(262144))
        .build();
    JsonNode b = first(distributed("M").itemBatcher(batcher)).get("ItemBatcher");
    assertThat(keys(b)).containsExactly("BatchInput", "MaxItemsPerBatch", "MaxInputBytesPerBatch");
    assertThat(b.get("BatchInput").get("run.$").asText()).isEqualTo("$$.Execution.Id");
    assertThat(b.get("MaxItemsPerBatch").asInt()).isEqualTo(100);
    assertThat(b.get("MaxInputBytesPerBatch").asInt()).isEqualTo(262144);
    JsonNode paths = first(distributed("M").itemBatcher(ItemBatcher.builder()
        .maxItemsPerBatchPath(ReferencePath.of("$.batch.items"))
        .maxInputBytesPerBatchPath(ReferencePath.of("$.batch.bytes")).build())).get("ItemBatcher");
    assertThat(paths.get("MaxItemsPerBatchPath").asText()).isEqualTo("$.batch.items");
    assertThat(paths.get("MaxInputBytesPerBatchPath").asText()).isEqualTo("$.batch.bytes");
  }

  @Test
  void resultWriterFromTheModelBuilder() {
    ResultWriter writer = ResultWriter.builder()
        .resource("arn:aws:states:::s3:putObject")
        .writerConfig(WriterConfig.builder().outputType("JSONL").transformation("COMPACT").build())
        .parameters(Template.of(ordered("Bucket", "results", "Prefix", path("$.prefix"))))
        .build();
    JsonNode w = first(distributed("M").resultWriter(writer)).get("ResultWriter");
    assertThat(keys(w)).containsExactly("Resource", "WriterConfig", "Parameters");
    assertThat(w.get("WriterConfig").get("OutputType").asText()).isEqualTo("JSONL");
    assertThat(w.get("WriterConfig").get("Transformation").asText()).isEqualTo("COMPACT");
    assertThat(w.get("Parameters").get("Prefix.$").asText()).isEqualTo("$.prefix");
  }

  @Test
  void aDistributedMapWithEveryFieldIsWrittenInCanonicalOrder() {
    JsonNode m = first(distributed("M")
        .label("orders")
        .toleratedFailureCount(1)
        .toleratedFailurePercentage(5)
        .maxConcurrency(100)
        .resultWriter(ResultWriter.builder().resource("arn:aws:states:::s3:putObject").build())
        .itemBatcher(ItemBatcher.builder().maxItemsPerBatch(Value.of(10)).build())
        .itemSelector(ordered("v", path("$$.Map.Item.Value")))
        .itemReader(ItemReader.builder().resource("arn:aws:states:::s3:getObject").build())
        .inputPath("$.in")
        .resultSelector(ordered("n", 1))
        .resultPath("$.out")
        .outputPath("$.out")
        .assign("mapped", true)
        .retry(Retry.onAllErrors())
        .catchAll(c -> c.next(fail("Failed")))
        .comment("all orders"));
    assertThat(keys(m)).containsExactly("Type", "Comment", "ItemProcessor", "ItemReader", "ItemSelector", "ItemBatcher", "ResultWriter", "MaxConcurrency", "ToleratedFailurePercentage",
        "ToleratedFailureCount", "Label", "InputPath", "ResultSelector", "ResultPath", "OutputPath", "Assign",
        "Retry", "Catch", "End");
  }

  @Test
  void resultProcessingRetryAndCatchOnAMap() {
    JsonNode states = states(map("M").itemProcessor(pass("P"))
        .resultPath(ref("$.results")).retry(Retry.on(Errors.TASK_FAILED).intervalSeconds(3))
        .catching(Catch.on(Errors.EXCEED_TOLERATED_FAILURE_THRESHOLD).next(succeed("Tolerated"))));
    JsonNode m = states.get("M");
    assertThat(m.get("ResultPath").asText()).isEqualTo("$.results");
    assertThat(m.get("Retry").get(0).get("IntervalSeconds").asInt()).isEqualTo(3);
    assertThat(m.get("Catch").get(0).get("ErrorEquals").get(0).asText())
        .isEqualTo("States.ExceedToleratedFailureThreshold");
    assertThat(states.get("Tolerated").get("Type").asText()).isEqualTo("Succeed");
    assertThat(first(map("M").itemProcessor(pass("P")).discardResult()).get("ResultPath").isNull()).isTrue();
  }

  @Test
  void outputAndAssignInAJsonataMap() {
    JsonNode m = firstJsonata(map("M").items(jsonata("$states.input")).itemProcessor(pass("P"))
        .output(jsonata("$count($states.result)")).assign("results", jsonata("$states.result")));
    assertThat(m.get("Output").asText()).isEqualTo("{% $count($states.result) %}");
    assertThat(m.get("Assign").get("results").asText()).isEqualTo("{% $states.result %}");
  }

  @Test
  void negativeCountsAreRejected() {
    assertThatThrownBy(() -> map("M").maxConcurrency(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("state 'M': MaxConcurrency must be 0 or more, not -1");
    assertThatThrownBy(() -> map("M").toleratedFailureCount(-2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("state 'M': ToleratedFailureCount must be 0 or more, not -2");
  }

  @ParameterizedTest
  @ValueSource(doubles = {-0.5, 100.01, Double.NaN, Double.POSITIVE_INFINITY})
  void theToleratedPercentageIsBetween0And100(double percentage) {
    assertThatThrownBy(() -> map("M").toleratedFailurePercentage(percentage))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("state 'M': ToleratedFailurePercentage must be between 0 and 100, not " + percentage);
  }

  @Test
  void pathFieldsMustBeReferencePaths() {
    assertThatThrownBy(() -> map("M").itemsPath("$.orders[*]"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("state 'M': ItemsPath must be a Reference Path: ");
    assertThatThrownBy(() -> map("M").maxConcurrencyPath("limit"))
        .hasMessageStartingWith("state 'M': MaxConcurrencyPath must be a Reference Path: ");
    assertThatThrownBy(() -> map("M").toleratedFailurePercentagePath("$..p"))
        .hasMessageStartingWith("state 'M': ToleratedFailurePercentagePath must be a Reference Path: ");
    assertThatThrownBy(() -> map("M").toleratedFailureCountPath("$.c[-1]"))
        .hasMessageStartingWith("state 'M': ToleratedFailureCountPath must be a Reference Path: ");
  }

  @Test
  void aLabelLongerThan40CharactersIsRejected() {
    assertThatThrownBy(() -> map("M").label("l".repeat(41)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("state 'M': Label is at most 40 characters, not 41");
  }

  @Test
  void templatesThatCannotBeWrittenNameTheStateAndTheField() {
    assertThatThrownBy(() -> map("M").items(new Object()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("state 'M': Items: cannot use a java.lang.Object in a template");
    assertThatThrownBy(() -> map("M").itemSelector(ordered("bad", new Object())))
        .hasMessageStartingWith("state 'M': ItemSelector: cannot use a java.lang.Object in a template");
    assertThatThrownBy(() -> map("M").items(List.of(path("$.a"))))
        .hasMessageStartingWith("state 'M': Items: the path or intrinsic '$.a' cannot be an array element");
  }
}
