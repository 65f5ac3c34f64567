package dev.baton.dsl;

import dev.baton.expr.ExpressionException;
import dev.baton.expr.Path;
import dev.baton.expr.ReferencePath;
import dev.baton.model.QueryLanguage;
import dev.baton.model.Template;
import dev.baton.model.VariableNames;
import java.util.List;
import java.util.Objects;

/**
 * A state under construction in the DSL. Steps refer to each other by reference, so a
 * transition to a state that does not exist cannot be written; {@link Workflow#build()} names the
 * transitions and checks the whole graph.
 *
 * <p>Steps are mutable nodes of a graph (that is how loops are written); every setter copies what
 * it is given, and misuse fails at the call with a message naming the state.
 *
 * @param <S> the concrete step type, returned by the setters
 */
public abstract sealed class Step<S extends Step<S>> implements Chainable
    permits FlowStep, SucceedStep, FailStep {
  private final String name;
  String comment;
  QueryLanguage queryLanguage;

  Step(String name) {
    Objects.requireNonNull(name, "a state needs a name");
    if (name.isEmpty()) {
      throw new IllegalArgumentException("a state name cannot be empty");
    }
    if (name.length() > 80) {
      throw new IllegalArgumentException("state name '" + name + "' is " + name.length()
          + " characters long; AWS allows at most 80");
    }
    this.name = name;
  }

  /** The state's name: its key in ASL {@code States}. */
  public final String name() {
    return name;
  }

  @SuppressWarnings("unchecked")
  final S self() {
    return (S) this;
  }

  /** Sets ASL {@code Comment}: a human-readable description. None by default. */
  public S comment(String comment) {
    this.comment = comment;
    return self();
  }

  /** Sets this state's ASL {@code QueryLanguage}; inherited from the workflow by default. */
  public S queryLanguage(QueryLanguage queryLanguage) {
    this.queryLanguage = queryLanguage;
    return self();
  }

  @Override
  public final Step<?> startStep() {
    return this;
  }

  @Override
  public List<ContinuingStep<?>> openEnds() {
    return List.of();
  }

  /** Parses a path for a field of this state, naming the state and field when it is wrong. */
  final Path path(String field, String text) {
    try {
      return Path.of(text);
    } catch (ExpressionException e) {
      throw misuse(field + " is not a valid path: " + e.getMessage());
    }
  }

  /** Parses a Reference Path for a field of this state, naming the state and field when it is wrong. */
  final ReferencePath referencePath(String field, String text) {
    try {
      return ReferencePath.of(text);
    } catch (ExpressionException e) {
      throw misuse(field + " must be a Reference Path: " + e.getMessage());
    }
  }

  /** Converts a value for a field of this state, naming the state and field when it cannot be used. */
  final Template template(String field, Object value) {
    try {
      return Template.of(value);
    } catch (IllegalArgumentException e) {
      throw misuse(field + ": " + e.getMessage());
    }
  }

  /** Checks a variable name for a field of this state. */
  final String variableName(String field, String variable) {
    VariableNames.problem(variable).ifPresent(problem -> {
      throw misuse(field + ": " + problem);
    });
    return variable;
  }

  final IllegalArgumentException misuse(String message) {
    return new IllegalArgumentException("state '" + name + "': " + message);
  }

  /** A fresh copy of this step's own settings under another name, for fragments. */
  abstract Step<?> copyAs(String newName);

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + name + "]";
  }
}
