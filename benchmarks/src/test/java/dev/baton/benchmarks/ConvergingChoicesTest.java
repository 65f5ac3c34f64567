package dev.baton.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The diamond chain behind {@link ConvergingChoicesBenchmark} is the same workflow in both libraries. */
class ConvergingChoicesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void bothLibrariesBuildTheSameDiamondChain() throws Exception {
    var baton = ConvergingChoices.baton(8);
    var sdkV1 = ConvergingChoices.sdkV1(8);
    assertThat(baton.allStates()).hasSize(3 * 8 + 1);
    assertThat(SdkV1Workflows.countStates(sdkV1)).isEqualTo(3 * 8 + 1);
    assertThat(JSON.readTree(baton.toJson())).isEqualTo(JSON.readTree(sdkV1.toJson()));
  }

  @Test
  void batonBuildsALongChainAtOnce() {
    assertThat(ConvergingChoices.baton(300).allStates()).hasSize(3 * 300 + 1);
  }
}
