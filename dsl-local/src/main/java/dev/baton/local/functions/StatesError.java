package dev.baton.local.functions;

import dev.baton.dsl.Errors;
import java.util.Objects;

/**
 * An error raised while a workflow runs, named the way AWS Step Functions names it: an error name
 * such as {@code States.IntrinsicFailure} (what {@code Retry.ErrorEquals} and {@code
 * Catch.ErrorEquals} match) and a human-readable cause (what a catcher's error output shows as
 * {@code Cause}).
 *
 * <p>The error is a control-flow signal of the interpreter, not a programming bug, so it captures
 * no stack trace: building one for every failing intrinsic or path would dominate the cost of
 * Retry/Catch loops. The constants repeat {@link Errors} so that engine code needs only this
 * class.
 */
public class StatesError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** {@code States.TaskFailed}: a task failed for a reason other than a timeout. */
  public static final String TASK_FAILED = Errors.TASK_FAILED;
  /** {@code States.Timeout}: a task or the execution ran longer than its TimeoutSeconds. */
  public static final String TIMEOUT = Errors.TIMEOUT;
  /** {@code States.HeartbeatTimeout}: a task sent no heartbeat within HeartbeatSeconds. */
  public static final String HEARTBEAT_TIMEOUT = Errors.HEARTBEAT_TIMEOUT;
  /** {@code States.NoChoiceMatched}: a Choice state matched no rule and has no Default. */
  public static final String NO_CHOICE_MATCHED = Errors.NO_CHOICE_MATCHED;
  /** {@code States.ResultPathMatchFailure}: ResultPath could not be applied to the input. */
  public static final String RESULT_PATH_MATCH_FAILURE = Errors.RESULT_PATH_MATCH_FAILURE;
  /** {@code States.ParameterPathFailure}: a path in a Payload Template did not resolve. */
  public static final String PARAMETER_PATH_FAILURE = Errors.PARAMETER_PATH_FAILURE;
  /** {@code States.IntrinsicFailure}: an intrinsic function failed. */
  public static final String INTRINSIC_FAILURE = Errors.INTRINSIC_FAILURE;
  /** {@code States.QueryEvaluationError}: a JSONata expression failed to evaluate. */
  public static final String QUERY_EVALUATION_ERROR = Errors.QUERY_EVALUATION_ERROR;
  /** {@code States.BranchFailed}: a branch of a Parallel state failed. */
  public static final String BRANCH_FAILED = Errors.BRANCH_FAILED;
  /** {@code States.ExceedToleratedFailureThreshold}: too many Map items failed. */
  public static final String EXCEED_TOLERATED_FAILURE_THRESHOLD =
      Errors.EXCEED_TOLERATED_FAILURE_THRESHOLD;
  /** {@code States.DataLimitExceeded}: a payload exceeded the 256 KiB quota. */
  public static final String DATA_LIMIT_EXCEEDED = Errors.DATA_LIMIT_EXCEEDED;
  /** {@code States.Runtime}: an unrecoverable run-time error, e.g. an InputPath that fails. */
  public static final String RUNTIME = Errors.RUNTIME;
  /** {@code States.ItemReaderFailed}: a distributed Map could not read its items. */
  public static final String ITEM_READER_FAILED = Errors.ITEM_READER_FAILED;
  /** {@code States.ResultWriterFailed}: a distributed Map could not write its results. */
  public static final String RESULT_WRITER_FAILED = Errors.RESULT_WRITER_FAILED;

  private final String error;
  private final String cause;

  /**
   * Creates an error.
   *
   * @param error the error name, e.g. {@code States.Runtime}; required
   * @param cause the cause shown to catchers and in the execution result; {@code null} is read as
   *     an empty cause
   */
  public StatesError(String error, String cause) {
    super(error + ": " + (cause == null ? "" : cause), null, false, false);
    this.error = Objects.requireNonNull(error, "error");
    this.cause = cause == null ? "" : cause;
  }

  /**
   * Returns the error name, as matched by {@code ErrorEquals} in Retry and Catch.
   *
   * @return e.g. {@code States.IntrinsicFailure}
   */
  public String error() {
    return error;
  }

  /**
   * Returns the cause, the {@code Cause} of the error output.
   *
   * @return the cause text, never null, possibly empty
   */
  public String cause() {
    return cause;
  }
}
