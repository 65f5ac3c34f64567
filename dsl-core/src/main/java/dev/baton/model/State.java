package dev.baton.model;

import java.util.List;
import java.util.Optional;

/**
 * One state of a state machine, a Parallel branch or a Map item processor.
 *
 * <p>The set of state types is closed: each ASL {@code Type} has one final class. States refer to
 * each other by name, as ASL JSON does; the DSL builds them by reference and names them for you.
 */
public sealed interface State
    permits TaskState, PassState, ChoiceState, WaitState, SucceedState, FailState, ParallelState, MapState {

  /** The state's name: its key in {@code States}. */
  String name();

  /** ASL {@code Type}. */
  StateType type();

  /** ASL {@code Comment}, if any. */
  Optional<String> comment();

  /** ASL {@code QueryLanguage} of this state, if it sets one. */
  Optional<QueryLanguage> queryLanguage();

  /**
   * The names of every state this state can go to next: {@code Next}, Choice rules and
   * {@code Default}, and {@code Catch} targets, in definition order, with repeats.
   */
  List<String> transitions();

  /** Whether the state ends its scope: {@code "End": true}, or a Succeed or Fail state. */
  boolean isTerminal();

  /** ASL {@code Next}, for the state types that have one (Task, Pass, Wait, Parallel, Map). */
  default Optional<String> next() {
    return Optional.empty();
  }

  /** ASL {@code End}, for the state types that have one (Task, Pass, Wait, Parallel, Map). */
  default Optional<Boolean> end() {
    return Optional.empty();
  }

  /** ASL {@code Retry}; empty for the state types without one (all but Task, Parallel, Map). */
  default List<Retrier> retry() {
    return List.of();
  }

  /** ASL {@code Catch}; empty for the state types without one (all but Task, Parallel, Map). */
  default List<Catcher> catchers() {
    return List.of();
  }

  /** ASL {@code Assign}, for the state types that have one (all but Succeed and Fail). */
  default Optional<Template> assign() {
    return Optional.empty();
  }

  /** ASL {@code InputPath} (JSONPath), for the state types that have one (all but Fail). */
  default Optional<NullablePath<dev.baton.expr.Path>> inputPath() {
    return Optional.empty();
  }

  /** ASL {@code OutputPath} (JSONPath), for the state types that have one (all but Fail). */
  default Optional<NullablePath<dev.baton.expr.Path>> outputPath() {
    return Optional.empty();
  }

  /** ASL {@code ResultPath} (JSONPath), for the state types that have one (Task, Pass, Parallel, Map). */
  default Optional<NullablePath<dev.baton.expr.ReferencePath>> resultPath() {
    return Optional.empty();
  }

  /** ASL {@code ResultSelector} (JSONPath), for the state types that have one (Task, Parallel, Map). */
  default Optional<Template> resultSelector() {
    return Optional.empty();
  }

  /** ASL {@code Output} (JSONata), for the state types that have one (all but Fail). */
  default Optional<Template> output() {
    return Optional.empty();
  }
}
