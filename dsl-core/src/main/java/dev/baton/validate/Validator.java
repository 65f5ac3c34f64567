package dev.baton.validate;

import dev.baton.diagnostics.Diagnostic;
import dev.baton.flow.FlowAnalyzer;
import dev.baton.json.AslReader;
import dev.baton.model.StateMachine;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Checks a definition against every rule of the ASL spec and of the AWS service (see {@link Rule}
 * and {@code docs/rules.md}), then, when those hold, proves with the data-flow layer that every
 * path and variable can resolve; every finding is reported at once.
 *
 * <pre>{@code
 * ValidationResult result = Validator.validate(Files.readString(Path.of("order.asl.json")));
 * result.diagnostics().forEach(System.out::println);   // 12:7: error: [state.next-unknown] ...
 * }</pre>
 */
public final class Validator {
  private Validator() {}

  /** Reads and checks ASL JSON text with every layer; diagnostics carry the line and column of what they report. */
  public static ValidationResult validate(String json) {
    return validate(json, ValidationOptions.defaults());
  }

  /** Reads and checks ASL JSON text; diagnostics carry the line and column of what they report. */
  public static ValidationResult validate(String json, ValidationOptions options) {
    AslReader.Result read = AslReader.readLenient(json);
    List<Diagnostic> all = new ArrayList<>(read.problems());
    read.partial().ifPresent(machine -> all.addAll(AslReader.locate(json, PartlyRead.of(read.problems())
        .keepReliable(check(machine, read.unreadableStates(), json.getBytes(StandardCharsets.UTF_8).length)))));
    if (options.flow() && read.stateMachine().isPresent() && all.stream().noneMatch(Diagnostic::isError)) {
      all.addAll(AslReader.locate(json, FlowAnalyzer.analyze(read.stateMachine().get(), options.hints())));
    }
    all.sort(Comparator.comparingInt((Diagnostic d) -> d.line() == 0 ? Integer.MAX_VALUE : d.line())
        .thenComparingInt(Diagnostic::column));
    boolean errors = all.stream().anyMatch(Diagnostic::isError);
    return new ValidationResult(all, errors ? java.util.Optional.empty() : read.stateMachine());
  }

  /** Checks a model with every layer; diagnostics carry JSON pointers but no lines. */
  public static ValidationResult validate(StateMachine machine) {
    return validate(machine, ValidationOptions.defaults());
  }

  /** Checks a model (built with the DSL, for example); diagnostics carry JSON pointers but no lines. */
  public static ValidationResult validate(StateMachine machine, ValidationOptions options) {
    List<Diagnostic> all = new ArrayList<>(check(machine, Set.of(), machine.jsonSize()));
    if (options.flow() && all.stream().noneMatch(Diagnostic::isError)) {
      all.addAll(FlowAnalyzer.analyze(machine, options.hints()));
    }
    boolean errors = all.stream().anyMatch(Diagnostic::isError);
    return new ValidationResult(all, errors ? java.util.Optional.empty() : java.util.Optional.of(machine));
  }

  private static List<Diagnostic> check(StateMachine machine, Set<String> unreadable, long bytes) {
    Definition definition = new Definition(machine, unreadable);
    Findings findings = new Findings();
    ScopeChecks.check(definition, findings);
    StateChecks.check(definition, findings);
    ChoiceChecks.check(definition, findings);
    RetryCatchChecks.check(definition, findings);
    MapChecks.check(definition, findings);
    QueryLanguageChecks.check(definition, findings);
    VariableChecks.check(definition, findings);
    JsonataChecks.check(definition, findings);
    LintChecks.check(definition, findings);
    QuotaChecks.check(definition, bytes, findings);
    return findings.all();
  }
}
