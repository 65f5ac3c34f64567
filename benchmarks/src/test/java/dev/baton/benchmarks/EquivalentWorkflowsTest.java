package dev.baton.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.baton.model.StateMachine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The benchmarks compare like with like: both libraries build the same 1,000-state definition, and
 * each one's JSON reads back with that library (and Baton reads v1's JSON too).
 */
class EquivalentWorkflowsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static StateMachine baton;
  private static String batonJson;
  private static com.amazonaws.services.stepfunctions.builder.StateMachine sdkV1;
  private static String sdkV1Json;

  @BeforeAll
  static void buildBoth() {
    baton = BatonWorkflows.build(WorkflowShape.BLOCKS_FOR_1000_STATES);
    batonJson = baton.toJson();
    sdkV1 = SdkV1Workflows.build(WorkflowShape.BLOCKS_FOR_1000_STATES);
    sdkV1Json = sdkV1.toJson();
  }

  @Test
  void bothLibrariesBuildOneThousandStates() {
    assertThat(baton.allStates()).hasSize(1000);
    assertThat(SdkV1Workflows.countStates(sdkV1)).isEqualTo(1000);
    assertThat(baton.states()).hasSameSizeAs(sdkV1.getStates());
  }

  @Test
  void theWorkflowMixesEveryStateTypeRetriesCatchesAndChoices() throws Exception {
    JsonNode states = JSON.readTree(batonJson).get("States");
    List<String> types = new ArrayList<>();
    states.forEach(state -> types.add(state.get("Type").asText()));
    assertThat(types).contains("Task", "Choice", "Pass", "Wait", "Parallel", "Map", "Succeed", "Fail");
    JsonNode task = states.get("Task 0");
    assertThat(task.get("Retry")).hasSize(2);
    assertThat(task.get("Retry").get(0).get("BackoffRate").asDouble()).isEqualTo(2.0);
    assertThat(task.get("Retry").get(0).get("MaxAttempts").asInt()).isEqualTo(6);
    assertThat(task.get("Retry").get(0).get("IntervalSeconds").asInt()).isEqualTo(2);
    assertThat(task.get("Catch")).hasSize(2);
    JsonNode rules = states.get("Route 0").get("Choices");
    assertThat(rules).hasSize(4);
    assertThat(rules.get(3).get("And").get(1).get("Not").get("StringEquals").asText()).isEqualTo("NEW");
  }

  @Test
  void bothLibrariesWriteTheSameDefinition() throws Exception {
    JsonNode fromBaton = normalized(batonJson);
    JsonNode fromSdkV1 = normalized(sdkV1Json);
    assertThat(fromBaton).isEqualTo(fromSdkV1);
  }

  @Test
  void batonJsonReadsBackWithBaton() {
    StateMachine read = StateMachine.fromJson(batonJson);
    assertThat(read.allStates()).hasSize(1000);
    // The JSON is compared, not the models: a DSL-built integer literal is a LongNode, a read one an
    // IntNode, and Template.Literal compares JsonNode types (reported to dsl-core).
    assertThat(read.toJson()).isEqualTo(batonJson);
  }

  @Test
  void sdkV1JsonReadsBackWithSdkV1() {
    var read = com.amazonaws.services.stepfunctions.builder.StateMachine.fromJson(sdkV1Json).build();
    assertThat(SdkV1Workflows.countStates(read)).isEqualTo(1000);
    assertThat(read.toJson()).isEqualTo(sdkV1Json);
  }

  @Test
  void batonReadsSdkV1Json() {
    StateMachine read = StateMachine.fromJson(sdkV1Json);
    assertThat(read.allStates()).hasSize(1000);
  }

  @Test
  void theLargeDefinitionIsJustUnderTheAwsLimit() {
    LargeDefinition large = LargeDefinition.nearAwsLimit();
    assertThat(large.bytes()).isLessThan(WorkflowShape.AWS_DEFINITION_LIMIT_BYTES)
        .isGreaterThan(WorkflowShape.AWS_DEFINITION_LIMIT_BYTES - LargeDefinition.MAX_SLACK_BYTES);
    assertThat(StateMachine.fromJson(large.json()).allStates()).hasSize(large.blocks() * WorkflowShape.STATES_PER_BLOCK);
  }

  /**
   * The definition as a plain tree, with the one spelling difference the libraries are allowed: v1
   * writes a Map's processor as the legacy {@code Iterator}, Baton as {@code ItemProcessor}.
   */
  private static JsonNode normalized(String json) throws Exception {
    JsonNode root = JSON.readTree(json);
    rename(root);
    return root;
  }

  private static void rename(JsonNode node) {
    if (node instanceof ObjectNode object) {
      if (object.has("Iterator")) {
        object.set("ItemProcessor", object.remove("Iterator"));
      }
      for (Map.Entry<String, JsonNode> field : object.properties()) {
        rename(field.getValue());
      }
    } else if (node.isArray()) {
      node.forEach(EquivalentWorkflowsTest::rename);
    }
  }
}
