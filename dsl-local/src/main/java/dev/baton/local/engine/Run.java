package dev.baton.local.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.baton.local.ExecutionStatus;
import dev.baton.local.HistoryEvent;
import dev.baton.local.HistoryEventType;
import dev.baton.local.functions.IntrinsicEvaluator;
import dev.baton.local.functions.JsonataEvaluator;
import dev.baton.local.functions.StatesError;
import dev.baton.model.ExecutionType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;

/**
 * One execution of a state machine: its identity, history, variables, status and result. Runs on
 * a {@link Scheduler} shared with the executions it starts. Internal API: users see it through
 * {@link dev.baton.local.Execution}.
 */
public final class Run {

  /** AWS's limit of history events for a STANDARD execution. */
  public static final int MAX_HISTORY_EVENTS = 25_000;

  /** AWS's limit on the duration of an EXPRESS execution: five minutes. */
  public static final long EXPRESS_MAX_SECONDS = 300;

  final EngineCore engine;
  final Scheduler scheduler;
  final MachinePlan plan;
  final String name;
  final String executionArn;
  final JsonNode input;
  final long startMillis;
  final ExecutionType type;
  private RandomGenerator random;
  private IntrinsicEvaluator intrinsics;
  private JsonataEvaluator jsonata;
  private ObjectNode executionContext;
  private ObjectNode stateMachineContext;
  private final List<HistoryEvent> history = new ArrayList<>();
  private final Map<String, Integer> callCounts = new HashMap<>();
  private final List<Consumer<Run>> listeners = new ArrayList<>(1);
  final Map<String, Callbacks.Pending> pendingTokens = new java.util.LinkedHashMap<>();
  private ExecutionStatus status = ExecutionStatus.RUNNING;
  private JsonNode output;
  private String error;
  private String cause;
  private long stopMillis;
  private long transitions;
  private Scheduler.Timer timeoutTimer;
  private int tokenSequence;

  Run(EngineCore engine, Scheduler scheduler, MachinePlan plan, String name, JsonNode input) {
    this.engine = engine;
    this.scheduler = scheduler;
    this.plan = plan;
    this.name = name;
    this.input = input;
    this.type = engine.executionType;
    this.startMillis = scheduler.now();
    this.executionArn = "arn:aws:states:" + engine.region + ":" + engine.account + ":execution:"
        + plan.name + ":" + name;
  }

  // The evaluators and context objects are built on first use: most states of most workflows need
  // none of them, and a small execution should cost little more than its states.
  RandomGenerator random() {
    if (random == null) {
      random = new SplittableRandom(engine.seed ^ name.hashCode());
    }
    return random;
  }

  IntrinsicEvaluator intrinsics() {
    if (intrinsics == null) {
      intrinsics = new IntrinsicEvaluator(random());
    }
    return intrinsics;
  }

  JsonataEvaluator jsonata() {
    if (jsonata == null) {
      jsonata = new JsonataEvaluator(random(), new SchedulerClock(scheduler));
    }
    return jsonata;
  }

  ObjectNode executionContext() {
    if (executionContext == null) {
      executionContext = Json.NODES.objectNode();
      executionContext.put("Id", executionArn);
      executionContext.set("Input", input);
      executionContext.put("Name", name);
      executionContext.put("RoleArn", engine.roleArn);
      executionContext.put("StartTime", Times.iso(startMillis));
      executionContext.put("RedriveCount", 0);
    }
    return executionContext;
  }

  ObjectNode stateMachineContext() {
    if (stateMachineContext == null) {
      stateMachineContext = Json.NODES.objectNode();
      stateMachineContext.put("Id", plan.arn(engine));
      stateMachineContext.put("Name", plan.name);
    }
    return stateMachineContext;
  }

  /** Starts the execution: records ExecutionStarted and queues the first state. */
  void begin() {
    scheduler.runStarted();
    record(null, HistoryEventType.ExecutionStarted, null, input, null, null, engine.roleArn, -1);
    try {
      checkPayload(input, "execution input");
    } catch (StatesError e) {
      finish(Step.fail(e.error(), e.cause()));
      return;
    }
    // An EXPRESS execution can run at most five minutes, whatever its TimeoutSeconds says.
    long limit = plan.timeoutSeconds.map(Integer::longValue).orElse(Long.MAX_VALUE);
    if (type == ExecutionType.EXPRESS) {
      limit = Math.min(limit, EXPRESS_MAX_SECONDS);
    }
    if (limit != Long.MAX_VALUE) {
      long seconds = limit;
      String why = plan.timeoutSeconds.isPresent() && plan.timeoutSeconds.get() <= seconds
          ? "The execution ran longer than its TimeoutSeconds (" + seconds + " s)"
          : "An EXPRESS execution can run at most " + EXPRESS_MAX_SECONDS + " seconds";
      timeoutTimer = scheduler.guard(seconds * 1000L,
          () -> finishAs(ExecutionStatus.TIMED_OUT, null, StatesError.TIMEOUT, why));
    }
    Fiber top = new Fiber(this, null, new VariableScope(null), plan.top.start, input, false,
        this::finish);
    // AWS's first state-entered event points back at event 0, not at ExecutionStarted (histories
    // recorded on AWS in LocalStack's snapshot tests, e.g. v2/assign/test_assign_base.snapshot.json).
    top.lastEventId = 0;
    top.start();
  }

  private void finish(Step step) {
    if (step.failed()) {
      finishAs(ExecutionStatus.FAILED, null, step.error, step.cause);
    } else {
      finishAs(ExecutionStatus.SUCCEEDED, step.output, null, null);
    }
  }

  /** Ends the execution (once); later calls are ignored. */
  void finishAs(ExecutionStatus newStatus, JsonNode out, String err, String why) {
    if (status != ExecutionStatus.RUNNING) {
      return;
    }
    HistoryEventType event = switch (newStatus) {
      case SUCCEEDED -> HistoryEventType.ExecutionSucceeded;
      case TIMED_OUT -> HistoryEventType.ExecutionTimedOut;
      case ABORTED -> HistoryEventType.ExecutionAborted;
      default -> HistoryEventType.ExecutionFailed;
    };
    status = newStatus;
    output = out;
    error = err;
    cause = why;
    stopMillis = scheduler.now();
    history.add(new HistoryEvent(history.size() + 1, history.size(), Instant.ofEpochMilli(stopMillis),
        event, null, out, err, why, null, -1, null));
    if (timeoutTimer != null) {
      timeoutTimer.cancel();
    }
    for (Callbacks.Pending p : List.copyOf(pendingTokens.values())) {
      p.settle();
    }
    listeners.forEach(l -> l.accept(this));
    scheduler.runEnded();
  }

  /** Records a history event (not for quiet fibers); fails the run past 25,000 (STANDARD). */
  void record(Fiber fiber, HistoryEventType type, String stateName, JsonNode data, String err,
      String why, String resource, int index) {
    record(fiber, type, stateName, data, err, why, resource, index, null);
  }

  /** Records a history event, with the variables a state assigned when it is an exited event. */
  void record(Fiber fiber, HistoryEventType type, String stateName, JsonNode data, String err,
      String why, String resource, int index, Map<String, JsonNode> assigned) {
    if (status != ExecutionStatus.RUNNING) {
      return;
    }
    if (type.isStateEntered() && ++transitions > engine.maxTransitions) {
      finishAs(ExecutionStatus.FAILED, null, Recovery.TRANSITION_LIMIT, "The execution made more than "
          + engine.maxTransitions + " state transitions without ending, which usually means an endless"
          + " loop that takes no time; raise LocalEngine.builder().maxTransitions(...) if it is meant");
      return;
    }
    if (fiber != null && fiber.quiet) {
      return;
    }
    if (this.type == ExecutionType.STANDARD && history.size() >= MAX_HISTORY_EVENTS - 1) {
      finishAs(ExecutionStatus.FAILED, null, StatesError.RUNTIME,
          "The execution reached the maximum number of history events (" + MAX_HISTORY_EVENTS
              + "). A STANDARD workflow's history is limited; loop less, use a distributed Map or"
              + " a child execution, or run it as EXPRESS");
      return;
    }
    long id = history.size() + 1;
    // Like AWS, an event points back at the previous event of the same thread of work (a branch
    // or iteration points at its parent's ParallelStateStarted / MapIterationStarted).
    long previous = fiber == null ? id - 1 : fiber.lastEventId;
    history.add(new HistoryEvent(id, previous, Instant.ofEpochMilli(scheduler.now()), type,
        stateName, data, err, why, resource, index, assigned));
    if (fiber != null) {
      fiber.lastEventId = id;
    }
  }

  /** The id of the latest history event (0 before the first). */
  long lastEventId() {
    return history.size();
  }

  /** Forgets the task tokens of tasks whose branch was stopped (no answer can matter now). */
  void dropStoppedCallbacks() {
    for (Callbacks.Pending p : List.copyOf(pendingTokens.values())) {
      if (!p.fiber.isActive()) {
        p.settle();
      }
    }
  }

  /** Counts a retry as a state transition, as AWS bills it. */
  void countRetry() {
    transitions++;
  }

  /** The 0-based index of this call of a task state, counting all calls of it in this run. */
  int nextCallIndex(String stateName) {
    return callCounts.merge(stateName, 1, Integer::sum) - 1;
  }

  String newTaskToken() {
    // Unique across the engine: two executions may share a name.
    return "token-" + name + "-" + (++tokenSequence) + "-" + engine.nextTokenNumber();
  }

  /** Fails with States.DataLimitExceeded when a payload is over 256 KiB. */
  void checkPayload(JsonNode payload, String where) {
    if (payload != null && Payloads.exceedsLimit(payload)) {
      throw new StatesError(StatesError.DATA_LIMIT_EXCEEDED, "The state/task '" + where
          + "' returned a result with a size exceeding the maximum number of bytes service limit ("
          + Payloads.MAX_BYTES + " bytes)");
    }
  }

  void onFinish(Consumer<Run> listener) {
    if (status != ExecutionStatus.RUNNING) {
      listener.accept(this);
    } else {
      listeners.add(listener);
    }
  }

  /** Whether the execution has ended. */
  public boolean isOver() {
    return status != ExecutionStatus.RUNNING;
  }

  /** The execution's status. */
  public ExecutionStatus status() {
    return status;
  }

  /** The output, or null unless SUCCEEDED. */
  public JsonNode output() {
    return output;
  }

  /** The error name, or null. */
  public String error() {
    return error;
  }

  /** The cause, or null. */
  public String cause() {
    return cause;
  }

  /** The execution's name. */
  public String name() {
    return name;
  }

  /** The execution ARN. */
  public String executionArn() {
    return executionArn;
  }

  /** The state machine's name. */
  public String stateMachineName() {
    return plan.name;
  }

  /** The state machine ARN. */
  public String stateMachineArn() {
    return plan.arn(engine);
  }

  /** The input. */
  public JsonNode input() {
    return input;
  }

  /** Start time in epoch milliseconds. */
  public long startMillis() {
    return startMillis;
  }

  /** Stop time in epoch milliseconds, or 0 while running. */
  public long stopMillis() {
    return stopMillis;
  }

  /** State transitions so far (state entries plus retries). */
  public long transitions() {
    return transitions;
  }

  /** The execution type (STANDARD or EXPRESS) it ran as. */
  public ExecutionType type() {
    return type;
  }

  /** The history so far, unmodifiable view. */
  public List<HistoryEvent> history() {
    return java.util.Collections.unmodifiableList(history);
  }

  /** Task tokens waiting for a callback, by state name. */
  public Map<String, String> pendingTaskTokens() {
    Map<String, String> byState = new java.util.LinkedHashMap<>();
    pendingTokens.values().forEach(p -> byState.put(p.stateName, p.token));
    return byState;
  }

  /** Every task token waiting for a callback, in the order the tasks started waiting. */
  public java.util.List<String[]> pendingTokenList() {
    List<String[]> all = new ArrayList<>();
    pendingTokens.values().forEach(p -> all.add(new String[] {p.stateName, p.token}));
    return all;
  }

  /** The engine this run belongs to. */
  public EngineCore engine() {
    return engine;
  }

  /** Moves the scheduler's clock (see {@link Scheduler#advance}). */
  public void advance(long millis) {
    scheduler.advance(millis);
  }

  /** Stops a running execution as ABORTED. */
  public void abort(String err, String why) {
    finishAs(ExecutionStatus.ABORTED, null, err, why);
  }
}
