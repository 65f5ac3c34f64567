package dev.baton.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.baton.local.engine.Json;
import java.time.Instant;
import java.util.Map;

/**
 * One event of an execution's history, with the fields of AWS's {@code HistoryEvent}: {@code id},
 * {@code previousEventId}, {@code timestamp}, {@code type} and the type's details object.
 *
 * <p>Events are kept compact (the few values they carry) and their AWS-shaped details are built
 * only when asked for ({@link #details()}, {@link #toJson()}), so recording history costs little.
 *
 * @param id the event's id, from 1
 * @param previousEventId the id of the event before it in the same thread of work (0 for the first)
 * @param timestamp when it happened (simulated time on the virtual clock)
 * @param type the AWS event type
 * @param stateName the state it concerns, or null for execution events
 * @param data the input (entered, started), output (exited, succeeded), or null
 * @param error the error name of failure events, or null
 * @param cause the cause of failure events, or null
 * @param resource the task resource, or null
 * @param index the Map iteration index or Map length, or -1
 * @param assignedVariables for a state's exited event, the variables the state assigned (AWS's
 *     {@code assignedVariables}), or null when it assigned none
 */
public record HistoryEvent(
    long id,
    long previousEventId,
    Instant timestamp,
    HistoryEventType type,
    String stateName,
    JsonNode data,
    String error,
    String cause,
    String resource,
    int index,
    Map<String, JsonNode> assignedVariables) {

  /** The event's details object, shaped like AWS's (e.g. {@code stateEnteredEventDetails}). */
  public JsonNode details() {
    ObjectNode d = Json.NODES.objectNode();
    switch (type) {
      case ExecutionStarted -> {
        d.put("input", text(data));
        d.putObject("inputDetails").put("truncated", false);
        if (resource != null) {
          d.put("roleArn", resource);
        }
      }
      case ExecutionSucceeded -> {
        d.put("output", text(data));
        d.putObject("outputDetails").put("truncated", false);
      }
      // AWS's HistoryEvent has no details member for ParallelStateFailed and MapStateFailed, and
      // a MapIterationFailed carries MapIterationEventDetails (name, index), not the error:
      // https://docs.aws.amazon.com/step-functions/latest/apireference/API_HistoryEvent.html
      case ExecutionFailed, ExecutionTimedOut, ExecutionAborted, MapRunFailed -> putError(d);
      case ParallelStateFailed, MapStateFailed -> { }
      case TaskScheduled -> {
        putResource(d);
        d.put("region", "us-east-1");
        d.put("parameters", text(data));
      }
      case TaskStarted -> putResource(d);
      case TaskSucceeded, TaskSubmitted -> {
        putResource(d);
        d.put("output", text(data));
        d.putObject("outputDetails").put("truncated", false);
      }
      case TaskFailed, TaskTimedOut -> {
        putResource(d);
        putError(d);
      }
      case MapStateStarted -> d.put("length", index);
      case MapIterationStarted, MapIterationSucceeded, MapIterationFailed, MapIterationAborted -> {
        d.put("name", stateName);
        d.put("index", index);
      }
      default -> {
        if (type.isStateEntered()) {
          d.put("name", stateName);
          d.put("input", text(data));
          d.putObject("inputDetails").put("truncated", false);
        } else if (type.isStateExited()) {
          d.put("name", stateName);
          d.put("output", text(data));
          d.putObject("outputDetails").put("truncated", false);
          if (assignedVariables != null && !assignedVariables.isEmpty()) {
            // As AWS writes them: each value as its JSON text.
            ObjectNode assigned = d.putObject("assignedVariables");
            assignedVariables.forEach((name, value) -> assigned.put(name, text(value)));
            d.putObject("assignedVariablesDetails").put("truncated", false);
          }
        }
      }
    }
    return d;
  }

  /** The name of the details field in AWS's JSON, e.g. {@code taskScheduledEventDetails}. */
  public String detailsField() {
    if (type.isStateEntered()) {
      return "stateEnteredEventDetails";
    }
    if (type.isStateExited()) {
      return "stateExitedEventDetails";
    }
    String n = type.name();
    return Character.toLowerCase(n.charAt(0)) + n.substring(1) + "EventDetails";
  }

  /** The event as AWS's JSON: {@code {"id":..,"previousEventId":..,"timestamp":..,"type":..,...}}. */
  public JsonNode toJson() {
    ObjectNode o = Json.NODES.objectNode();
    o.put("id", id);
    o.put("previousEventId", previousEventId);
    o.put("timestamp", timestamp.toString());
    o.put("type", type.name());
    JsonNode d = details();
    if (d.size() > 0) {
      o.set(detailsField(), d);
    }
    return o;
  }

  private void putError(ObjectNode d) {
    if (error != null) {
      d.put("error", error);
    }
    if (cause != null) {
      d.put("cause", cause);
    }
  }

  private void putResource(ObjectNode d) {
    String r = resource == null ? "" : resource;
    String type = "lambda";
    String name = r;
    if (r.startsWith("arn:aws:states:::")) {
      String rest = r.substring("arn:aws:states:::".length());
      int colon = rest.indexOf(':');
      type = colon < 0 ? rest : rest.substring(0, colon);
      name = colon < 0 ? "" : rest.substring(colon + 1);
    } else if (r.startsWith("arn:aws:states:") && r.contains(":activity:")) {
      type = "activity";
    }
    d.put("resourceType", type);
    d.put("resource", name);
  }

  private static String text(JsonNode node) {
    return node == null ? "null" : Json.write(node);
  }
}
