package dev.baton.integrations;

import static dev.baton.integrations.IntegrationPattern.REQUEST_RESPONSE;
import static dev.baton.integrations.IntegrationPattern.RUN_JOB;

import dev.baton.model.Template;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * AWS Batch SubmitJob through {@code arn:aws:states:::batch:submitJob}: request-response
 * (default) or {@code .sync} to wait for the job to finish. {@code JobName}, {@code JobQueue}
 * and {@code JobDefinition} are required.
 */
public final class Batch extends ServiceIntegration<Batch> {
  /** {@code batch:submitJob}: request-response and {@code .sync}. */
  public static final ServiceAction SUBMIT_JOB = ServiceAction.of("batch", "submitJob",
      EnumSet.of(REQUEST_RESPONSE, RUN_JOB), "JobName", "JobQueue", "JobDefinition");

  private Batch(IntegrationPattern pattern, Map<String, Template> fields) {
    super(SUBMIT_JOB, pattern, fields);
  }

  @Override
  protected Batch copy(IntegrationPattern pattern, Map<String, Template> fields) {
    return new Batch(pattern, fields);
  }

  /**
   * Submits a job, request-response; add {@link #sync()} to wait for it.
   *
   * @param jobName ASL {@code JobName}, required: up to 128 letters, digits, hyphens, underscores
   * @param jobQueue ASL {@code JobQueue}, required: the queue's name or ARN
   * @param jobDefinition ASL {@code JobDefinition}, required: {@code name}, {@code name:revision} or an ARN
   */
  public static Batch submitJob(Object jobName, Object jobQueue, Object jobDefinition) {
    Map<String, Template> fields = new LinkedHashMap<>();
    fields.put("JobName", Fields.requireValue("JobName", jobName));
    fields.put("JobQueue", Fields.requireValue("JobQueue", jobQueue));
    fields.put("JobDefinition", Fields.requireValue("JobDefinition", jobDefinition));
    return new Batch(REQUEST_RESPONSE, fields);
  }

  /** ASL {@code Parameters}: substitutions for {@code Ref::name} placeholders in the job definition's command; optional. */
  public Batch parameters(Object parameters) {
    return with("Parameters", parameters);
  }

  /** ASL {@code ContainerOverrides}: {@code Command}, {@code Environment}, {@code ResourceRequirements}, ...; optional. */
  public Batch containerOverrides(Object containerOverrides) {
    return with("ContainerOverrides", containerOverrides);
  }

  /** ASL {@code ArrayProperties}: {@code {"Size": n}} to run an array job of 2 to 10,000 children; optional. */
  public Batch arrayProperties(Object arrayProperties) {
    return with("ArrayProperties", arrayProperties);
  }

  /** Sets ASL {@code ArrayProperties} to {@code {"Size": size}}: an array job of 2 to 10,000 children. */
  public Batch arraySize(Object size) {
    Fields.checkInteger("ArrayProperties.Size", size, 2, 10_000);
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("Size", size);
    return with("ArrayProperties", properties);
  }

  /** ASL {@code DependsOn}: a list of {@code {"JobId": ..., "Type": ...}} the job waits for; optional. */
  public Batch dependsOn(Object dependsOn) {
    return with("DependsOn", dependsOn);
  }

  /** ASL {@code RetryStrategy}: {@code {"Attempts": n, ...}}; default the job definition's. */
  public Batch retryStrategy(Object retryStrategy) {
    return with("RetryStrategy", retryStrategy);
  }

  /** ASL {@code Timeout}: {@code {"AttemptDurationSeconds": n}} (at least 60); default the job definition's. */
  public Batch timeout(Object timeout) {
    return with("Timeout", timeout);
  }

  /** ASL {@code Tags}: a map of tags for the job; optional. */
  public Batch tags(Object tags) {
    return with("Tags", tags);
  }

  /** ASL {@code PropagateTags}: copy the job's tags to its ECS task; default false. */
  public Batch propagateTags(Object propagateTags) {
    Fields.checkBoolean("PropagateTags", propagateTags);
    return with("PropagateTags", propagateTags);
  }

  /** ASL {@code ShareIdentifier}: the fair-share identifier; required by fair-share queues only. */
  public Batch shareIdentifier(Object shareIdentifier) {
    return with("ShareIdentifier", shareIdentifier);
  }

  /** ASL {@code SchedulingPriorityOverride}: the fair-share scheduling priority; optional. */
  public Batch schedulingPriorityOverride(Object priority) {
    return with("SchedulingPriorityOverride", priority);
  }

  /** ASL {@code NodeOverrides}: overrides for a multi-node parallel job; optional. */
  public Batch nodeOverrides(Object nodeOverrides) {
    return with("NodeOverrides", nodeOverrides);
  }

  /** ASL {@code EcsPropertiesOverride}: overrides for an ECS-properties job; optional. */
  public Batch ecsPropertiesOverride(Object override) {
    return with("EcsPropertiesOverride", override);
  }

  /** ASL {@code EksPropertiesOverride}: overrides for an EKS job; optional. */
  public Batch eksPropertiesOverride(Object override) {
    return with("EksPropertiesOverride", override);
  }
}
