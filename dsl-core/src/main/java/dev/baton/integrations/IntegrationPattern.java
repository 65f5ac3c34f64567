package dev.baton.integrations;

/**
 * How a Task state waits for a service: the suffix of an optimised integration's Resource ARN.
 *
 * <p>Each service supports only some patterns; the typed integrations refuse the others at the
 * call that asks for them.
 */
public enum IntegrationPattern {
  /** Call the service and continue with its HTTP response (no suffix). */
  REQUEST_RESPONSE(""),
  /** Run a job and wait for it to complete ({@code .sync}). */
  RUN_JOB(".sync"),
  /** Run a job and wait, returning parsed JSON output ({@code .sync:2}, Step Functions only). */
  RUN_JOB_JSON(".sync:2"),
  /** Wait until a task token is returned with SendTaskSuccess or SendTaskFailure ({@code .waitForTaskToken}). */
  WAIT_FOR_TASK_TOKEN(".waitForTaskToken");

  private final String suffix;

  IntegrationPattern(String suffix) {
    this.suffix = suffix;
  }

  /** The Resource ARN suffix, empty for request-response. */
  public String suffix() {
    return suffix;
  }

  /** A short readable name for messages: {@code request-response}, {@code .sync}, ... */
  public String displayName() {
    return suffix.isEmpty() ? "request-response" : suffix;
  }
}
