package dev.baton.cli;

import dev.baton.diagnostics.Diagnostic;
import dev.baton.json.CanonicalJson;
import dev.baton.validate.ValidationOptions;
import dev.baton.validate.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Validates what {@link DefinitionFile} read: JSON as it is, YAML through its JSON equivalent. */
final class DefinitionCheck {
  private static final Comparator<Diagnostic> DOCUMENT_ORDER =
      Comparator.comparingInt((Diagnostic d) -> d.line() == 0 ? Integer.MAX_VALUE : d.line())
          .thenComparingInt(Diagnostic::column);

  private DefinitionCheck() {}

  /** The report on one file. */
  static FileReport check(DefinitionFile.Outcome outcome) {
    return check(outcome, ValidationOptions.defaults());
  }

  /** The report on one file, validated with {@code options}. */
  static FileReport check(DefinitionFile.Outcome outcome, ValidationOptions options) {
    if (outcome instanceof DefinitionFile.Unreadable unreadable) {
      return FileReport.unreadable(unreadable.file(), unreadable.reason());
    }
    if (outcome instanceof DefinitionFile.NotText notText) {
      return FileReport.of(notText.file(), List.of(notText.problem()));
    }
    DefinitionFile.Text text = (DefinitionFile.Text) outcome;
    List<Diagnostic> diagnostics = text.syntax() == DefinitionFile.Syntax.YAML
        ? validateYaml(text.text(), options)
        : Validator.validate(text.text(), options).diagnostics();
    return FileReport.of(text.file(), diagnostics);
  }

  /**
   * Validates YAML as the JSON it stands for, then moves each diagnostic to the YAML line and
   * column of its JSON pointer (or of the nearest enclosing value that exists).
   */
  static List<Diagnostic> validateYaml(String yaml) {
    return validateYaml(yaml, ValidationOptions.defaults());
  }

  static List<Diagnostic> validateYaml(String yaml, ValidationOptions options) {
    YamlDefinition.Result read = YamlDefinition.read(yaml);
    List<Diagnostic> all = new ArrayList<>(read.problems());
    if (read.root() != null) {
      for (Diagnostic found : Validator.validate(CanonicalJson.print(read.root()), options).diagnostics()) {
        YamlDefinition.Position at = YamlDefinition.nearest(found.pointer(), read.positions());
        all.add(at == null ? found.at(0, 0) : found.at(at.line(), at.column()));
      }
    }
    all.sort(DOCUMENT_ORDER);
    return all;
  }
}
