package dev.baton.local;

import static dev.baton.local.Asl.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The conformance cases' stub specs as mocks. */
class MocksFromStubTest {

  private static Execution run(String stub) {
    return LocalEngine.builder().mock("S", Mocks.fromStub(json(stub))).build()
        .start(Asl.single("{'Type':'Task','Resource':'arn:aws:lambda:us-east-1:1:function:f',"
            + "'Retry':[{'ErrorEquals':['Flaky'],'IntervalSeconds':1,'MaxAttempts':3}],'End':true}"), json("{'a':1}"));
  }

  @Test
  void everySpecKind() {
    assertThat(run("{'return':{'r':2}}").output()).contains(json("{'r':2}"));
    assertThat(run("{'echo':true}").output()).contains(json("{'a':1}"));
    assertThat(run("{'merge':{'b':2}}").output()).contains(json("{'a':1,'b':2}"));
    assertThat(run("{'throw':{'error':'Bad','cause':'no'}}").error()).contains("Bad");
    assertThat(run("{'sequence':[{'throw':{'error':'Flaky'}},{'return':3}]}").output()).contains(json("3"));
  }

  @Test
  void anUnknownSpecSaysWhatIsAllowed() {
    assertThatThrownBy(() -> Mocks.fromStub(json("{'retrun':1}")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown stub spec {\"retrun\":1}")
        .hasMessageContaining("{\"return\": V}");
  }
}
