package dev.baton.local;

import dev.baton.model.StateType;

/**
 * The type of an execution history event, named exactly as AWS Step Functions names it in
 * {@code GetExecutionHistory} (which is why the constants are in PascalCase).
 */
@SuppressWarnings("checkstyle:ConstantName")
public enum HistoryEventType {
  ExecutionStarted, ExecutionSucceeded, ExecutionFailed, ExecutionTimedOut, ExecutionAborted,
  TaskStateEntered, TaskStateExited, TaskScheduled, TaskStarted, TaskSubmitted, TaskSucceeded,
  TaskFailed, TaskTimedOut,
  PassStateEntered, PassStateExited,
  ChoiceStateEntered, ChoiceStateExited,
  WaitStateEntered, WaitStateExited,
  SucceedStateEntered, SucceedStateExited,
  FailStateEntered,
  ParallelStateEntered, ParallelStateStarted, ParallelStateSucceeded, ParallelStateFailed,
  ParallelStateAborted, ParallelStateExited,
  MapStateEntered, MapStateStarted, MapStateSucceeded, MapStateFailed, MapStateAborted,
  MapStateExited, MapIterationStarted, MapIterationSucceeded, MapIterationFailed,
  MapIterationAborted, MapRunStarted, MapRunSucceeded, MapRunFailed;

  /** The {@code <Type>StateEntered} event of a state type. */
  public static HistoryEventType entered(StateType type) {
    return switch (type) {
      case TASK -> TaskStateEntered;
      case PASS -> PassStateEntered;
      case CHOICE -> ChoiceStateEntered;
      case WAIT -> WaitStateEntered;
      case SUCCEED -> SucceedStateEntered;
      case FAIL -> FailStateEntered;
      case PARALLEL -> ParallelStateEntered;
      case MAP -> MapStateEntered;
    };
  }

  /** The {@code <Type>StateExited} event of a state type; Fail states have none (null). */
  public static HistoryEventType exited(StateType type) {
    return switch (type) {
      case TASK -> TaskStateExited;
      case PASS -> PassStateExited;
      case CHOICE -> ChoiceStateExited;
      case WAIT -> WaitStateExited;
      case SUCCEED -> SucceedStateExited;
      case FAIL -> null;
      case PARALLEL -> ParallelStateExited;
      case MAP -> MapStateExited;
    };
  }

  /** Whether this is a {@code <Type>StateEntered} event. */
  public boolean isStateEntered() {
    return name().endsWith("StateEntered");
  }

  /** Whether this is a {@code <Type>StateExited} event. */
  public boolean isStateExited() {
    return name().endsWith("StateExited");
  }
}
