package dev.baton.dsl;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.model.QueryLanguage;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/** Helpers shared by the DSL tests: build a workflow, read back its ASL JSON, collect build problems. */
final class DslJson {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String FUNCTION = "arn:aws:lambda:us-east-1:123456789012:function:work";
  static final String ROLE = "arn:aws:iam::123456789012:role/worker";

  private DslJson() {}

  /**
   * The whole written ASL JSON of a JSONPath workflow (no top-level QueryLanguage). These tests
   * check what each DSL method writes, on made-up data, so the data-flow check is off here; it has
   * tests of its own.
   */
  static JsonNode root(Chainable start) {
    return parse(Workflow.startingWith(start).checkFlow(false).build().toJson());
  }

  /** The whole written ASL JSON of a workflow whose top-level QueryLanguage is {@code language}. */
  static JsonNode root(Chainable start, QueryLanguage language) {
    return parse(Workflow.startingWith(start).queryLanguage(language).checkFlow(false).build().toJson());
  }

  /** The top-level {@code States} of a JSONPath workflow. */
  static JsonNode states(Chainable start) {
    return root(start).get("States");
  }

  /** The top-level {@code States} of a JSONata workflow. */
  static JsonNode jsonataStates(Chainable start) {
    return root(start, QueryLanguage.JSONATA).get("States");
  }

  /** The written JSON of the workflow's first state, in a JSONPath workflow. */
  static JsonNode first(Chainable start) {
    return states(start).get(start.startStep().name());
  }

  /** The written JSON of the workflow's first state, in a JSONata workflow. */
  static JsonNode firstJsonata(Chainable start) {
    return jsonataStates(start).get(start.startStep().name());
  }

  static JsonNode parse(String text) {
    try {
      return JSON.readTree(text);
    } catch (Exception e) {
      throw new AssertionError("the DSL wrote JSON that does not parse: " + text, e);
    }
  }

  /** The problems that {@code build()} reports for a workflow; fails when it builds. */
  static List<String> problems(Workflow workflow) {
    AtomicReference<List<String>> found = new AtomicReference<>();
    assertThatThrownBy(workflow::build)
        .isInstanceOf(WorkflowBuildException.class)
        .satisfies(e -> found.set(((WorkflowBuildException) e).problems()));
    return found.get();
  }

  static List<String> problems(Chainable start) {
    return problems(Workflow.startingWith(start));
  }

  static List<String> jsonataProblems(Chainable start) {
    return problems(Workflow.startingWith(start).queryLanguage(QueryLanguage.JSONATA));
  }

  /** Field names of an object node, in written order. */
  static List<String> keys(JsonNode node) {
    List<String> keys = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  /** An insertion-ordered map of alternating keys and values. */
  static java.util.Map<String, Object> ordered(Object... keysAndValues) {
    java.util.Map<String, Object> map = new java.util.LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
