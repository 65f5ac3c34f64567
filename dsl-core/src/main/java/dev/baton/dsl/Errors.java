package dev.baton.dsl;

/**
 * Error names for {@link Retry} and {@link Catch}: every predefined {@code States.*} error of the
 * ASL spec and AWS, and the Lambda errors AWS recommends retrying.
 */
public final class Errors {
  private Errors() {}

  /** Matches any error name; must be alone and last. */
  public static final String ALL = "States.ALL";
  /** A task failed to produce a result (any task failure other than a timeout). */
  public static final String TASK_FAILED = "States.TaskFailed";
  /** A task ran longer than TimeoutSeconds or missed a heartbeat, or the execution timed out. */
  public static final String TIMEOUT = "States.Timeout";
  /** A task did not send a heartbeat within HeartbeatSeconds. */
  public static final String HEARTBEAT_TIMEOUT = "States.HeartbeatTimeout";
  /** The state's input or output was larger than the payload quota. */
  public static final String DATA_LIMIT_EXCEEDED = "States.DataLimitExceeded";
  /** An unrecoverable error such as an invalid path at run time; cannot be retried. */
  public static final String RUNTIME = "States.Runtime";
  /** A Choice state matched no rule and has no Default. */
  public static final String NO_CHOICE_MATCHED = "States.NoChoiceMatched";
  /** A Parameters path did not resolve. */
  public static final String PARAMETER_PATH_FAILURE = "States.ParameterPathFailure";
  /** A ResultPath could not be applied to the input. */
  public static final String RESULT_PATH_MATCH_FAILURE = "States.ResultPathMatchFailure";
  /** An intrinsic function failed. */
  public static final String INTRINSIC_FAILURE = "States.IntrinsicFailure";
  /** A branch of a Parallel state failed. */
  public static final String BRANCH_FAILED = "States.BranchFailed";
  /** Not enough permissions to run the task. */
  public static final String PERMISSIONS = "States.Permissions";
  /** A distributed Map's failed items exceeded the tolerated threshold. */
  public static final String EXCEED_TOLERATED_FAILURE_THRESHOLD = "States.ExceedToleratedFailureThreshold";
  /** A distributed Map's item reader failed. */
  public static final String ITEM_READER_FAILED = "States.ItemReaderFailed";
  /** A distributed Map's result writer failed. */
  public static final String RESULT_WRITER_FAILED = "States.ResultWriterFailed";
  /** A JSONata expression failed to evaluate. */
  public static final String QUERY_EVALUATION_ERROR = "States.QueryEvaluationError";

  /** Lambda service error, worth retrying. */
  public static final String LAMBDA_SERVICE_EXCEPTION = "Lambda.ServiceException";
  /** Lambda AWS SDK client error, worth retrying. */
  public static final String LAMBDA_SDK_CLIENT_EXCEPTION = "Lambda.SdkClientException";
  /** Lambda throttling, worth retrying. */
  public static final String LAMBDA_TOO_MANY_REQUESTS = "Lambda.TooManyRequestsException";
  /** Lambda service unavailable, worth retrying. */
  public static final String LAMBDA_AWS_LAMBDA_EXCEPTION = "Lambda.AWSLambdaException";
  /** Lambda function was not ready. */
  public static final String LAMBDA_RESOURCE_NOT_READY = "Lambda.ResourceNotReadyException";
  /** An unhandled Lambda function error. */
  public static final String LAMBDA_UNKNOWN = "Lambda.Unknown";
}
