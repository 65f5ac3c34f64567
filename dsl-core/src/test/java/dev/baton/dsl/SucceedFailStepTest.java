package dev.baton.dsl;

import static dev.baton.dsl.Baton.fail;
import static dev.baton.dsl.Baton.intrinsic;
import static dev.baton.dsl.Baton.jsonata;
import static dev.baton.dsl.Baton.path;
import static dev.baton.dsl.Baton.succeed;
import static dev.baton.dsl.DslJson.first;
import static dev.baton.dsl.DslJson.firstJsonata;
import static dev.baton.dsl.DslJson.keys;
import static dev.baton.dsl.DslJson.ordered;
import static dev.baton.dsl.DslJson.states;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** Every setter of the Succeed and Fail steps, as written ASL, and their misuse. */
class SucceedFailStepTest {
  @Test
  void inputAndOutputPaths() {
    JsonNode s = first(succeed("S").inputPath("$.in").outputPath("$.out").comment("done"));
    assertThat(keys(s)).containsExactly("Type", "Comment", "InputPath", "OutputPath");
    assertThat(s.get("InputPath").asText()).isEqualTo("$.in");
    assertThat(s.get("OutputPath").asText()).isEqualTo("$.out");
    assertThat(s.has("End")).isFalse();
  }

  @Test
  void outputInAJsonataWorkflow() {
    JsonNode s = firstJsonata(succeed("S").output(ordered("total", jsonata("$sum($states.input.items)"))));
    assertThat(s.get("Output").get("total").asText()).isEqualTo("{% $sum($states.input.items) %}");
    assertThat(firstJsonata(succeed("S").output(jsonata("$states.input"))).get("Output").asText())
        .isEqualTo("{% $states.input %}");
  }

  @Test
  void invalidPathsNameTheState() {
    assertThatThrownBy(() -> succeed("S").inputPath("in"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("state 'S': InputPath is not a valid path: ");
    assertThatThrownBy(() -> succeed("S").outputPath("$.["))
        .hasMessageStartingWith("state 'S': OutputPath is not a valid path: ");
  }

  @Test
  void errorAndCauseLiterals() {
    JsonNode f = first(fail("F").error("OrderRejected").cause("the order was rejected"));
    assertThat(keys(f)).containsExactly("Type", "Error", "Cause");
    assertThat(f.get("Error").asText()).isEqualTo("OrderRejected");
    assertThat(f.get("Cause").asText()).isEqualTo("the order was rejected");
  }

  @Test
  void errorAndCauseFromJsonata() {
    JsonNode f = firstJsonata(fail("F").error(jsonata("$states.input.code")).cause(jsonata("$states.input.why")));
    assertThat(f.get("Error").asText()).isEqualTo("{% $states.input.code %}");
    assertThat(f.get("Cause").asText()).isEqualTo("{% $states.input.why %}");
  }

  @Test
  void errorPathAndCausePathFromReferencePaths() {
    JsonNode f = first(fail("F").errorPath("$.error.name").causePath("$failure.cause"));
    assertThat(keys(f)).containsExactly("Type", "ErrorPath", "CausePath");
    assertThat(f.get("ErrorPath").asText()).isEqualTo("$.error.name");
    assertThat(f.get("CausePath").asText()).isEqualTo("$failure.cause");
  }

  @Test
  void errorPathAndCausePathFromIntrinsics() {
    JsonNode f = first(fail("F")
        .errorPath("States.Format('{}Error', $.kind)")
        .causePath("States.Format('order {} failed: {}', $.id, $.reason)"));
    assertThat(f.get("ErrorPath").asText()).isEqualTo("States.Format('{}Error', $.kind)");
    assertThat(f.get("CausePath").asText()).isEqualTo("States.Format('order {} failed: {}', $.id, $.reason)");
  }

  @Test
  void invalidErrorAndCausePathsNameTheStateAndTheField() {
    assertThatThrownBy(() -> fail("F").errorPath("$.errors[*]"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("state 'F': ErrorPath must be a Reference Path: ");
    assertThatThrownBy(() -> fail("F").causePath("cause"))
        .hasMessageStartingWith("state 'F': CausePath must be a Reference Path: ");
    assertThatThrownBy(() -> fail("F").errorPath("States.NoSuchFunction($.a)"))
        .hasMessageStartingWith("state 'F': ErrorPath is not a valid intrinsic function: ");
    assertThatThrownBy(() -> fail("F").causePath("States.Format('{}', $.a"))
        .hasMessageStartingWith("state 'F': CausePath is not a valid intrinsic function: ");
  }

  @Test
  void errorAndErrorPathAreExclusiveWhicheverComesFirst() {
    assertThatThrownBy(() -> fail("F").errorPath("$.e").error("E"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("state 'F': Error and ErrorPath are exclusive; ErrorPath is already set");
    assertThatThrownBy(() -> fail("F").errorPath("$.e").error(jsonata("'E'")))
        .hasMessage("state 'F': Error and ErrorPath are exclusive; ErrorPath is already set");
    assertThatThrownBy(() -> fail("F").error(jsonata("'E'")).errorPath("$.e"))
        .hasMessage("state 'F': Error and ErrorPath are exclusive; Error is already set");
    assertThatThrownBy(() -> fail("F").error("E").errorPath("States.Format('{}', $.e)"))
        .hasMessage("state 'F': Error and ErrorPath are exclusive; Error is already set");
  }

  @Test
  void causeAndCausePathAreExclusiveWhicheverComesFirst() {
    assertThatThrownBy(() -> fail("F").causePath("$.c").cause("C"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("state 'F': Cause and CausePath are exclusive; CausePath is already set");
    assertThatThrownBy(() -> fail("F").causePath("$.c").cause(jsonata("'C'")))
        .hasMessage("state 'F': Cause and CausePath are exclusive; CausePath is already set");
    assertThatThrownBy(() -> fail("F").cause("C").causePath("$.c"))
        .hasMessage("state 'F': Cause and CausePath are exclusive; Cause is already set");
    assertThatThrownBy(() -> fail("F").cause(jsonata("'C'")).causePath("$.c"))
        .hasMessage("state 'F': Cause and CausePath are exclusive; Cause is already set");
  }

  @Test
  void errorAndCausePathsCombineWithTheOtherLiteral() {
    JsonNode f = first(fail("F").error("E").causePath("$.why"));
    assertThat(f.get("Error").asText()).isEqualTo("E");
    assertThat(f.get("CausePath").asText()).isEqualTo("$.why");
  }
}
