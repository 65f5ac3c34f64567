package dev.baton.benchmarks.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.baton.json.AslReader;
import dev.baton.local.LocalEngine;
import dev.baton.local.Mocks;
import dev.baton.local.UnmockedTasks;
import dev.baton.model.ExecutionType;
import dev.baton.model.StateMachine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The workloads the engine is compared on with aws-local-stepfunctions (the same files its Node
 * script reads: {@code benchmarks/src/main/resources/engine}): the 10,000-iteration Choice/Pass
 * loop with an intrinsic, a Map over 10,000 items with a two-state processor, the loop run once (a
 * 4-state execution), and the conformance execution cases with their stubs.
 */
public final class EngineWorkloads {
  static final ObjectMapper JSON = new ObjectMapper();
  /** The conformance execution cases copied from {@code ../shared/conformance/execution}. */
  public static final List<String> CONFORMANCE_CASES = List.of("001-io-chain-task",
      "002-task-effective-input-echo", "007-intrinsics-arrays", "011-choice-boolean-timestamp",
      "014-choice-type-mismatch-default", "015-choice-no-match-error", "016-parallel-output-array",
      "017-map-itemselector-context", "020-retry-then-success", "022-catch-resultpath-error-shape",
      "028-inputpath-null", "032-map-iteration-failure-caught", "034-jsonata-arguments-output-assign",
      "035-jsonata-choice-map");

  private EngineWorkloads() {}

  /** The counter loop: Init, then Inc (States.MathAdd) and More? (Choice) 10,000 times, then Done. */
  public static StateMachine loop() {
    return AslReader.read(resource("engine/loop-10k.asl.json"));
  }

  /** The loop's input: {"limit": n}; n = 10,000 gives 20,002 transitions, n = 1 a 4-state execution. */
  public static JsonNode loopInput(int limit) {
    return JsonNodeFactory.instance.objectNode().put("limit", limit);
  }

  /** The inline Map whose processor is two Pass states. */
  public static StateMachine map() {
    return AslReader.read(resource("engine/map-10k.asl.json"));
  }

  /** The Map's input: {"items": [0, 1, ..., n-1]}. */
  public static JsonNode mapInput(int items) {
    ArrayNode array = JsonNodeFactory.instance.arrayNode(items);
    for (int i = 0; i < items; i++) {
      array.add(i);
    }
    JsonNode input = JsonNodeFactory.instance.objectNode().set("items", array);
    return input;
  }

  /**
   * An engine for the loop and the Map: EXPRESS, as AWS would need for them (a STANDARD execution
   * stops at 25,000 history events; these make about 40,000), virtual clock.
   */
  public static LocalEngine expressEngine() {
    return LocalEngine.builder().executionType(ExecutionType.EXPRESS).build();
  }

  /** One conformance case: its definition, its input, and an engine with its stubs as mocks. */
  public record ConformanceCase(String name, StateMachine machine, JsonNode input, JsonNode expected,
      LocalEngine engine) {}

  /** Reads a conformance case and mocks its Task states as its {@code stubs.json} says. */
  public static ConformanceCase conformanceCase(String name) {
    String at = "engine/conformance/" + name + "/";
    LocalEngine.Builder builder = LocalEngine.builder().unmockedTasks(UnmockedTasks.PASS_THROUGH);
    String stubs = optionalResource(at + "stubs.json");
    if (stubs != null) {
      for (Map.Entry<String, JsonNode> stub : read(stubs).properties()) {
        builder.mock(stub.getKey(), Mocks.fromStub(stub.getValue()));
      }
    }
    return new ConformanceCase(name, AslReader.read(resource(at + "definition.json")),
        read(resource(at + "input.json")), read(resource(at + "expected.json")), builder.build());
  }

  static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String resource(String name) {
    String text = optionalResource(name);
    if (text == null) {
      throw new IllegalStateException("benchmark resource " + name + " is missing");
    }
    return text;
  }

  private static String optionalResource(String name) {
    try (InputStream in = EngineWorkloads.class.getClassLoader().getResourceAsStream(name)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
