package dev.baton.dsl;

import dev.baton.model.Condition;
import dev.baton.model.Template;
import java.util.List;

/**
 * Checks that a step only uses the fields and expressions of its query language: paths and
 * intrinsics in JSONPath states, {@code {% %}} expressions in JSONata states.
 */
final class FieldCheck {
  private final String state;
  final boolean jsonata;
  private final List<String> problems;

  FieldCheck(String state, boolean jsonata, List<String> problems) {
    this.state = state;
    this.jsonata = jsonata;
    this.problems = problems;
  }

  FieldCheck jsonPathOnly(String field, Object value) {
    if (jsonata && value != null) {
      problems.add("state '" + state + "' is a JSONata state, but sets " + field + ", a JSONPath field;"
          + " use Arguments, Output and Assign with JSONata expressions instead");
    }
    return this;
  }

  FieldCheck jsonataOnly(String field, Object value) {
    if (!jsonata && value != null) {
      problems.add("state '" + state + "' is a JSONPath state, but sets " + field + ", a JSONata field;"
          + " call queryLanguage(QueryLanguage.JSONATA) on the state or the workflow");
    }
    return this;
  }

  void template(String field, Template template) {
    if (template instanceof Template.Dynamic dynamic && jsonata) {
      problems.add("state '" + state + "' is a JSONata state, but " + field + " uses the JSONPath expression '"
          + dynamic.text() + "'; use a JSONata expression such as jsonata(\"$states.input...\")");
    } else if (template instanceof Template.JsonataValue value && !jsonata) {
      problems.add("state '" + state + "' is a JSONPath state, but " + field + " uses the JSONata expression '"
          + value.expression().text() + "'; use a path, or make the state JSONata");
    } else if (template instanceof Template.ObjectTemplate object) {
      object.fields().values().forEach(child -> template(field, child));
    } else if (template instanceof Template.ArrayTemplate array) {
      array.items().forEach(child -> template(field, child));
    }
  }

  void condition(Condition condition) {
    if (condition instanceof Condition.JsonataCondition && !jsonata) {
      problems.add("Choice state '" + state + "' is a JSONPath state, but a rule uses a JSONata Condition;"
          + " make the state JSONata or use variable(...) comparisons");
    } else if (!(condition instanceof Condition.JsonataCondition) && jsonata) {
      problems.add("Choice state '" + state + "' is a JSONata state, but a rule uses a JSONPath comparison;"
          + " use when(jsonata(\"...\"), target)");
    }
  }
}
