package dev.baton.integrations;

import static dev.baton.integrations.IntegrationPattern.REQUEST_RESPONSE;
import static dev.baton.integrations.IntegrationPattern.RUN_JOB;
import static dev.baton.integrations.IntegrationPattern.WAIT_FOR_TASK_TOKEN;

import dev.baton.model.Template;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Amazon ECS / Fargate RunTask through {@code arn:aws:states:::ecs:runTask}: request-response
 * (default), {@code .sync} to wait for the task to stop, or {@code .waitForTaskToken}.
 */
public final class Ecs extends ServiceIntegration<Ecs> {
  /** {@code ecs:runTask}: request-response, {@code .sync} and {@code .waitForTaskToken}; requires {@code TaskDefinition}. */
  public static final ServiceAction RUN_TASK = ServiceAction.of(
      "ecs", "runTask", EnumSet.of(REQUEST_RESPONSE, RUN_JOB, WAIT_FOR_TASK_TOKEN), "TaskDefinition");

  private Ecs(IntegrationPattern pattern, Map<String, Template> fields) {
    super(RUN_TASK, pattern, fields);
  }

  @Override
  protected Ecs copy(IntegrationPattern pattern, Map<String, Template> fields) {
    return new Ecs(pattern, fields);
  }

  /**
   * Runs a task, request-response; add {@link #sync()} to wait for it to stop.
   *
   * @param cluster ASL {@code Cluster}: the cluster's name or ARN (ECS's default cluster when you
   *     use {@link #runTask(Object)})
   * @param taskDefinition ASL {@code TaskDefinition}, required: {@code family}, {@code family:revision} or an ARN
   */
  public static Ecs runTask(Object cluster, Object taskDefinition) {
    Map<String, Template> fields = new LinkedHashMap<>();
    fields.put("Cluster", Fields.requireValue("Cluster", cluster));
    fields.put("TaskDefinition", Fields.requireValue("TaskDefinition", taskDefinition));
    return new Ecs(REQUEST_RESPONSE, fields);
  }

  /**
   * Runs a task on the account's {@code default} cluster, request-response.
   *
   * @param taskDefinition ASL {@code TaskDefinition}, required
   */
  public static Ecs runTask(Object taskDefinition) {
    Map<String, Template> fields = new LinkedHashMap<>();
    fields.put("TaskDefinition", Fields.requireValue("TaskDefinition", taskDefinition));
    return new Ecs(REQUEST_RESPONSE, fields);
  }

  /** ASL {@code LaunchType}: {@code EC2}, {@code FARGATE} or {@code EXTERNAL}; default the cluster's capacity provider strategy. */
  public Ecs launchType(Object launchType) {
    return with("LaunchType", launchType);
  }

  /** ASL {@code NetworkConfiguration}: {@code {"AwsvpcConfiguration": {...}}}; required for awsvpc tasks (Fargate). */
  public Ecs networkConfiguration(Object networkConfiguration) {
    return with("NetworkConfiguration", networkConfiguration);
  }

  /**
   * Sets ASL {@code NetworkConfiguration} to an {@code AwsvpcConfiguration} with these subnets and
   * security groups.
   *
   * @param subnets the subnet IDs, at least one
   * @param securityGroups the security group IDs, may be empty
   * @param assignPublicIp whether to give the task a public IP ({@code ENABLED} or {@code DISABLED})
   */
  public Ecs awsvpcConfiguration(List<String> subnets, List<String> securityGroups, boolean assignPublicIp) {
    Objects.requireNonNull(subnets, "subnets");
    Objects.requireNonNull(securityGroups, "securityGroups");
    if (subnets.isEmpty()) {
      throw new IllegalArgumentException("AwsvpcConfiguration needs at least one subnet");
    }
    Map<String, Object> awsvpc = new LinkedHashMap<>();
    awsvpc.put("Subnets", List.copyOf(subnets));
    if (!securityGroups.isEmpty()) {
      awsvpc.put("SecurityGroups", List.copyOf(securityGroups));
    }
    awsvpc.put("AssignPublicIp", assignPublicIp ? "ENABLED" : "DISABLED");
    return with("NetworkConfiguration", Map.of("AwsvpcConfiguration", awsvpc));
  }

  /** ASL {@code Overrides}: {@code {"ContainerOverrides": [{"Name": ..., "Command": ...}]}}, ...; optional. */
  public Ecs overrides(Object overrides) {
    return with("Overrides", overrides);
  }

  /** ASL {@code PlatformVersion}: the Fargate platform version; default {@code LATEST}. */
  public Ecs platformVersion(Object platformVersion) {
    return with("PlatformVersion", platformVersion);
  }

  /** ASL {@code CapacityProviderStrategy}: a list of capacity providers; do not combine with LaunchType. */
  public Ecs capacityProviderStrategy(Object strategy) {
    return with("CapacityProviderStrategy", strategy);
  }

  /** ASL {@code Count}: how many tasks to start, 1 to 10; default 1. */
  public Ecs count(Object count) {
    Fields.checkInteger("Count", count, 1, 10);
    return with("Count", count);
  }

  /** ASL {@code Group}: the task group name; optional. */
  public Ecs group(Object group) {
    return with("Group", group);
  }

  /** ASL {@code EnableECSManagedTags}: tag the tasks with ECS managed tags; default false. */
  public Ecs enableEcsManagedTags(Object enable) {
    Fields.checkBoolean("EnableECSManagedTags", enable);
    return with("EnableECSManagedTags", enable);
  }

  /** ASL {@code EnableExecuteCommand}: allow ECS Exec into the tasks; default false. */
  public Ecs enableExecuteCommand(Object enable) {
    Fields.checkBoolean("EnableExecuteCommand", enable);
    return with("EnableExecuteCommand", enable);
  }

  /** ASL {@code PlacementConstraints}: a list of placement constraints (EC2 only); optional. */
  public Ecs placementConstraints(Object constraints) {
    return with("PlacementConstraints", constraints);
  }

  /** ASL {@code PlacementStrategy}: a list of placement strategies (EC2 only); optional. */
  public Ecs placementStrategy(Object strategy) {
    return with("PlacementStrategy", strategy);
  }

  /** ASL {@code PropagateTags}: {@code TASK_DEFINITION} or {@code SERVICE}; default none. */
  public Ecs propagateTags(Object propagateTags) {
    return with("PropagateTags", propagateTags);
  }

  /** ASL {@code ReferenceId}: a reference ID for the task, up to 64 characters; optional. */
  public Ecs referenceId(Object referenceId) {
    return with("ReferenceId", referenceId);
  }

  /** ASL {@code StartedBy}: a tag naming who started the task, up to 128 characters; optional. */
  public Ecs startedBy(Object startedBy) {
    return with("StartedBy", startedBy);
  }

  /** ASL {@code Tags}: a list of {@code {"Key": ..., "Value": ...}}; optional. */
  public Ecs tags(Object tags) {
    return with("Tags", tags);
  }
}
