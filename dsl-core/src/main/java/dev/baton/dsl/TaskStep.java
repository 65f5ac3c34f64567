package dev.baton.dsl;

import dev.baton.annotations.ReferencePathExpression;

import dev.baton.expr.Jsonata;
import dev.baton.expr.ReferencePath;
import dev.baton.integrations.Integration;
import dev.baton.model.Template;
import dev.baton.model.Value;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A Task step: calls what its {@link Integration} describes. The integration's request is written
 * as ASL {@code Parameters} in a JSONPath state and as {@code Arguments} in a JSONata state.
 */
public final class TaskStep extends ResilientStep<TaskStep> {
  final Integration integration;
  Template arguments;
  Value<Integer> timeoutSeconds;
  ReferencePath timeoutSecondsPath;
  Value<Integer> heartbeatSeconds;
  ReferencePath heartbeatSecondsPath;
  Template credentials;
  dev.baton.flow.Shape resultShape;

  TaskStep(String name, Integration integration) {
    super(name);
    this.integration = Objects.requireNonNull(integration, "state '" + name + "': the integration is required");
  }

  /** What the task calls. */
  public Integration integration() {
    return integration;
  }

  /**
   * Sets the whole ASL {@code Arguments} (JSONata states), replacing the integration's request:
   * for example one JSONata expression that builds the request object.
   */
  public TaskStep arguments(Object arguments) {
    this.arguments = template("Arguments", arguments);
    return this;
  }

  /** Sets ASL {@code TimeoutSeconds}: the most seconds the task may run, at least 1; 99999999 by default. */
  public TaskStep timeoutSeconds(int seconds) {
    if (seconds < 1) {
      throw misuse("TimeoutSeconds must be at least 1, not " + seconds);
    }
    checkHeartbeat(seconds, heartbeatSeconds);
    this.timeoutSeconds = Value.of(seconds);
    return this;
  }

  /** Sets ASL {@code TimeoutSeconds} to a JSONata expression (JSONata states). */
  public TaskStep timeoutSeconds(Jsonata seconds) {
    this.timeoutSeconds = Value.jsonata(seconds);
    return this;
  }

  /** Sets ASL {@code TimeoutSecondsPath} (JSONPath states): where to read the timeout in the input. */
  public TaskStep timeoutSecondsPath(@ReferencePathExpression String path) {
    this.timeoutSecondsPath = referencePath("TimeoutSecondsPath", path);
    return this;
  }

  /** Sets ASL {@code HeartbeatSeconds}: the most seconds between heartbeats, below TimeoutSeconds. */
  public TaskStep heartbeatSeconds(int seconds) {
    if (seconds < 1) {
      throw misuse("HeartbeatSeconds must be at least 1, not " + seconds);
    }
    Value<Integer> heartbeat = Value.of(seconds);
    timeoutSeconds().ifPresent(timeout -> checkHeartbeat(timeout, heartbeat));
    this.heartbeatSeconds = heartbeat;
    return this;
  }

  /** Sets ASL {@code HeartbeatSeconds} to a JSONata expression (JSONata states). */
  public TaskStep heartbeatSeconds(Jsonata seconds) {
    this.heartbeatSeconds = Value.jsonata(seconds);
    return this;
  }

  /** Sets ASL {@code HeartbeatSecondsPath} (JSONPath states): where to read the heartbeat interval. */
  public TaskStep heartbeatSecondsPath(@ReferencePathExpression String path) {
    this.heartbeatSecondsPath = referencePath("HeartbeatSecondsPath", path);
    return this;
  }

  /**
   * Sets ASL {@code Credentials}: the IAM role to assume for the call, as a literal ARN, a path or a
   * JSONata expression.
   */
  public TaskStep credentials(Object roleArn) {
    Map<String, Object> credentials = new LinkedHashMap<>();
    credentials.put("RoleArn", roleArn);
    this.credentials = template("Credentials", credentials);
    return this;
  }

  /**
   * Declares the shape of what the task returns, for the data-flow check (not written to ASL):
   * the JSON form of a Java type (a record or bean; Jackson annotations honoured). Without it, the
   * result is what AWS documents for the integration, or open.
   */
  public TaskStep resultType(java.lang.reflect.Type type) {
    this.resultShape = dev.baton.flow.JavaShapes.of(type);
    return this;
  }

  /** Declares the shape of what the task returns, for the data-flow check (not written to ASL). */
  public TaskStep resultShape(dev.baton.flow.Shape shape) {
    this.resultShape = java.util.Objects.requireNonNull(shape, "shape");
    return this;
  }

  private java.util.Optional<Integer> timeoutSeconds() {
    return timeoutSeconds == null ? java.util.Optional.empty() : timeoutSeconds.literal();
  }

  private void checkHeartbeat(int timeout, Value<Integer> heartbeat) {
    if (heartbeat != null && heartbeat.literal().isPresent() && heartbeat.literal().get() >= timeout) {
      throw misuse("HeartbeatSeconds (" + heartbeat.literal().get() + ") must be smaller than TimeoutSeconds ("
          + timeout + ")");
    }
  }

  @Override
  TaskStep copyAs(String newName) {
    TaskStep copy = new TaskStep(newName, integration);
    copyResilientTo(copy);
    copy.arguments = arguments;
    copy.timeoutSeconds = timeoutSeconds;
    copy.timeoutSecondsPath = timeoutSecondsPath;
    copy.heartbeatSeconds = heartbeatSeconds;
    copy.heartbeatSecondsPath = heartbeatSecondsPath;
    copy.credentials = credentials;
    copy.resultShape = resultShape;
    return copy;
  }
}
