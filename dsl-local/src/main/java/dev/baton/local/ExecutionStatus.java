package dev.baton.local;

/** The status of an execution, as AWS's {@code DescribeExecution} reports it. */
public enum ExecutionStatus {
  /** Still running: it waits for a task token callback (or runs on a real clock). */
  RUNNING,
  /** Ended in a Succeed state or an End state. */
  SUCCEEDED,
  /** Ended with an error: a Fail state or an unhandled error. */
  FAILED,
  /** Ran longer than the state machine's {@code TimeoutSeconds}. */
  TIMED_OUT,
  /** Stopped from outside ({@link Execution#stop}). */
  ABORTED
}
