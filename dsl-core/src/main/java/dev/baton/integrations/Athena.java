package dev.baton.integrations;

import static dev.baton.integrations.IntegrationPattern.REQUEST_RESPONSE;
import static dev.baton.integrations.IntegrationPattern.RUN_JOB;

import dev.baton.model.Template;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Amazon Athena StartQueryExecution through {@code arn:aws:states:::athena:startQueryExecution}:
 * request-response (default) or {@code .sync} to wait for the query to finish.
 */
public final class Athena extends ServiceIntegration<Athena> {
  /** {@code athena:startQueryExecution}: request-response and {@code .sync}; requires {@code QueryString}. */
  public static final ServiceAction START_QUERY_EXECUTION = ServiceAction.of(
      "athena", "startQueryExecution", EnumSet.of(REQUEST_RESPONSE, RUN_JOB), "QueryString");

  private Athena(IntegrationPattern pattern, Map<String, Template> fields) {
    super(START_QUERY_EXECUTION, pattern, fields);
  }

  @Override
  protected Athena copy(IntegrationPattern pattern, Map<String, Template> fields) {
    return new Athena(pattern, fields);
  }

  /**
   * Starts a query, request-response; add {@link #sync()} to wait for its result.
   *
   * @param queryString ASL {@code QueryString}, required: the SQL text, or a Path or Jsonata
   */
  public static Athena startQueryExecution(Object queryString) {
    Map<String, Template> fields = new LinkedHashMap<>();
    fields.put("QueryString", Fields.requireValue("QueryString", queryString));
    return new Athena(REQUEST_RESPONSE, fields);
  }

  /** ASL {@code WorkGroup}: the workgroup to run in; default {@code primary}. */
  public Athena workGroup(Object workGroup) {
    return with("WorkGroup", workGroup);
  }

  /** ASL {@code QueryExecutionContext}: {@code {"Database": ..., "Catalog": ...}}; optional. */
  public Athena queryExecutionContext(Object context) {
    return with("QueryExecutionContext", context);
  }

  /** Puts {@code Database} into ASL {@code QueryExecutionContext}: the database the query runs in. */
  public Athena database(Object database) {
    return withEntry("QueryExecutionContext", "Database", database);
  }

  /** ASL {@code ResultConfiguration}: {@code {"OutputLocation": "s3://..."}}, ...; default the workgroup's. */
  public Athena resultConfiguration(Object resultConfiguration) {
    return with("ResultConfiguration", resultConfiguration);
  }

  /** Puts {@code OutputLocation} into ASL {@code ResultConfiguration}: the {@code s3://} prefix for results. */
  public Athena outputLocation(Object outputLocation) {
    if (outputLocation instanceof String location && !location.startsWith("s3://")) {
      throw new IllegalArgumentException("OutputLocation is an s3:// URI, not '" + location + "'");
    }
    return withEntry("ResultConfiguration", "OutputLocation", outputLocation);
  }

  /** ASL {@code ClientRequestToken}: an idempotency token of 32 to 128 characters; optional. */
  public Athena clientRequestToken(Object token) {
    return with("ClientRequestToken", token);
  }

  /** ASL {@code ExecutionParameters}: values for the query's {@code ?} placeholders, in order; optional. */
  public Athena executionParameters(Object parameters) {
    return with("ExecutionParameters", parameters);
  }

  /** ASL {@code ResultReuseConfiguration}: {@code {"ResultReuseByAgeConfiguration": {...}}}; optional. */
  public Athena resultReuseConfiguration(Object configuration) {
    return with("ResultReuseConfiguration", configuration);
  }
}
