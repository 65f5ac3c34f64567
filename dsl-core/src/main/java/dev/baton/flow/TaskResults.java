package dev.baton.flow;

import dev.baton.flow.Shape.Field;
import dev.baton.flow.Shape.ObjectShape;
import java.util.Map;

/**
 * The result shapes AWS documents for its integrations, by Task Resource. Anything not listed
 * (a plain Lambda function ARN, an activity, an AWS SDK call, a callback task) has an open result.
 */
public final class TaskResults {
  private TaskResults() {}

  // Each Resource's documented result (origin left empty) and short name, made once: every Task
  // state of every analysis asks.
  private static final java.util.concurrent.ConcurrentMap<String, Documented> DOCUMENTED =
      new java.util.concurrent.ConcurrentHashMap<>();

  private record Documented(Shape shape, String shortName) {}

  /** The shape of what a task with this Resource returns. */
  public static Shape resultOf(String resource, String stateName) {
    if (resource.endsWith(".waitForTaskToken") || !resource.startsWith("arn:aws:states:::")) {
      return Shape.OPEN;
    }
    Documented documented = DOCUMENTED.get(resource);
    if (documented == null) {
      documented = new Documented(documented(resource.substring("arn:aws:states:::".length())), shortName(resource));
      // The integrations' Resources are a bounded set; anything past that is not kept.
      if (DOCUMENTED.size() < 4096) {
        DOCUMENTED.putIfAbsent(resource, documented);
      }
    }
    if (!(documented.shape() instanceof ObjectShape object)) {
      return documented.shape();
    }
    String origin = "the result of Task state '" + stateName + "' (" + documented.shortName() + ")";
    return new ObjectShape(object.fields(), object.open(), origin);
  }

  /** The documented result of an action of an optimised integration, its origin left empty. */
  private static Shape documented(String action) {
    String origin = "";
    return switch (action) {
      case "lambda:invoke" -> object(origin, required("ExecutedVersion", Shape.STRING), required("Payload", Shape.OPEN),
          required("StatusCode", Shape.NUMBER), optional("SdkHttpMetadata", Shape.OPEN),
          optional("SdkResponseMetadata", Shape.OPEN), optional("FunctionError", Shape.STRING),
          optional("LogResult", Shape.STRING));
      case "glue:startJobRun" -> object(origin, required("JobRunId", Shape.STRING));
      case "glue:startJobRun.sync" -> jobRun(origin);
      case "sns:publish" -> object(origin, required("MessageId", Shape.STRING), optional("SequenceNumber", Shape.STRING),
          optional("SdkHttpMetadata", Shape.OPEN), optional("SdkResponseMetadata", Shape.OPEN));
      case "sqs:sendMessage" -> object(origin, required("MessageId", Shape.STRING),
          required("MD5OfMessageBody", Shape.STRING), optional("MD5OfMessageAttributes", Shape.STRING),
          optional("MD5OfMessageSystemAttributes", Shape.STRING), optional("SequenceNumber", Shape.STRING),
          optional("SdkHttpMetadata", Shape.OPEN), optional("SdkResponseMetadata", Shape.OPEN));
      case "states:startExecution" -> object(origin, required("ExecutionArn", Shape.STRING),
          required("StartDate", Shape.OPEN), optional("SdkHttpMetadata", Shape.OPEN),
          optional("SdkResponseMetadata", Shape.OPEN));
      case "states:startExecution.sync", "states:startExecution.sync:2" -> execution(origin, action.endsWith(":2"));
      default -> Shape.OPEN;
    };
  }

  private static ObjectShape jobRun(String origin) {
    // The Glue JobRun object (GetJobRun); fields AWS leaves out when empty are maybe present.
    return object(origin, required("Id", Shape.STRING), required("JobName", Shape.STRING),
        required("JobRunState", Shape.STRING), required("StartedOn", Shape.OPEN), optional("Attempt", Shape.NUMBER),
        optional("PreviousRunId", Shape.STRING), optional("TriggerName", Shape.STRING),
        optional("LastModifiedOn", Shape.OPEN), optional("CompletedOn", Shape.OPEN),
        optional("Arguments", Shape.ObjectShape.anyObject("")), optional("ErrorMessage", Shape.STRING),
        optional("PredecessorRuns", Shape.OPEN), optional("AllocatedCapacity", Shape.NUMBER),
        optional("ExecutionTime", Shape.NUMBER), optional("Timeout", Shape.NUMBER),
        optional("MaxCapacity", Shape.NUMBER), optional("WorkerType", Shape.STRING),
        optional("NumberOfWorkers", Shape.NUMBER), optional("SecurityConfiguration", Shape.STRING),
        optional("LogGroupName", Shape.STRING), optional("NotificationProperty", Shape.OPEN),
        optional("GlueVersion", Shape.STRING), optional("DPUSeconds", Shape.NUMBER),
        optional("ExecutionClass", Shape.STRING), optional("MaintenanceWindow", Shape.STRING),
        optional("ProfileName", Shape.STRING), optional("StateDetail", Shape.STRING), optional("JobMode", Shape.STRING),
        optional("JobRunQueuingEnabled", Shape.BOOLEAN), optional("ExecutionRoleSessionPolicy", Shape.STRING),
        optional("SdkHttpMetadata", Shape.OPEN), optional("SdkResponseMetadata", Shape.OPEN));
  }

  private static ObjectShape execution(String origin, boolean parsedOutput) {
    return object(origin, required("ExecutionArn", Shape.STRING), required("StateMachineArn", Shape.STRING),
        required("Name", Shape.STRING), required("Status", Shape.STRING), required("StartDate", Shape.OPEN),
        optional("StopDate", Shape.OPEN), required("Input", parsedOutput ? Shape.OPEN : Shape.STRING),
        optional("InputDetails", Shape.OPEN), optional("Output", parsedOutput ? Shape.OPEN : Shape.STRING),
        optional("OutputDetails", Shape.OPEN), optional("Error", Shape.STRING), optional("Cause", Shape.STRING),
        optional("MapRunArn", Shape.STRING), optional("TraceHeader", Shape.STRING),
        optional("StateMachineAliasArn", Shape.STRING), optional("StateMachineVersionArn", Shape.STRING),
        optional("RedriveCount", Shape.NUMBER), optional("RedriveDate", Shape.OPEN),
        optional("RedriveStatus", Shape.STRING), optional("RedriveStatusReason", Shape.STRING),
        optional("SdkHttpMetadata", Shape.OPEN), optional("SdkResponseMetadata", Shape.OPEN));
  }

  private record Entry(String name, Field field) {}

  private static Entry required(String name, Shape shape) {
    return new Entry(name, new Field(shape, true));
  }

  private static Entry optional(String name, Shape shape) {
    return new Entry(name, new Field(shape, false));
  }

  private static ObjectShape object(String origin, Entry... entries) {
    FrozenFields.Builder fields = new FrozenFields.Builder(entries.length);
    for (Entry e : entries) {
      fields.put(e.name(), e.field());
    }
    return new ObjectShape(fields.build(), false, origin);
  }

  private static String shortName(String resource) {
    return resource.startsWith("arn:aws:states:::") ? resource.substring("arn:aws:states:::".length()) : resource;
  }

  private static final ObjectShape ERROR_OUTPUT = object("", required("Error", Shape.STRING),
      required("Cause", Shape.STRING));

  /** The error output a catcher receives: {@code {"Error": ..., "Cause": ...}}. */
  static Shape errorOutput(String stateName) {
    return new ObjectShape(ERROR_OUTPUT.fields(), false, "the error output of state '" + stateName + "'");
  }

  /**
   * The context object ({@code $$}): execution, state machine, state, and, where they exist, the
   * task token and the Map item.
   */
  static Shape context(Shape executionInput, Shape mapItem, boolean task) {
    String origin = "the context object";
    ObjectShape execution = object("$$.Execution", required("Id", Shape.STRING), required("Input", executionInput),
        required("Name", Shape.STRING), required("RoleArn", Shape.STRING), required("StartTime", Shape.STRING),
        optional("RedriveCount", Shape.NUMBER), optional("RedriveTime", Shape.STRING));
    ObjectShape machine = object("$$.StateMachine", required("Id", Shape.STRING), required("Name", Shape.STRING));
    ObjectShape state = object("$$.State", required("EnteredTime", Shape.STRING), required("Name", Shape.STRING),
        required("RetryCount", Shape.NUMBER));
    FrozenFields.Builder fields = new FrozenFields.Builder(5);
    fields.put("Execution", new Field(execution, true));
    fields.put("StateMachine", new Field(machine, true));
    fields.put("State", new Field(state, true));
    if (task) {
      fields.put("Task", new Field(object("$$.Task", required("Token", Shape.STRING)), true));
    }
    if (mapItem != null) {
      fields.put("Map", new Field(object("$$.Map", required("Item",
          object("$$.Map.Item", required("Index", Shape.NUMBER), required("Value", mapItem),
              optional("Key", Shape.STRING), optional("Source", Shape.STRING)))), true));
    }
    return new ObjectShape(fields.build(), false, origin);
  }
}
