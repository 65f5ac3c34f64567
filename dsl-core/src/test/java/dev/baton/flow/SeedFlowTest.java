package dev.baton.flow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.diagnostics.Diagnostic;
import dev.baton.model.StateMachine;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The seed article's bug, found by the flow layer, and nothing else. */
class SeedFlowTest {

  static String seed(String name) throws IOException {
    try (InputStream in = SeedFlowTest.class.getResourceAsStream("/conformance/validation/valid/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"seed-1.json", "seed-2.json", "seed-3.json"})
  void theArticlesPathBugIsADefiniteErrorOnSnsNotify(String file) throws IOException {
    List<Diagnostic> found = FlowAnalyzer.analyze(StateMachine.fromJson(seed(file)), FlowHints.none());
    found.forEach(System.out::println);
    assertThat(found).hasSize(1);
    Diagnostic d = found.get(0);
    assertThat(d.rule()).isEqualTo("flow.path-missing");
    assertThat(d.isError()).isTrue();
    assertThat(d.pointer()).isEqualTo("/States/SNS Notify/Parameters/Message.$");
    assertThat(d.message()).contains("$.data.lambdaresult").contains("OutputPath '$.data' of state 'Fetch Data'")
        .contains("did you mean $.lambdaresult?");
  }

  @ParameterizedTest
  @ValueSource(strings = {"seed-1.json", "seed-2.json", "seed-3.json"})
  void theCorrectedWorkflowsHaveNoFinding(String file) throws IOException {
    String fixed = seed(file).replace("\"Message.$\": \"$.data.lambdaresult\"", "\"Message.$\": \"$.lambdaresult\"");
    assertThat(FlowAnalyzer.analyze(StateMachine.fromJson(fixed), FlowHints.none())).isEmpty();
  }
}
