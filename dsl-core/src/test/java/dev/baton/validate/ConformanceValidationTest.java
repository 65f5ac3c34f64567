package dev.baton.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.diagnostics.Diagnostic;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every conformance case gets its expected verdict, and invalid ones are rejected for the right reason. */
class ConformanceValidationTest {
  /**
   * Where Baton's rule id differs from the conformance suite's short id, the Baton rules that mean
   * the same thing. Baton reports a JSONPath field in a JSONata state (and the reverse) under one
   * rule each, naming the field in the message.
   */
  private static final Map<String, Set<String>> SAME_KIND = Map.of(
      "jsonata.no-inputpath", Set.of("jsonata.no-jsonpath-field"),
      "jsonata.no-outputpath", Set.of("jsonata.no-jsonpath-field"),
      "jsonata.no-resultselector", Set.of("jsonata.no-jsonpath-field"),
      "jsonata.no-itemspath", Set.of("jsonata.no-jsonpath-field"),
      "jsonata.no-secondspath", Set.of("jsonata.no-jsonpath-field"),
      "jsonata.no-errorpath", Set.of("jsonata.no-jsonpath-field"),
      "jsonpath.no-output", Set.of("jsonpath.no-jsonata-field"));

  static Path root() throws URISyntaxException {
    return Path.of(ConformanceValidationTest.class.getResource("/conformance/validation").toURI());
  }

  static Stream<Arguments> cases() throws IOException, URISyntaxException {
    List<String> lines = Files.readAllLines(root().resolve("expected.tsv"), StandardCharsets.UTF_8);
    return lines.stream().skip(1).filter(l -> !l.isBlank()).map(l -> l.split("\t", -1))
        .map(cols -> Arguments.of(cols[0], cols[1], cols[2]));
  }

  @ParameterizedTest(name = "{0} is {1} ({2})")
  @MethodSource("cases")
  void verdictMatches(String file, String expected, String rule) throws Exception {
    String json = Files.readString(root().resolve(file), StandardCharsets.UTF_8);
    ValidationResult result = Validator.validate(json);
    String report = result.diagnostics().stream().map(Diagnostic::toString).collect(Collectors.joining("\n"));
    if (expected.equals("valid")) {
      // The verdicts are about the spec and the service; the flow layer may still find a bug
      // in a valid definition (the seed article's are the known case, tested on their own).
      assertThat(result.errors()).filteredOn(d -> d.layer() != dev.baton.diagnostics.Layer.FLOW)
          .as("errors for a valid definition:%n%s", report).isEmpty();
    } else {
      Set<String> acceptable = SAME_KIND.getOrDefault(rule, Set.of(rule));
      assertThat(result.errors()).as("no error of rule %s among:%n%s", rule, report)
          .anySatisfy(d -> assertThat(acceptable).contains(d.rule()));
      assertThat(result.errors()).as("every error has a position").allSatisfy(d -> assertThat(d.line()).isPositive());
    }
    result.diagnostics().forEach(d ->
        assertThat(Rule.byId(d.rule())).as("rule %s is in the catalog", d.rule()).isPresent());
  }
}
