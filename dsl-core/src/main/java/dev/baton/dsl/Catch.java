package dev.baton.dsl;

import dev.baton.annotations.ReferencePathExpression;

import dev.baton.expr.ExpressionException;
import dev.baton.expr.ReferencePath;
import dev.baton.model.NullablePath;
import dev.baton.model.Template;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An error handler of a Task, Parallel or Map step: ASL {@code Catch}. Immutable; each setter
 * returns a changed copy. {@link #next} (the handler) is required.
 */
public final class Catch {
  final List<String> errors;
  final Chainable handler;
  final NullablePath<ReferencePath> resultPath;
  final Template output;
  final Map<String, Template> assign;
  final String comment;

  private Catch(List<String> errors, Chainable handler, NullablePath<ReferencePath> resultPath,
      Template output, Map<String, Template> assign, String comment) {
    this.errors = List.copyOf(errors);
    this.handler = handler;
    this.resultPath = resultPath;
    this.output = output;
    this.assign = assign;
    this.comment = comment;
  }

  /** Catches the named errors (ASL {@code ErrorEquals}); see {@link Errors}. */
  public static Catch on(String... errors) {
    if (errors.length == 0) {
      throw new IllegalArgumentException("Catch.on needs at least one error name, e.g. Errors.ALL");
    }
    for (String error : errors) {
      if (error == null || error.isEmpty()) {
        throw new IllegalArgumentException("Catch.on: an error name cannot be null or empty");
      }
    }
    return new Catch(List.of(errors), null, null, null, null, null);
  }

  /** Catches every error ({@code States.ALL}). */
  public static Catch onAllErrors() {
    return on(Errors.ALL);
  }

  /** Sets ASL {@code Next}: where to go when the error is caught. Required. */
  public Catch next(Chainable handler) {
    return new Catch(errors, Objects.requireNonNull(handler, "handler"), resultPath, output, assign, comment);
  }

  /**
   * Sets ASL {@code ResultPath} (JSONPath states): where the error output {@code {Error, Cause}}
   * goes in the input; by default it replaces the input.
   */
  public Catch resultPath(@ReferencePathExpression String path) {
    ReferencePath parsed;
    try {
      parsed = ReferencePath.of(path);
    } catch (ExpressionException e) {
      throw new IllegalArgumentException("Catch ResultPath must be a Reference Path: " + e.getMessage(), e);
    }
    return new Catch(errors, handler, NullablePath.of(parsed), output, assign, comment);
  }

  /** Sets ASL {@code "ResultPath": null}: the handler gets the state's input, without the error. */
  public Catch discardError() {
    return new Catch(errors, handler, NullablePath.nullValue(), output, assign, comment);
  }

  /** Sets ASL {@code Output} (JSONata states): the handler's input, e.g. {@code $states.errorOutput}. */
  public Catch output(Object output) {
    return new Catch(errors, handler, resultPath, value("Catch Output", output), assign, comment);
  }

  private static Template value(String field, Object value) {
    try {
      return Template.of(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(field + ": " + e.getMessage(), e);
    }
  }

  /** Adds one variable to the catcher's ASL {@code Assign}. */
  public Catch assign(String variable, Object value) {
    dev.baton.model.VariableNames.problem(variable).ifPresent(problem -> {
      throw new IllegalArgumentException("Catch Assign: " + problem);
    });
    Map<String, Template> copy = assign == null ? new LinkedHashMap<>() : new LinkedHashMap<>(assign);
    copy.put(variable, value("Catch Assign", value));
    return new Catch(errors, handler, resultPath, output, copy, comment);
  }

  /** Sets ASL {@code Comment} of the catcher. */
  public Catch comment(String comment) {
    return new Catch(errors, handler, resultPath, output, assign, comment);
  }

  Catch withHandler(Chainable newHandler) {
    return new Catch(errors, newHandler, resultPath, output, assign, comment);
  }
}
