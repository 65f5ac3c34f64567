package dev.baton.local.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.baton.local.ExecutionStatus;
import dev.baton.local.functions.StatesError;
import dev.baton.model.StateMachine;

/**
 * {@code arn:aws:states:::states:startExecution} (fire-and-forget, {@code .sync}, {@code .sync:2})
 * when the task is not mocked: runs another registered workflow as a child execution on the same
 * scheduler. Internal API.
 */
final class NestedExecutions {

  private static final String PREFIX = "arn:aws:states:::states:startExecution";

  private NestedExecutions() {}

  static boolean handles(String resource) {
    return resource.startsWith(PREFIX);
  }

  static Step start(Fiber fiber, Frame f, JsonNode params, String resource) {
    String arn = params.path("StateMachineArn").asText("");
    // arn:aws:states:REGION:ACCOUNT:stateMachine:NAME[:VERSION_OR_ALIAS], or a bare name
    int marker = arn.indexOf(":stateMachine:");
    String name = marker < 0 ? arn.substring(arn.lastIndexOf(':') + 1)
        : arn.substring(marker + ":stateMachine:".length()).split(":", 2)[0];
    StateMachine machine = f.run.engine.registered(name);
    if (machine == null) {
      throw new StatesError("StepFunctions.StateMachineDoesNotExistException", "The Task state '"
          + f.plan.name + "' starts the state machine '" + arn + "', which is not registered;"
          + " register it with engine.register(\"" + name + "\", machine) or mock the state."
          + " Registered: " + f.run.engine.registeredNames());
    }
    JsonNode input = params.get("Input");
    if (input == null || input.isNull()) {
      input = Json.NODES.objectNode();
    } else if (input.isTextual()) {
      try {
        input = Json.parse(input.textValue());
      } catch (IllegalArgumentException e) {
        throw new StatesError(StatesError.TASK_FAILED, "The Input of state '" + f.plan.name
            + "' is a string that is not JSON: " + e.getMessage());
      }
    }
    String executionName = params.hasNonNull("Name") ? params.get("Name").asText() : null;
    Run child = f.run.engine.startOn(f.run.scheduler, name, machine, input, executionName);
    boolean sync2 = resource.endsWith(".sync:2");
    boolean sync = sync2 || resource.endsWith(".sync");
    if (!sync) {
      ObjectNode started = Json.NODES.objectNode();
      started.put("ExecutionArn", child.executionArn());
      started.put("StartDate", Times.iso(child.startMillis()));
      return TaskRunner.succeeded(fiber, f, started);
    }
    child.onFinish(done -> fiber.resumeWith(() -> {
      ObjectNode describe = describe(done, sync2);
      if (done.status() == ExecutionStatus.SUCCEEDED) {
        return TaskRunner.succeeded(fiber, f, describe);
      }
      String error = done.status() == ExecutionStatus.TIMED_OUT ? StatesError.TIMEOUT
          : StatesError.TASK_FAILED;
      return TaskRunner.failed(fiber, f, error, Json.write(describe), false);
    }));
    return null;
  }

  /** AWS's DescribeExecution output; {@code .sync} gives Input/Output as JSON text. */
  static ObjectNode describe(Run run, boolean jsonOutput) {
    ObjectNode d = Json.NODES.objectNode();
    d.put("ExecutionArn", run.executionArn());
    if (jsonOutput) {
      d.set("Input", run.input());
    } else {
      d.put("Input", Json.write(run.input()));
    }
    d.putObject("InputDetails").put("Included", true);
    d.put("Name", run.name());
    if (run.status() == ExecutionStatus.SUCCEEDED) {
      if (jsonOutput) {
        d.set("Output", run.output());
      } else {
        d.put("Output", Json.write(run.output()));
      }
      d.putObject("OutputDetails").put("Included", true);
    } else {
      d.put("Error", run.error());
      d.put("Cause", run.cause());
    }
    d.put("StartDate", run.startMillis());
    d.put("StateMachineArn", run.stateMachineArn());
    d.put("Status", run.status().name());
    d.put("StopDate", run.stopMillis());
    return d;
  }
}
