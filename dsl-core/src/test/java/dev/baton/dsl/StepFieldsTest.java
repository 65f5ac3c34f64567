package dev.baton.dsl;

import static dev.baton.dsl.Baton.choice;
import static dev.baton.dsl.Baton.fail;
import static dev.baton.dsl.Baton.intrinsic;
import static dev.baton.dsl.Baton.jsonata;
import static dev.baton.dsl.Baton.pass;
import static dev.baton.dsl.Baton.path;
import static dev.baton.dsl.Baton.succeed;
import static dev.baton.dsl.Baton.task;
import static dev.baton.dsl.Baton.variable;
import static dev.baton.dsl.Baton.waitFor;
import static dev.baton.dsl.DslJson.FUNCTION;
import static dev.baton.dsl.DslJson.first;
import static dev.baton.dsl.DslJson.firstJsonata;
import static dev.baton.dsl.DslJson.keys;
import static dev.baton.dsl.DslJson.ordered;
import static dev.baton.dsl.DslJson.root;
import static dev.baton.dsl.DslJson.states;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.integrations.Lambda;
import dev.baton.model.QueryLanguage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Fields every step shares (Comment, QueryLanguage, InputPath, OutputPath, Output, Assign), naming rules, chains and workflows, as written ASL. */
class StepFieldsTest {
  @Test
  void commentAndStateQueryLanguageAreWritten() {
    JsonNode p = first(pass("P").comment("explains P").queryLanguage(QueryLanguage.JSONATA));
    assertThat(p.get("Comment").asText()).isEqualTo("explains P");
    assertThat(p.get("QueryLanguage").asText()).isEqualTo("JSONata");
    assertThat(first(pass("Q")).has("Comment")).isFalse();
    assertThat(first(pass("Q")).has("QueryLanguage")).isFalse();
  }

  @Test
  void aJsonPathStateInAJsonPathWorkflowMayNameItsLanguage() {
    JsonNode p = first(pass("P").queryLanguage(QueryLanguage.JSONPATH));
    assertThat(p.get("QueryLanguage").asText()).isEqualTo("JSONPath");
  }

  @Test
  void inputAndOutputPathsFromTextAndFromPaths() {
    JsonNode a = first(pass("A").inputPath("$.in").outputPath("$.out"));
    assertThat(a.get("InputPath").asText()).isEqualTo("$.in");
    assertThat(a.get("OutputPath").asText()).isEqualTo("$.out");
    JsonNode b = first(pass("B").inputPath(path("$.items[*].id")).outputPath(path("$$.Execution.Id")));
    assertThat(b.get("InputPath").asText()).isEqualTo("$.items[*].id");
    assertThat(b.get("OutputPath").asText()).isEqualTo("$$.Execution.Id");
  }

  @Test
  void emptyInputAndEmptyOutputWriteJsonNull() {
    JsonNode p = first(pass("P").emptyInput().emptyOutput());
    assertThat(p.has("InputPath")).isTrue();
    assertThat(p.get("InputPath").isNull()).isTrue();
    assertThat(p.get("OutputPath").isNull()).isTrue();
  }

  @Test
  void aLaterPathSetterReplacesEmptyInput() {
    JsonNode p = first(pass("P").emptyInput().inputPath("$.x").emptyOutput().outputPath(path("$.y")));
    assertThat(p.get("InputPath").asText()).isEqualTo("$.x");
    assertThat(p.get("OutputPath").asText()).isEqualTo("$.y");
  }

  @Test
  void assignWritesPathsWithDollarKeysAndLiteralsAsThemselves() {
    JsonNode assign = first(pass("P")
        .assign("fromInput", path("$.a"))
        .assign("fromContext", path("$$.Execution.Id"))
        .assign("fromVariable", path("$other.field"))
        .assign("formatted", intrinsic("States.Format('id-{}', $.id)"))
        .assign("count", 3)
        .assign("flag", true)
        .assign("nothing", null)
        .assign("nested", ordered("x", path("$.x"), "y", "why")))
        .get("Assign");
    assertThat(keys(assign)).containsExactly("fromInput.$", "fromContext.$", "fromVariable.$", "formatted.$",
        "count", "flag", "nothing", "nested");
    assertThat(assign.get("fromInput.$").asText()).isEqualTo("$.a");
    assertThat(assign.get("fromContext.$").asText()).isEqualTo("$$.Execution.Id");
    assertThat(assign.get("fromVariable.$").asText()).isEqualTo("$other.field");
    assertThat(assign.get("formatted.$").asText()).isEqualTo("States.Format('id-{}', $.id)");
    assertThat(assign.get("count").asInt()).isEqualTo(3);
    assertThat(assign.get("flag").asBoolean()).isTrue();
    assertThat(assign.get("nothing").isNull()).isTrue();
    assertThat(assign.get("nested").get("x.$").asText()).isEqualTo("$.x");
    assertThat(assign.get("nested").get("y").asText()).isEqualTo("why");
  }

  @Test
  void assigningAVariableAgainReplacesItsValue() {
    JsonNode assign = first(pass("P").assign("v", 1).assign("w", 2).assign("v", 3)).get("Assign");
    assertThat(keys(assign)).containsExactly("v", "w");
    assertThat(assign.get("v").asInt()).isEqualTo(3);
  }

  @Test
  void outputAndAssignInAJsonataWorkflow() {
    JsonNode p = firstJsonata(pass("P")
        .output(ordered("id", jsonata("$states.input.id"), "kind", "order", "tags", List.of("a", 1)))
        .assign("seen", jsonata("$states.input.count + 1"))
        .assign("raw", "{% $states.input.raw %}"));
    assertThat(p.get("Output").get("id").asText()).isEqualTo("{% $states.input.id %}");
    assertThat(p.get("Output").get("kind").asText()).isEqualTo("order");
    assertThat(p.get("Output").get("tags").get(1).asInt()).isEqualTo(1);
    assertThat(p.get("Assign").get("seen").asText()).isEqualTo("{% $states.input.count + 1 %}");
    assertThat(p.get("Assign").get("raw").asText()).isEqualTo("{% $states.input.raw %}");
    assertThat(firstJsonata(pass("Q").output(jsonata("$states.input.a"))).get("Output").asText())
        .isEqualTo("{% $states.input.a %}");
    assertThat(firstJsonata(pass("R").output(42)).get("Output").asInt()).isEqualTo(42);
  }

  @Test
  void aVariableNameMustBeAnIdentifier() {
    assertThatThrownBy(() -> pass("P").assign("1bad", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("state 'P': Assign: '1bad' is not a valid variable name: use letters, digits and _,"
            + " not starting with a digit, at most 80 characters");
    assertThatThrownBy(() -> task("T", Lambda.invoke(FUNCTION)).assign("has-dash", 1))
        .hasMessageStartingWith("state 'T': Assign: 'has-dash' is not a valid variable name");
    assertThatThrownBy(() -> choice("C").assign("", 1))
        .hasMessageStartingWith("state 'C': Assign: a variable needs a name");
    assertThat(first(pass("P").assign("_ok1", 1)).get("Assign").has("_ok1")).isTrue();
  }

  @Test
  void aValueThatCannotBeATemplateNamesTheStateAndTheField() {
    assertThatThrownBy(() -> pass("P").assign("v", new Object()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("state 'P': Assign: cannot use a java.lang.Object in a template");
    assertThatThrownBy(() -> pass("P").output(new StringBuilder("x")))
        .hasMessageStartingWith("state 'P': Output: cannot use a java.lang.StringBuilder in a template");
    assertThatThrownBy(() -> pass("P").output("{% ( %}"))
        .hasMessageStartingWith("state 'P': Output: ")
        .hasMessageContaining("'{% ( %}'");
    assertThatThrownBy(() -> pass("P").parameters(ordered("list", List.of(path("$.x")))))
        .hasMessageStartingWith("state 'P': Parameters: the path or intrinsic '$.x' cannot be an array element");
  }

  @Test
  void invalidInputAndOutputPathsNameTheStateAndTheField() {
    assertThatThrownBy(() -> pass("P").outputPath("out"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("state 'P': OutputPath is not a valid path: ");
    assertThatThrownBy(() -> choice("C").inputPath("$.a["))
        .hasMessageStartingWith("state 'C': InputPath is not a valid path: ");
    assertThatThrownBy(() -> waitFor("W").outputPath(""))
        .hasMessageStartingWith("state 'W': OutputPath is not a valid path: ");
  }

  @Test
  void aStateNameIsRequiredNonEmptyAndAtMost80Characters() {
    assertThatThrownBy(() -> pass(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("a state needs a name");
    assertThatThrownBy(() -> succeed(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a state name cannot be empty");
    String tooLong = "n".repeat(81);
    assertThatThrownBy(() -> fail(tooLong))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("state name '" + tooLong + "' is 81 characters long; AWS allows at most 80");
    String longest = "n".repeat(80);
    assertThat(states(pass(longest)).has(longest)).isTrue();
  }

  @Test
  void stepsKnowTheirNameNextStepAndDescribeThemselves() {
    PassStep a = pass("A");
    PassStep b = pass("B");
    assertThat(a.name()).isEqualTo("A");
    assertThat(a.nextStep()).isEmpty();
    a.next(b);
    assertThat(a.nextStep()).containsSame(b);
    assertThat(a.toString()).isEqualTo("PassStep[A]");
    assertThat(waitFor("W").toString()).isEqualTo("WaitStep[W]");
    assertThat(a.startStep()).isSameAs(a);
    assertThat(a.openEnds()).isEmpty();
    assertThat(b.openEnds()).containsExactly(b);
    assertThat(succeed("S").openEnds()).isEmpty();
  }

  @Test
  void connectingTheSameNextTwiceIsAllowed() {
    PassStep a = pass("A");
    PassStep b = pass("B");
    a.next(b);
    a.next(b);
    assertThat(states(a).get("A").get("Next").asText()).isEqualTo("B");
  }

  @Test
  void aChainDescribesItsEntryAndOpenEnds() {
    Chain chain = pass("X").next(pass("Y"));
    assertThat(chain.toString()).isEqualTo("Chain[X ... [Y]]");
    assertThat(chain.startStep().name()).isEqualTo("X");
    assertThat(chain.openEnds()).extracting(Step::name).containsExactly("Y");
    Chain closed = chain.next(succeed("Z"));
    assertThat(closed.openEnds()).isEmpty();
    assertThat(closed.toString()).isEqualTo("Chain[X ... []]");
    assertThat(keys(states(closed))).containsExactly("X", "Y", "Z");
  }

  @Test
  void theTopLevelQueryLanguageIsWrittenWhenSet() {
    assertThat(root(succeed("S"), QueryLanguage.JSONPATH).get("QueryLanguage").asText()).isEqualTo("JSONPath");
    assertThat(root(succeed("S"), QueryLanguage.JSONATA).get("QueryLanguage").asText()).isEqualTo("JSONata");
    assertThat(root(succeed("S")).has("QueryLanguage")).isFalse();
    assertThat(keys(root(succeed("S"), QueryLanguage.JSONATA))).containsExactly("QueryLanguage", "StartAt", "States");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1})
  void aWorkflowTimeoutMustBePositive(int seconds) {
    assertThatThrownBy(() -> Workflow.startingWith(succeed("S")).timeoutSeconds(seconds))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("TimeoutSeconds must be at least 1, not " + seconds);
  }

  @Test
  void aWorkflowNeedsAFirstStep() {
    assertThatThrownBy(() -> Workflow.startingWith(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("a workflow needs a first step");
  }

  @Test
  void startAtIsTheEntryOfAChain() {
    JsonNode root = root(pass("First").next(pass("Second")).next(succeed("Third")));
    assertThat(root.get("StartAt").asText()).isEqualTo("First");
    assertThat(keys(root.get("States"))).containsExactly("First", "Second", "Third");
  }

  @Test
  void buildingTwiceGivesTheSameJson() {
    Workflow workflow = Workflow.startingWith(pass("A").next(waitFor("W").seconds(1)));
    assertThat(workflow.build().toJson()).isEqualTo(workflow.build().toJson());
  }
}
