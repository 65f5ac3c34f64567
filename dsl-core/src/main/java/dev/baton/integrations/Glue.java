package dev.baton.integrations;

import static dev.baton.integrations.IntegrationPattern.REQUEST_RESPONSE;
import static dev.baton.integrations.IntegrationPattern.RUN_JOB;

import dev.baton.model.Template;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * AWS Glue StartJobRun through {@code arn:aws:states:::glue:startJobRun}: request-response
 * (default) or {@code .sync} to wait for the job run to finish.
 *
 * <p>Job arguments ({@code Arguments}) are a map from {@code --name} to value. A value taken from
 * the state input must be a {@link dev.baton.expr.Path}: Baton writes it as
 * {@code "--name.$": "$.x"}. A literal string that looks like a path ({@code "$.x"}) is refused,
 * since Glue would receive the text {@code $.x} itself.
 */
public final class Glue extends ServiceIntegration<Glue> {
  /** {@code glue:startJobRun}: request-response and {@code .sync}; requires {@code JobName}. */
  public static final ServiceAction START_JOB_RUN =
      ServiceAction.of("glue", "startJobRun", EnumSet.of(REQUEST_RESPONSE, RUN_JOB), "JobName");

  private Glue(IntegrationPattern pattern, Map<String, Template> fields) {
    super(START_JOB_RUN, pattern, fields);
  }

  @Override
  protected Glue copy(IntegrationPattern pattern, Map<String, Template> fields) {
    return new Glue(pattern, fields);
  }

  /**
   * Starts a run of a Glue job, request-response; add {@link #sync()} to wait for it.
   *
   * @param jobName ASL {@code JobName}, required: the job's name, or a Path or Jsonata
   */
  public static Glue startJobRun(Object jobName) {
    Map<String, Template> fields = new LinkedHashMap<>();
    fields.put("JobName", Fields.requireValue("JobName", jobName));
    return new Glue(REQUEST_RESPONSE, fields);
  }

  /**
   * ASL {@code Arguments}: the job arguments, replacing any set before; a map from {@code --name}
   * to a literal, a Path or a Jsonata, or a Path or Jsonata yielding the whole map. Default: the
   * job's default arguments.
   *
   * @throws IllegalArgumentException when a key does not start with {@code --}, or a literal
   *     string value looks like a path
   */
  public Glue arguments(Object arguments) {
    Template template = Fields.toTemplate("Arguments", arguments);
    if (arguments instanceof Map<?, ?> map) {
      map.forEach((name, value) -> checkArgument(String.valueOf(name), value));
    } else if (template instanceof Template.ObjectTemplate object) {
      object.fields().keySet().forEach(name -> checkArgument(name, null));
    } else if (template instanceof Template.Literal || template instanceof Template.ArrayTemplate) {
      throw new IllegalArgumentException(
          "Arguments is a map from --name to value (or a Path or Jsonata yielding one), not " + arguments);
    }
    return with("Arguments", template);
  }

  /**
   * Puts one job argument into ASL {@code Arguments}: {@code putArgument("--day", Path.of("$.day"))}
   * is written {@code "--day.$": "$.day"}.
   *
   * @param name the argument name, starting with {@code --}
   * @param value a literal, a Path or a Jsonata; a String must not look like a path (wrap text
   *     that really starts with {@code $} in a {@link Template.Literal})
   */
  public Glue putArgument(String name, Object value) {
    Fields.requireText("Glue argument name", name);
    checkArgument(name, value);
    return withEntry("Arguments", name, value);
  }

  private static void checkArgument(String name, Object value) {
    if (!name.startsWith("--")) {
      throw new IllegalArgumentException("Glue job argument '" + name + "' must start with --, "
          + "as Glue scripts read it (getResolvedOptions): did you mean '--" + name + "'?");
    }
    if (value instanceof String path && Fields.looksLikePath(path)) {
      throw new IllegalArgumentException("Glue job argument " + name + " is the literal string '" + path
          + "': Glue would receive the text " + path + ", not the value at that path. Pass "
          + "Path.of(\"" + path + "\") instead (written \"" + name + ".$\": \"" + path + "\"), or a "
          + "Template.Literal if the text itself is meant");
    }
  }

  /** ASL {@code JobRunId}: the ID of a previous run to retry; optional. */
  public Glue jobRunId(Object jobRunId) {
    return with("JobRunId", jobRunId);
  }

  /** ASL {@code Timeout}: the run's timeout in minutes; default the job's timeout (2,880 minutes). */
  public Glue timeout(Object minutes) {
    Fields.checkInteger("Timeout", minutes, 1, Integer.MAX_VALUE);
    return with("Timeout", minutes);
  }

  /** ASL {@code WorkerType}: {@code G.1X}, {@code G.2X}, ...; default the job's worker type. */
  public Glue workerType(Object workerType) {
    return with("WorkerType", workerType);
  }

  /** ASL {@code NumberOfWorkers}: how many workers of {@code WorkerType}; default the job's. */
  public Glue numberOfWorkers(Object numberOfWorkers) {
    Fields.checkInteger("NumberOfWorkers", numberOfWorkers, 1, Integer.MAX_VALUE);
    return with("NumberOfWorkers", numberOfWorkers);
  }

  /** ASL {@code MaxCapacity}: the DPUs for a Python shell or Glue 1.0 job; do not combine with WorkerType. */
  public Glue maxCapacity(Object maxCapacity) {
    return with("MaxCapacity", maxCapacity);
  }

  /** ASL {@code SecurityConfiguration}: the name of a Glue security configuration; optional. */
  public Glue securityConfiguration(Object securityConfiguration) {
    return with("SecurityConfiguration", securityConfiguration);
  }

  /** ASL {@code NotificationProperty}: {@code {"NotifyDelayAfter": minutes}}; optional. */
  public Glue notificationProperty(Object notificationProperty) {
    return with("NotificationProperty", notificationProperty);
  }

  /** ASL {@code ExecutionClass}: {@code FLEX} or {@code STANDARD} (default). */
  public Glue executionClass(Object executionClass) {
    return with("ExecutionClass", executionClass);
  }
}
