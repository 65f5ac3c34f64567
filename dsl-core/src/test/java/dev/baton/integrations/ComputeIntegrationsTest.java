package dev.baton.integrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.expr.Path;
import dev.baton.model.Template;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Lambda, Glue, Batch, ECS and Athena. */
class ComputeIntegrationsTest {

  @Nested
  class LambdaInvoke {
    @Test
    void writesEveryFieldInCallOrder() {
      Lambda lambda = Lambda.invoke("arn:aws:lambda:eu-west-1:123456789012:function:f")
          .payload(Path.of("$"))
          .qualifier("live")
          .invocationType("Event")
          .clientContext("e30=")
          .logType("Tail");

      assertThat(lambda.resource()).isEqualTo("arn:aws:states:::lambda:invoke");
      assertThat(TemplateText.parameters(lambda)).isEqualTo(
          "{\"FunctionName\":\"arn:aws:lambda:eu-west-1:123456789012:function:f\",\"Payload.$\":\"$\","
              + "\"Qualifier\":\"live\",\"InvocationType\":\"Event\",\"ClientContext\":\"e30=\",\"LogType\":\"Tail\"}");
    }

    @Test
    void waitsForTheTaskTokenPassedInThePayload() {
      Map<String, Object> payload = new LinkedHashMap<>();
      payload.put("token", Path.of("$$.Task.Token"));
      payload.put("order", Path.of("$.order"));
      Lambda lambda = Lambda.invoke("approve").payload(payload).waitForTaskToken();

      assertThat(lambda.resource()).isEqualTo("arn:aws:states:::lambda:invoke.waitForTaskToken");
      assertThat(lambda.passesTaskToken()).isTrue();
      assertThat(Lambda.invoke("approve").passesTaskToken()).isFalse();
      assertThat(TemplateText.parameters(lambda))
          .isEqualTo("{\"FunctionName\":\"approve\",\"Payload\":{\"token.$\":\"$$.Task.Token\",\"order.$\":\"$.order\"}}");
    }

    @Test
    void theFunctionNameMayComeFromAPath() {
      Template name = Lambda.invoke(Path.of("$.fn")).field("FunctionName").orElseThrow();
      assertThat(name).isInstanceOf(Template.Dynamic.class);
    }

    @Test
    void refusesUnknownInvocationAndLogTypes() {
      assertThatThrownBy(() -> Lambda.invoke("f").invocationType("event"))
          .hasMessage("InvocationType must be one of RequestResponse, Event, DryRun, not 'event' (did you mean 'Event'?)");
      assertThatThrownBy(() -> Lambda.invoke("f").logType("All"))
          .hasMessage("LogType must be one of None, Tail, not 'All'");
      assertThatThrownBy(() -> Lambda.invoke(" ")).hasMessage("FunctionName must not be blank");
    }

    @Test
    void settersCopy() {
      Lambda base = Lambda.invoke("f");
      Lambda withPayload = base.payload("x");
      assertThat(base.field("Payload")).isEmpty();
      assertThat(withPayload.field("Payload")).isPresent();
      assertThat(withPayload).isNotSameAs(base).isNotEqualTo(base);
      assertThat(base.payload("x")).isEqualTo(withPayload).hasSameHashCodeAs(withPayload);
    }
  }

  @Nested
  class GlueStartJobRun {
    @Test
    void pathArgumentsAreWrittenWithTheirDollarKey() {
      Map<String, Object> arguments = new LinkedHashMap<>();
      arguments.put("--day", Path.of("$.day"));
      arguments.put("--mode", "full");
      Glue glue = Glue.startJobRun("report").arguments(arguments).sync();

      Template.ObjectTemplate args = (Template.ObjectTemplate) glue.field("Arguments").orElseThrow();
      assertThat(args.fields().get("--day")).isInstanceOf(Template.Dynamic.class);
      assertThat(TemplateText.parameters(glue))
          .isEqualTo("{\"JobName\":\"report\",\"Arguments\":{\"--day.$\":\"$.day\",\"--mode\":\"full\"}}");
    }

    @Test
    void theSeedArticlesBugIsRefused() {
      assertThatThrownBy(() -> Glue.startJobRun("report").putArgument("--name", "$.name"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("Glue would receive the text $.name")
          .hasMessageContaining("Path.of(\"$.name\")")
          .hasMessageContaining("\"--name.$\": \"$.name\"");
      assertThatThrownBy(() -> Glue.startJobRun("report").arguments(Map.of("--name", "$$.Execution.Id")))
          .hasMessageContaining("Glue would receive the text $$.Execution.Id");
    }

    @Test
    void aDollarKeyWrittenByHandIsRefused() {
      assertThatThrownBy(() -> Glue.startJobRun("report").arguments(Map.of("--name.$", "$.name")))
          .hasMessageContaining("key '--name.$' ends with .$; write it as '--name' and pass a Path");
    }

    @Test
    void argumentNamesStartWithTwoDashes() {
      assertThatThrownBy(() -> Glue.startJobRun("report").putArgument("day", "1"))
          .hasMessageContaining("must start with --")
          .hasMessageContaining("did you mean '--day'?");
    }

    @Test
    void aLiteralDollarTextIsStillPossibleOnPurpose() {
      Glue glue = Glue.startJobRun("report")
          .putArgument("--price", new Template.Literal(com.fasterxml.jackson.databind.node.TextNode.valueOf("$.5")));
      assertThat(TemplateText.parameters(glue)).isEqualTo("{\"JobName\":\"report\",\"Arguments\":{\"--price\":\"$.5\"}}");
    }

    @Test
    void putArgumentAddsToTheMapAndTheWholeMapMayBeAPath() {
      Glue glue = Glue.startJobRun("report").putArgument("--a", "1").putArgument("--b", Path.of("$.b"));
      assertThat(TemplateText.parameters(glue))
          .isEqualTo("{\"JobName\":\"report\",\"Arguments\":{\"--a\":\"1\",\"--b.$\":\"$.b\"}}");

      Glue fromPath = Glue.startJobRun("report").arguments(Path.of("$.args"));
      assertThat(TemplateText.parameters(fromPath)).isEqualTo("{\"JobName\":\"report\",\"Arguments.$\":\"$.args\"}");
      assertThatThrownBy(() -> fromPath.putArgument("--c", "1"))
          .hasMessage("cannot put '--c' into Arguments: it is set to a path, not an object");
      assertThatThrownBy(() -> Glue.startJobRun("report").arguments("--a=1"))
          .hasMessageStartingWith("Arguments is a map from --name to value");
    }

    @Test
    void otherFields() {
      Glue glue = Glue.startJobRun(Path.of("$.job"))
          .timeout(60).workerType("G.1X").numberOfWorkers(10).executionClass("FLEX")
          .securityConfiguration("sec").notificationProperty(Map.of("NotifyDelayAfter", 5))
          .jobRunId("jr_1").maxCapacity(2.0);
      assertThat(TemplateText.parameters(glue)).isEqualTo(
          "{\"JobName.$\":\"$.job\",\"Timeout\":60,\"WorkerType\":\"G.1X\",\"NumberOfWorkers\":10,"
              + "\"ExecutionClass\":\"FLEX\",\"SecurityConfiguration\":\"sec\",\"NotificationProperty\":{\"NotifyDelayAfter\":5},"
              + "\"JobRunId\":\"jr_1\",\"MaxCapacity\":2.0}");
      assertThatThrownBy(() -> Glue.startJobRun("j").timeout("60")).hasMessage("Timeout takes a whole number, not the string '60'");
      assertThatThrownBy(() -> Glue.startJobRun("j").numberOfWorkers(0)).hasMessage("NumberOfWorkers must be at least 1, not 0");
    }
  }

  @Nested
  class BatchSubmitJob {
    @Test
    void requiredFieldsFirstThenOptionalOnesInCallOrder() {
      Batch batch = Batch.submitJob("preprocess", "queue", "def:3")
          .parameters(Path.of("$.batch.parameters"))
          .containerOverrides(Map.of("Command", List.of("run", "--all")))
          .arraySize(100)
          .sync();

      assertThat(batch.resource()).isEqualTo("arn:aws:states:::batch:submitJob.sync");
      assertThat(TemplateText.parameters(batch)).isEqualTo(
          "{\"JobName\":\"preprocess\",\"JobQueue\":\"queue\",\"JobDefinition\":\"def:3\","
              + "\"Parameters.$\":\"$.batch.parameters\",\"ContainerOverrides\":{\"Command\":[\"run\",\"--all\"]},"
              + "\"ArrayProperties\":{\"Size\":100}}");
    }

    @Test
    void moreFields() {
      Batch batch = Batch.submitJob("n", "q", "d")
          .arrayProperties(Map.of("Size", 5)).dependsOn(List.of(Map.of("JobId", "1")))
          .retryStrategy(Map.of("Attempts", 2)).timeout(Map.of("AttemptDurationSeconds", 600))
          .tags(Map.of("team", "data")).propagateTags(true).shareIdentifier("a")
          .schedulingPriorityOverride(1).nodeOverrides(Map.of("NumNodes", 2))
          .ecsPropertiesOverride(Map.of()).eksPropertiesOverride(Map.of());
      assertThat(batch.parameters().orElseThrow().fields().keySet()).containsExactly(
          "JobName", "JobQueue", "JobDefinition", "ArrayProperties", "DependsOn", "RetryStrategy", "Timeout",
          "Tags", "PropagateTags", "ShareIdentifier", "SchedulingPriorityOverride", "NodeOverrides",
          "EcsPropertiesOverride", "EksPropertiesOverride");
      assertThatThrownBy(() -> Batch.submitJob("n", "q", "d").arraySize(1))
          .hasMessage("ArrayProperties.Size must be between 2 and 10000, not 1");
      assertThatThrownBy(() -> Batch.submitJob("n", null, "d")).isInstanceOf(NullPointerException.class)
          .hasMessageStartingWith("JobQueue must not be null");
    }
  }

  @Nested
  class EcsRunTask {
    @Test
    void fargateTaskWithNetworkAndOverrides() {
      Map<String, Object> container = new LinkedHashMap<>();
      container.put("Name", "app");
      container.put("Command", Path.of("$.commands"));
      Ecs ecs = Ecs.runTask("cluster-arn", "family:1")
          .launchType("FARGATE")
          .awsvpcConfiguration(List.of("subnet-1"), List.of("sg-1"), false)
          .overrides(Map.of("ContainerOverrides", List.of(container)))
          .sync();

      assertThat(ecs.resource()).isEqualTo("arn:aws:states:::ecs:runTask.sync");
      assertThat(TemplateText.parameters(ecs)).isEqualTo(
          "{\"Cluster\":\"cluster-arn\",\"TaskDefinition\":\"family:1\",\"LaunchType\":\"FARGATE\","
              + "\"NetworkConfiguration\":{\"AwsvpcConfiguration\":{\"Subnets\":[\"subnet-1\"],"
              + "\"SecurityGroups\":[\"sg-1\"],\"AssignPublicIp\":\"DISABLED\"}},"
              + "\"Overrides\":{\"ContainerOverrides\":[{\"Name\":\"app\",\"Command.$\":\"$.commands\"}]}}");
    }

    @Test
    void defaultClusterAndOtherFields() {
      Ecs ecs = Ecs.runTask("family").count(2).platformVersion("LATEST").group("g")
          .enableEcsManagedTags(true).enableExecuteCommand(false).propagateTags("TASK_DEFINITION")
          .referenceId("r").startedBy("baton").tags(List.of(Map.of("Key", "k")))
          .placementConstraints(List.of()).placementStrategy(List.of())
          .capacityProviderStrategy(List.of()).networkConfiguration(Path.of("$.net")).waitForTaskToken();
      assertThat(ecs.resource()).isEqualTo("arn:aws:states:::ecs:runTask.waitForTaskToken");
      assertThat(ecs.parameters().orElseThrow().fields().keySet()).containsExactly(
          "TaskDefinition", "Count", "PlatformVersion", "Group", "EnableECSManagedTags", "EnableExecuteCommand",
          "PropagateTags", "ReferenceId", "StartedBy", "Tags", "PlacementConstraints", "PlacementStrategy",
          "CapacityProviderStrategy", "NetworkConfiguration");
      assertThatThrownBy(() -> Ecs.runTask("f").count(11)).hasMessage("Count must be between 1 and 10, not 11");
      assertThatThrownBy(() -> Ecs.runTask("f").enableExecuteCommand("yes"))
          .hasMessage("EnableExecuteCommand takes a boolean, not the string 'yes'");
      assertThatThrownBy(() -> Ecs.runTask("f").awsvpcConfiguration(List.of(), List.of(), true))
          .hasMessage("AwsvpcConfiguration needs at least one subnet");
    }
  }

  @Nested
  class AthenaStartQueryExecution {
    @Test
    void queryWithDatabaseAndOutputLocation() {
      Athena athena = Athena.startQueryExecution("SELECT * FROM t")
          .workGroup("primary")
          .database("db")
          .outputLocation("s3://bucket/results/")
          .sync();

      assertThat(athena.resource()).isEqualTo("arn:aws:states:::athena:startQueryExecution.sync");
      assertThat(TemplateText.parameters(athena)).isEqualTo(
          "{\"QueryString\":\"SELECT * FROM t\",\"WorkGroup\":\"primary\","
              + "\"QueryExecutionContext\":{\"Database\":\"db\"},"
              + "\"ResultConfiguration\":{\"OutputLocation\":\"s3://bucket/results/\"}}");
    }

    @Test
    void otherFields() {
      Athena athena = Athena.startQueryExecution(Path.of("$.sql"))
          .queryExecutionContext(Map.of("Catalog", "c")).database("db")
          .resultConfiguration(Map.of()).clientRequestToken("t").executionParameters(List.of("1"))
          .resultReuseConfiguration(Map.of());
      assertThat(TemplateText.parameters(athena)).startsWith(
          "{\"QueryString.$\":\"$.sql\",\"QueryExecutionContext\":{\"Catalog\":\"c\",\"Database\":\"db\"},");
      assertThatThrownBy(() -> Athena.startQueryExecution("q").outputLocation("bucket/x"))
          .hasMessage("OutputLocation is an s3:// URI, not 'bucket/x'");
    }
  }
}
