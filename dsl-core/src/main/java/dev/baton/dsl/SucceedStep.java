package dev.baton.dsl;

import dev.baton.annotations.PathExpression;

import dev.baton.expr.Path;
import dev.baton.model.NullablePath;
import dev.baton.model.Template;

/** A Succeed step: ends its scope (the workflow, a branch or an iteration) successfully. */
public final class SucceedStep extends Step<SucceedStep> {
  NullablePath<Path> inputPath;
  NullablePath<Path> outputPath;
  Template output;

  SucceedStep(String name) {
    super(name);
  }

  /** Sets ASL {@code InputPath} (JSONPath states). */
  public SucceedStep inputPath(@PathExpression String path) {
    this.inputPath = NullablePath.of(path("InputPath", path));
    return this;
  }

  /** Sets ASL {@code OutputPath} (JSONPath states). */
  public SucceedStep outputPath(@PathExpression String path) {
    this.outputPath = NullablePath.of(path("OutputPath", path));
    return this;
  }

  /** Sets ASL {@code Output} (JSONata states): the final output. */
  public SucceedStep output(Object output) {
    this.output = template("Output", output);
    return this;
  }

  @Override
  SucceedStep copyAs(String newName) {
    SucceedStep copy = new SucceedStep(newName);
    copy.comment = comment;
    copy.queryLanguage = queryLanguage;
    copy.inputPath = inputPath;
    copy.outputPath = outputPath;
    copy.output = output;
    return copy;
  }
}
