package dev.baton.examples.modern;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.baton.examples.ExampleWorkflows;
import dev.baton.json.JsonTrees;
import dev.baton.model.StateMachine;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The nightly settlement workflow builds, round-trips, matches its golden file, and really uses
 * the modern ASL features it was written to show.
 *
 * <p>The golden file {@code src/test/resources/golden/nightly-settlement.asl.json} holds the exact
 * canonical JSON; comparing to it byte for byte catches any unintended change to the workflow or
 * to the writer. When a change is intended, regenerate it from the module directory's parent:
 *
 * <pre>
 * ./mvnw -B -q -pl examples -am test -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dtest=NightlySettlementTest -Dbaton.updateGolden=true
 * git diff examples/src/test/resources/golden/   # review, then commit with the change
 * </pre>
 */
class NightlySettlementTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String GOLDEN = "golden/nightly-settlement.asl.json";
  /** Where the golden file lives in the source tree; Surefire runs tests in the module directory. */
  private static final Path GOLDEN_SOURCE = Path.of("src", "test", "resources").resolve(GOLDEN);
  private static final String UPDATE_GOLDEN = "baton.updateGolden";

  /** A {@code $name} in a JSONata expression that is not a function call: a variable. */
  private static final Pattern VARIABLE = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)\\b(?!\\s*\\()");

  private static StateMachine machine;
  private static String json;
  private static JsonNode tree;

  @BeforeAll
  static void build() throws IOException {
    machine = NightlySettlement.workflow();
    json = machine.toJson();
    tree = JSON.readTree(json);
  }

  @Test
  void buildsTwelveStatesStartingWithTheRunsVariables() {
    assertThat(machine.startAt()).isEqualTo("Open Settlement Run");
    assertThat(machine.allStates()).hasSize(12);
    assertThat(machine.states().keySet()).containsExactly(
        "Open Settlement Run", "Load Manifest", "Settle Orders", "Manifest Missing", "Publish Results",
        "Check Unaccounted Orders", "Settlement Incomplete", "Settlement Complete");
  }

  @Test
  void isRegisteredAsNightlySettlement() {
    assertThat(ExampleWorkflows.all()).containsKey("nightly-settlement");
    assertThat(ExampleWorkflows.all().get("nightly-settlement").get()).isEqualTo(machine);
  }

  @Test
  void buildingTwiceWritesTheSameBytes() {
    assertThat(NightlySettlement.workflow().toJson()).isEqualTo(json);
  }

  @Test
  void theWrittenJsonReadsBackToAnEqualModel() {
    assertThat(StateMachine.fromJson(json)).isEqualTo(machine);
  }

  @Test
  void theModelReadBackWritesTheSameBytes() {
    assertThat(StateMachine.fromJson(json).toJson()).isEqualTo(json);
  }

  @Test
  void theWrittenJsonIsTheGoldenFileByteForByte() throws IOException {
    if (Boolean.getBoolean(UPDATE_GOLDEN)) {
      assertThat(GOLDEN_SOURCE.getParent())
          .as("-D%s must run in the examples module directory", UPDATE_GOLDEN)
          .isDirectory();
      Files.writeString(GOLDEN_SOURCE, json, StandardCharsets.UTF_8);
      return;
    }
    byte[] golden;
    try (InputStream in = NightlySettlementTest.class.getResourceAsStream("/" + GOLDEN)) {
      assertThat(in).as("the golden file %s; see this class's Javadoc to create it", GOLDEN).isNotNull();
      golden = in.readAllBytes();
    }
    String regenerate = "the written JSON differs from " + GOLDEN + "; if the change is intended, rerun with -D"
        + UPDATE_GOLDEN + "=true (see NightlySettlementTest's Javadoc) and review the diff";
    assertThat(JsonTrees.firstDifference(JSON.readTree(golden), tree, ""))
        .as("first difference in the JSON tree: %s", regenerate)
        .isNull();
    assertThat(json).as(regenerate).isEqualTo(new String(golden, StandardCharsets.UTF_8));
    assertThat(json.getBytes(StandardCharsets.UTF_8)).as(regenerate).isEqualTo(golden);
  }

  /** Targeted checks on the JSON tree: each feature the example exists to show is really written. */
  @Nested
  class ModernFeatures {
    private final JsonNode states = tree.path("States");
    private final JsonNode settleOrders = states.path("Settle Orders");
    private final JsonNode processor = settleOrders.path("ItemProcessor");
    private final JsonNode publishResults = states.path("Publish Results");

    @Test
    void jsonataIsTheTopLevelQueryLanguageAndNoStateFallsBackToJsonPath() {
      assertThat(tree.path("QueryLanguage").asText()).isEqualTo("JSONata");
      Set<String> jsonPathOnly = Set.of("InputPath", "Parameters", "ResultSelector", "ResultPath", "OutputPath",
          "ItemsPath");
      List<String> jsonPathFields = new ArrayList<>();
      walk(tree, "", (pointer, node) -> node.fieldNames().forEachRemaining(field -> {
        boolean stateLanguage = field.equals("QueryLanguage") && !pointer.isEmpty();
        if (stateLanguage || field.endsWith(".$") || jsonPathOnly.contains(field)) {
          jsonPathFields.add(pointer + "/" + field);
        }
      }));
      assertThat(jsonPathFields).isEmpty();
    }

    @Test
    void variablesAreAssignedAndReadByLaterStates() {
      assertThat(fieldNames(states.path("Open Settlement Run").path("Assign")))
          .containsExactly("settlementDate", "runId");
      assertThat(states.path("Load Manifest").path("Assign").path("manifest").asText())
          .isEqualTo("{% $parse($states.result.Body) %}");
      assertThat(fieldNames(settleOrders.path("Assign").path("summary"))).contains("charged", "unaccounted");

      assertThat(states.path("Load Manifest").path("Arguments").path("Key").asText())
          .isEqualTo("{% 'manifests/' & $settlementDate & '.json' %}");
      assertThat(settleOrders.path("ItemReader").path("Arguments").path("Key").asText())
          .isEqualTo("{% $manifest.ordersKey %}");
      assertThat(states.path("Check Unaccounted Orders").path("Choices").get(0).path("Condition").asText())
          .isEqualTo("{% $summary.unaccounted > 0 %}");
      assertThat(states.path("Settlement Complete").path("Output").asText()).isEqualTo("{% $summary %}");
    }

    @Test
    void everyVariableReadIsAssignedInItsOwnScope() {
      Set<String> topLevelAssigned = assignedVariables(states);
      Set<String> childAssigned = assignedVariables(processor.path("States"));
      assertThat(topLevelAssigned).containsExactlyInAnyOrder("settlementDate", "runId", "manifest", "summary");
      assertThat(childAssigned).containsExactlyInAnyOrder("batch", "rejected");

      JsonNode withoutChildren = tree.deepCopy();
      ((ObjectNode) withoutChildren.path("States").path("Settle Orders")).remove("ItemProcessor");
      assertThat(variablesRead(withoutChildren)).isEqualTo(topLevelAssigned);
      // A distributed Map's child executions cannot see the parent's variables: the batch context
      // arrives in BatchInput, so the children read only what they assign themselves.
      assertThat(variablesRead(processor)).isEqualTo(childAssigned);
    }

    @Test
    void theMapIsDistributedWithExpressChildExecutions() {
      assertThat(settleOrders.path("Type").asText()).isEqualTo("Map");
      assertThat(processor.path("ProcessorConfig").path("Mode").asText()).isEqualTo("DISTRIBUTED");
      assertThat(processor.path("ProcessorConfig").path("ExecutionType").asText()).isEqualTo("EXPRESS");
      assertThat(processor.path("StartAt").asText()).isEqualTo("Validate Orders");
      assertThat(fieldNames(processor.path("States"))).containsExactly("Validate Orders", "Charge Orders");
      assertThat(settleOrders.path("Label").asText()).isEqualTo("SettleBatch");
      assertThat(settleOrders.path("MaxConcurrency").asInt()).isEqualTo(20);
      assertThat(settleOrders.path("ToleratedFailurePercentage").decimalValue()).isEqualByComparingTo("5");
    }

    @Test
    void theItemReaderStreamsAJsonLinesOrderFileFromS3() {
      JsonNode reader = settleOrders.path("ItemReader");
      assertThat(reader.path("Resource").asText()).isEqualTo("arn:aws:states:::s3:getObject");
      assertThat(reader.path("ReaderConfig").path("InputType").asText()).isEqualTo("JSONL");
      assertThat(reader.path("Arguments").path("Bucket").asText()).isEqualTo("acme-settlement-inbox");
      assertThat(reader.has("Parameters")).as("a JSONata ItemReader takes Arguments").isFalse();
    }

    @Test
    void theItemBatcherSendsTheBatchContextToEveryChild() {
      JsonNode batcher = settleOrders.path("ItemBatcher");
      assertThat(batcher.path("MaxItemsPerBatch").asInt()).isEqualTo(50);
      assertThat(batcher.path("BatchInput").path("settlementDate").asText()).isEqualTo("{% $settlementDate %}");
      assertThat(batcher.path("BatchInput").path("currency").asText()).isEqualTo("{% $manifest.currency %}");
    }

    @Test
    void theParallelStatePublishesToSnsAndRecordsToDynamoDb() {
      assertThat(publishResults.path("Type").asText()).isEqualTo("Parallel");
      JsonNode branches = publishResults.path("Branches");
      assertThat(branches).hasSize(2);
      assertThat(firstState(branches.get(0)).path("Resource").asText()).isEqualTo("arn:aws:states:::sns:publish");
      assertThat(firstState(branches.get(1)).path("Resource").asText()).isEqualTo("arn:aws:states:::dynamodb:putItem");
      assertThat(publishResults.path("Next").asText()).isEqualTo("Check Unaccounted Orders");
    }

    @Test
    void everyRetryUsesFullJitterAndCapsItsDelay() {
      List<JsonNode> retriers = new ArrayList<>();
      walk(tree, "", (pointer, node) -> node.path("Retry").forEach(retriers::add));
      assertThat(retriers).hasSize(5);
      assertThat(retriers).allSatisfy(retrier -> {
        assertThat(retrier.path("JitterStrategy").asText()).isEqualTo("FULL");
        assertThat(retrier.path("MaxDelaySeconds").isInt()).isTrue();
      });
      JsonNode chargeRetry = processor.path("States").path("Charge Orders").path("Retry").get(0);
      assertThat(chargeRetry.path("ErrorEquals")).extracting(JsonNode::asText)
          .contains("Lambda.TooManyRequestsException", "Lambda.ServiceException");
      assertThat(chargeRetry.path("MaxDelaySeconds").asInt()).isEqualTo(8);
    }

    @Test
    void argumentsAndOutputAreJsonataExpressions() {
      JsonNode charge = processor.path("States").path("Charge Orders");
      assertThat(charge.path("Resource").asText()).isEqualTo("arn:aws:states:::lambda:invoke");
      assertThat(charge.path("Arguments").path("FunctionName").asText())
          .isEqualTo("arn:aws:lambda:us-east-1:123456789012:function:settlement-charge-orders:live");
      assertThat(charge.path("Arguments").path("Payload").path("orders").asText()).isEqualTo("{% $states.input %}");
      assertThat(charge.path("Output").path("rejected").asText()).isEqualTo("{% $rejected %}");
      assertThat(processor.path("States").path("Validate Orders").path("Output").asText())
          .isEqualTo("{% $states.result.Payload.accepted %}");
      assertThat(publishResults.path("Branches").get(0).path("States").path("Notify Finance")
          .path("Arguments").path("Message").asText()).isEqualTo("{% $string($summary) %}");
    }

    @Test
    void theFailStatesCarryJsonataCauses() {
      JsonNode incomplete = states.path("Settlement Incomplete");
      assertThat(incomplete.path("Type").asText()).isEqualTo("Fail");
      assertThat(incomplete.path("Error").asText()).isEqualTo("SettlementIncomplete");
      assertThat(incomplete.path("Cause").asText())
          .startsWith("{% $summary.unaccounted & ' of ' & $summary.orders")
          .endsWith(" %}");
      assertThat(states.path("Check Unaccounted Orders").path("Default").asText()).isEqualTo("Settlement Complete");

      JsonNode catcher = states.path("Load Manifest").path("Catch").get(0);
      assertThat(catcher.path("ErrorEquals")).extracting(JsonNode::asText)
          .containsExactly("S3.NoSuchKeyException");
      assertThat(catcher.path("Next").asText()).isEqualTo("Manifest Missing");
      assertThat(states.path("Manifest Missing").path("Cause").asText()).contains("$states.input.Cause");
    }
  }

  /** Visits every object node of the tree with its JSON pointer. */
  private static void walk(JsonNode node, String pointer, BiConsumer<String, JsonNode> visitor) {
    if (node.isObject()) {
      visitor.accept(pointer, node);
      node.fields().forEachRemaining(field -> walk(field.getValue(), pointer + "/" + field.getKey(), visitor));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), pointer + "/" + i, visitor);
      }
    }
  }

  private static JsonNode firstState(JsonNode scope) {
    return scope.path("States").path(scope.path("StartAt").asText());
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** The variables assigned by the states of one {@code States} object (not in nested scopes). */
  private static Set<String> assignedVariables(JsonNode statesObject) {
    Set<String> names = new TreeSet<>();
    for (Map.Entry<String, JsonNode> state : (Iterable<Map.Entry<String, JsonNode>>) statesObject::fields) {
      state.getValue().path("Assign").fieldNames().forEachRemaining(names::add);
    }
    return names;
  }

  /** The variables read by the JSONata expressions anywhere under {@code node}, without {@code $states}. */
  private static Set<String> variablesRead(JsonNode node) {
    Set<String> names = new TreeSet<>();
    collectVariables(node, names);
    names.remove("states");
    return names;
  }

  private static void collectVariables(JsonNode node, Set<String> names) {
    if (node.isTextual() && node.asText().startsWith("{%")) {
      String expression = node.asText().replaceAll("'[^']*'", "''");
      Matcher matcher = VARIABLE.matcher(expression);
      while (matcher.find()) {
        names.add(matcher.group(1));
      }
    }
    node.forEach(child -> collectVariables(child, names));
  }
}
