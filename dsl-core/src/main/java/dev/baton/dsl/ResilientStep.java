package dev.baton.dsl;

import dev.baton.annotations.ReferencePathExpression;

import dev.baton.expr.ReferencePath;
import dev.baton.model.NullablePath;
import dev.baton.model.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A step that produces a result and can retry and catch errors: Task, Parallel and Map.
 *
 * @param <S> the concrete step type
 */
public abstract sealed class ResilientStep<S extends ResilientStep<S>> extends ContinuingStep<S>
    permits TaskStep, ParallelStep, MapStep {
  Template resultSelector;
  NullablePath<ReferencePath> resultPath;
  final List<Retry> retries = new ArrayList<>();
  final List<Catch> catches = new ArrayList<>();

  ResilientStep(String name) {
    super(name);
  }

  /** Sets ASL {@code ResultSelector} (JSONPath states): reshapes the result; paths get {@code .$} keys. */
  public S resultSelector(Object selector) {
    this.resultSelector = template("ResultSelector", selector);
    return self();
  }

  /** Sets ASL {@code ResultPath} (JSONPath states): where the result goes in the input; {@code $} by default. */
  public S resultPath(@ReferencePathExpression String path) {
    this.resultPath = NullablePath.of(referencePath("ResultPath", path));
    return self();
  }

  /** Sets ASL {@code ResultPath} to a path built in Java. */
  public S resultPath(ReferencePath path) {
    this.resultPath = NullablePath.of(path);
    return self();
  }

  /** Sets ASL {@code "ResultPath": null}: discard the result and pass the input on. */
  public S discardResult() {
    this.resultPath = NullablePath.nullValue();
    return self();
  }

  /** Appends an entry to ASL {@code Retry}; retriers are tried in order. */
  public S retry(Retry retry) {
    retries.add(retry);
    return self();
  }

  /** Appends an entry to ASL {@code Catch}; catchers are tried in order. The catch needs its next step. */
  public S catching(Catch handler) {
    if (handler.handler == null) {
      throw misuse("a catcher of " + handler.errors + " has no next step; call .next(handler)");
    }
    catches.add(handler);
    return self();
  }

  /** Catches every error ({@code States.ALL}), configured by {@code spec}: {@code c -> c.resultPath("$.error").next(handler)}. */
  public S catchAll(UnaryOperator<Catch> spec) {
    return catching(spec.apply(Catch.onAllErrors()));
  }

  final void copyResilientTo(ResilientStep<?> copy) {
    copyContinuingTo(copy);
    copy.resultSelector = resultSelector;
    copy.resultPath = resultPath;
    copy.retries.addAll(retries);
    copy.catches.addAll(catches);
  }
}
