package dev.baton.local;

import static dev.baton.local.Asl.json;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A path in a payload template (Parameters, ResultSelector, ItemSelector) that finds nothing fails
 * the state with {@code States.Runtime}, as AWS reports it, so no catcher handles it.
 */
class PathFailureTest {

  private static final String LAMBDA = "'Resource':'arn:aws:lambda:us-east-1:1:function:f'";

  private static Execution run(String stateFields, String input) {
    return LocalEngine.builder().mock("S", Mocks.returning("{'v':1}".replace('\'', '"'))).build()
        .start(Asl.machine("{'StartAt':'S','States':{'S':{" + stateFields
            + ",'Catch':[{'ErrorEquals':['States.ALL'],'Next':'Caught'}],'End':true},"
            + "'Caught':{'Type':'Pass','End':true}}}"), json(input));
  }

  @Test
  void aMissingParametersPathIsStatesRuntimeAndNotCaught() {
    Execution e = run("'Type':'Task'," + LAMBDA + ",'Parameters':{'address.$':'$.application.address'}",
        "{'flagged':false}");
    assertThat(e.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(e.error()).contains("States.Runtime");
    assertThat(e.cause().orElseThrow()).isEqualTo("An error occurred while executing the state 'S'"
        + " (entered at the event id #2). The JSONPath '$.application.address' specified for the field"
        + " 'address.$' could not be found in the input '{\"flagged\":false}'");
    assertThat(e.statesEntered()).doesNotContain("Caught");
  }

  @Test
  void aMissingResultSelectorPathIsStatesRuntimeToo() {
    Execution e = run("'Type':'Task'," + LAMBDA + ",'ResultSelector':{'w.$':'$.w'}", "{}");
    assertThat(e.error()).contains("States.Runtime");
    assertThat(e.cause().orElseThrow()).contains("'w.$'").contains("'{\"v\":1}'");
  }
}
