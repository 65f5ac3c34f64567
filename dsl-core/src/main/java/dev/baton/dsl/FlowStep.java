package dev.baton.dsl;

import dev.baton.annotations.PathExpression;

import dev.baton.expr.Path;
import dev.baton.model.NullablePath;
import dev.baton.model.Template;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A step that processes data: it has input and output processing and may assign variables
 * (every state type but Succeed and Fail).
 *
 * @param <S> the concrete step type
 */
public abstract sealed class FlowStep<S extends FlowStep<S>> extends Step<S> permits ChoiceStep, ContinuingStep {
  NullablePath<Path> inputPath;
  NullablePath<Path> outputPath;
  Template output;
  Map<String, Template> assign;

  FlowStep(String name) {
    super(name);
  }

  /** Sets ASL {@code InputPath} (JSONPath states): selects the state's input; {@code $} by default. */
  public S inputPath(@PathExpression String path) {
    this.inputPath = NullablePath.of(path("InputPath", path));
    return self();
  }

  /** Sets ASL {@code InputPath} to a path built in Java (for example a generated typed path). */
  public S inputPath(Path path) {
    this.inputPath = NullablePath.of(path);
    return self();
  }

  /** Sets ASL {@code "InputPath": null}: the state sees an empty object {@code {}}. */
  public S emptyInput() {
    this.inputPath = NullablePath.nullValue();
    return self();
  }

  /** Sets ASL {@code OutputPath} (JSONPath states): selects the state's output; {@code $} by default. */
  public S outputPath(@PathExpression String path) {
    this.outputPath = NullablePath.of(path("OutputPath", path));
    return self();
  }

  /** Sets ASL {@code OutputPath} to a path built in Java. */
  public S outputPath(Path path) {
    this.outputPath = NullablePath.of(path);
    return self();
  }

  /** Sets ASL {@code "OutputPath": null}: the state outputs an empty object {@code {}}. */
  public S emptyOutput() {
    this.outputPath = NullablePath.nullValue();
    return self();
  }

  /**
   * Sets ASL {@code Output} (JSONata states): the state's output, a {@link dev.baton.expr.Jsonata}
   * expression or any JSON value containing them (maps, lists, literals).
   */
  public S output(Object output) {
    this.output = template("Output", output);
    return self();
  }

  /**
   * Adds one variable to ASL {@code Assign}: its value is a literal, a path ({@code $.x},
   * {@code $$.Execution.Id}, {@code $other}), an intrinsic, or a JSONata expression. Variables are
   * visible from the next state on.
   */
  public S assign(String variable, Object value) {
    variableName("Assign", variable);
    if (assign == null) {
      assign = new LinkedHashMap<>();
    }
    assign.put(variable, template("Assign", value));
    return self();
  }

  final void copyFlowTo(FlowStep<?> copy) {
    copy.comment = comment;
    copy.queryLanguage = queryLanguage;
    copy.inputPath = inputPath;
    copy.outputPath = outputPath;
    copy.output = output;
    copy.assign = assign == null ? null : new LinkedHashMap<>(assign);
  }
}
