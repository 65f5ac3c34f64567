package dev.baton.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.baton.local.engine.Json;
import dev.baton.local.engine.Run;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One execution of a workflow on the {@link LocalEngine}: its status, output or error, history,
 * state transitions and cost estimate.
 *
 * <p>{@link LocalEngine#start} returns once the execution has ended, or while it waits for a task
 * token ({@link #status()} is then {@link ExecutionStatus#RUNNING}; send the outcome with {@link
 * LocalEngine#sendTaskSuccess} and friends, or move the virtual clock with {@link #advanceTime}).
 */
public final class Execution {

  private final LocalEngine engine;
  private final Run run;

  Execution(LocalEngine engine, Run run) {
    this.engine = engine;
    this.run = run;
  }

  /** The status: RUNNING (waiting for a callback), SUCCEEDED, FAILED, TIMED_OUT or ABORTED. */
  public ExecutionStatus status() {
    return run.status();
  }

  /** Whether the execution is still running (it waits for a task token). */
  public boolean isRunning() {
    return run.status() == ExecutionStatus.RUNNING;
  }

  /** The output when SUCCEEDED. */
  public Optional<JsonNode> output() {
    return Optional.ofNullable(run.output());
  }

  /** The output converted with Jackson to a Java type (a record, a map, ...); fails unless SUCCEEDED. */
  public <T> T outputAs(Class<T> type) {
    JsonNode out = output().orElseThrow(() -> new IllegalStateException(
        "the execution has no output: it is " + status() + error().map(e -> " with " + e).orElse("")));
    return Json.MAPPER.convertValue(out, type);
  }

  /** The error name when FAILED, TIMED_OUT or ABORTED (empty when a Fail state sets none). */
  public Optional<String> error() {
    return Optional.ofNullable(run.error()).filter(e -> !e.isEmpty());
  }

  /** The cause when FAILED, TIMED_OUT or ABORTED. */
  public Optional<String> cause() {
    return Optional.ofNullable(run.cause()).filter(c -> !c.isEmpty());
  }

  /** The execution's name. */
  public String name() {
    return run.name();
  }

  /** The execution ARN ({@code $$.Execution.Id}). */
  public String executionArn() {
    return run.executionArn();
  }

  /** The input the execution started with. */
  public JsonNode input() {
    return run.input();
  }

  /** When it started (simulated on the virtual clock). */
  public Instant startDate() {
    return Instant.ofEpochMilli(run.startMillis());
  }

  /** When it stopped, empty while running. */
  public Optional<Instant> stopDate() {
    return run.isOver() ? Optional.of(Instant.ofEpochMilli(run.stopMillis())) : Optional.empty();
  }

  /** How long it ran (simulated on the virtual clock); zero while running. */
  public Duration duration() {
    return run.isOver() ? Duration.ofMillis(run.stopMillis() - run.startMillis()) : Duration.ZERO;
  }

  /** The state transitions AWS would bill: every state entered plus every retry. */
  public long transitions() {
    return run.transitions();
  }

  /** What this execution would cost on AWS; see {@link CostEstimate} for the assumptions. */
  public CostEstimate cost() {
    return CostEstimate.of(run.type(), run.transitions(), duration().toMillis());
  }

  /** The history events, in order. */
  public List<HistoryEvent> history() {
    return run.history();
  }

  /** The history as AWS's {@code GetExecutionHistory} JSON: {@code {"events":[...]}}. */
  public JsonNode historyJson() {
    ObjectNode o = Json.NODES.objectNode();
    ArrayNode events = o.putArray("events");
    run.history().forEach(e -> events.add(e.toJson()));
    return o;
  }

  /** The names of the states entered, in order (with repeats for loops, retries not repeated). */
  public List<String> statesEntered() {
    List<String> names = new ArrayList<>();
    for (HistoryEvent e : run.history()) {
      if (e.type().isStateEntered()) {
        names.add(e.stateName());
      }
    }
    return names;
  }

  /**
   * Every entry into a state, in order, with its input, output and retries. Concurrent visits of
   * the same state (Map iterations, Parallel branches) are told apart by the history's
   * {@code previousEventId} chain: every event of a visit points back, through the events of the
   * same branch or iteration, to the visit's entered event.
   */
  public List<StateVisit> stateVisits() {
    List<HistoryEvent> events = run.history();
    List<Object[]> visits = new ArrayList<>();
    // The visit each event belongs to, by event id (index id - 1); null for events of no visit.
    Object[][] owner = new Object[events.size() + 1][];
    for (HistoryEvent e : events) {
      int id = (int) e.id();
      if (id <= 0 || id >= owner.length) {
        continue;
      }
      if (e.type().isStateEntered()) {
        Object[] v = {e.stateName(), e.data(), null, -1};
        visits.add(v);
        owner[id] = v;
        continue;
      }
      long previous = e.previousEventId();
      Object[] v = previous > 0 && previous < owner.length ? owner[(int) previous] : null;
      if (v == null || e.stateName() == null || !e.stateName().equals(v[0])) {
        continue;
      }
      owner[id] = v;
      if (e.type() == HistoryEventType.TaskScheduled) {
        v[3] = (Integer) v[3] + 1;
      } else if (e.type().isStateExited()) {
        v[2] = e.data();
      }
    }
    List<StateVisit> result = new ArrayList<>(visits.size());
    for (Object[] v : visits) {
      result.add(new StateVisit((String) v[0], (JsonNode) v[1], Optional.ofNullable((JsonNode) v[2]),
          Math.max(0, (Integer) v[3])));
    }
    return result;
  }

  /** The visits of one state, in order. */
  public List<StateVisit> visitsOf(String stateName) {
    return stateVisits().stream().filter(v -> v.name().equals(stateName)).toList();
  }

  /**
   * The token of a task waiting for a callback in the given state.
   *
   * @throws IllegalStateException when that state does not wait for a callback, listing those that do
   */
  public String taskToken(String stateName) {
    String token = run.pendingTaskTokens().get(stateName);
    if (token == null) {
      throw new IllegalStateException("the state '" + stateName + "' is not waiting for a task"
          + " token; states waiting: " + run.pendingTaskTokens().keySet() + " (status " + status() + ")");
    }
    return token;
  }

  /**
   * The tokens of every task of this state that waits for a callback (several when the state is
   * inside a Map or Parallel), in the order they started waiting.
   */
  public List<String> taskTokens(String stateName) {
    List<String> tokens = new ArrayList<>();
    for (String[] pending : run.pendingTokenList()) {
      if (pending[0].equals(stateName)) {
        tokens.add(pending[1]);
      }
    }
    return tokens;
  }

  /** Tokens of the tasks waiting for a callback, by state name (the latest one per state). */
  public Map<String, String> pendingTaskTokens() {
    return run.pendingTaskTokens();
  }

  /**
   * Moves this execution's virtual clock forward, running what becomes due (Waits, retries,
   * task and heartbeat timeouts of tasks waiting for a callback).
   */
  public Execution advanceTime(Duration duration) {
    engine.advance(run, duration.toMillis());
    return this;
  }

  /** Stops a running execution: it ends ABORTED with this error and cause. */
  public Execution stop(String error, String cause) {
    engine.abort(run, error, cause);
    return this;
  }

  /** The result as one JSON object: {@code {"status":..,"output":..}} or with error and cause. */
  public JsonNode toJson() {
    ObjectNode o = Json.NODES.objectNode();
    o.put("status", status().name());
    output().ifPresent(out -> o.set("output", out));
    if (status() != ExecutionStatus.SUCCEEDED && status() != ExecutionStatus.RUNNING) {
      o.put("error", run.error() == null ? "" : run.error());
      o.put("cause", run.cause() == null ? "" : run.cause());
    }
    return o;
  }

  @Override
  public String toString() {
    return "Execution " + name() + " " + Json.write(toJson());
  }
}
