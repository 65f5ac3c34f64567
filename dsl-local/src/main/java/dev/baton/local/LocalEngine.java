package dev.baton.local;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.local.engine.Callbacks;
import dev.baton.local.engine.EngineCore;
import dev.baton.local.engine.Json;
import dev.baton.local.engine.Run;
import dev.baton.local.items.DirectoryObjectStore;
import dev.baton.local.items.InMemoryObjectStore;
import dev.baton.local.items.ObjectStore;
import dev.baton.local.mockconfig.MockConfig;
import dev.baton.model.ExecutionType;
import dev.baton.model.StateMachine;
import java.time.Instant;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Runs whole workflows locally, as AWS Step Functions would: both query languages, variables,
 * Retry/Catch, Parallel and Map, callbacks and nested executions, with mocked tasks and a virtual
 * clock (Waits, back-offs and timeouts take no real time).
 *
 * <pre>{@code
 * LocalEngine engine = LocalEngine.builder()
 *     .mock("Charge card", Mocks.returning(Map.of("status", "PAID")))
 *     .build();
 * Execution run = engine.start(OrderWorkflow.definition(), "{\"orderId\":\"o-1\"}");
 * assertEquals(ExecutionStatus.SUCCEEDED, run.status());
 * }</pre>
 *
 * <p>An engine is cheap; each state machine is planned once (by identity) and then reused by
 * every execution. Methods are synchronized: an engine can be shared, but executions run one at
 * a time, each on the calling thread.
 */
public final class LocalEngine {

  private final EngineCore core;
  private final Map<StateMachine, String> names = new IdentityHashMap<>();

  private LocalEngine(EngineCore core) {
    this.core = core;
  }

  /** Starts a builder with no mocks, failing unmocked tasks, a virtual clock and STANDARD type. */
  public static Builder builder() {
    return new Builder();
  }

  /** An engine with no mocks (for workflows without tasks, or that mock nothing). */
  public static LocalEngine create() {
    return builder().build();
  }

  /**
   * Registers a workflow by name: {@link #start(String, Object)} finds it, and nested {@code
   * states:startExecution} tasks whose StateMachineArn ends in {@code :stateMachine:<name>} run it.
   *
   * @param name the state machine name; required
   * @param machine the workflow; required
   * @return this engine
   */
  public synchronized LocalEngine register(String name, StateMachine machine) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(machine, "machine");
    core.register(name, machine);
    names.put(machine, name);
    return this;
  }

  /**
   * Runs a workflow until it ends (or waits for a task token).
   *
   * @param machine the workflow (from the DSL, or {@code AslReader.read(json)})
   * @param input a {@link JsonNode}, JSON text, or any value Jackson converts (null means {})
   * @return the execution
   */
  public synchronized Execution start(StateMachine machine, Object input) {
    String name = names.getOrDefault(machine, "StateMachine");
    return start(name, machine, input, null);
  }

  /**
   * Runs a registered workflow until it ends (or waits for a task token).
   *
   * @param registeredName the name given to {@link #register}
   * @param input the execution input
   * @return the execution
   * @throws IllegalArgumentException when no workflow has that name
   */
  public synchronized Execution start(String registeredName, Object input) {
    StateMachine machine = core.registered(registeredName);
    if (machine == null) {
      throw new IllegalArgumentException("no workflow is registered as '" + registeredName
          + "'; registered: " + core.registeredNames());
    }
    return start(registeredName, machine, input, null);
  }

  /**
   * Runs a workflow under a given state machine name and execution name.
   *
   * @param stateMachineName the name in ARNs and {@code $$.StateMachine.Name}
   * @param machine the workflow
   * @param input the execution input
   * @param executionName the execution name ({@code $$.Execution.Name}); null for a generated one
   * @return the execution
   */
  public synchronized Execution start(String stateMachineName, StateMachine machine, Object input,
      String executionName) {
    JsonNode in = input == null ? Json.NODES.objectNode() : Json.toNode(input);
    if (input instanceof String s && !in.isContainerNode()) {
      in = Json.parse(s);
    }
    return new Execution(this, core.start(stateMachineName, machine, in, executionName));
  }

  /** Completes a waiting {@code .waitForTaskToken} task with this result (SendTaskSuccess). */
  public synchronized void sendTaskSuccess(String taskToken, Object output) {
    core.callback(taskToken, new Callbacks.Success(Json.toNode(output)));
  }

  /** Fails a waiting {@code .waitForTaskToken} task (SendTaskFailure); Retry/Catch apply. */
  public synchronized void sendTaskFailure(String taskToken, String error, String cause) {
    core.callback(taskToken, new Callbacks.Failure(error, cause));
  }

  /** Restarts the HeartbeatSeconds countdown of a waiting task (SendTaskHeartbeat). */
  public synchronized void sendTaskHeartbeat(String taskToken) {
    core.callback(taskToken, new Callbacks.Heartbeat());
  }

  synchronized void advance(Run run, long millis) {
    run.advance(millis);
  }

  synchronized void abort(Run run, String error, String cause) {
    run.abort(error, cause);
  }

  /** Builds a {@link LocalEngine}. */
  public static final class Builder {
    private final Map<String, TaskMock> byState = new LinkedHashMap<>();
    private final Map<String, TaskMock> byResource = new LinkedHashMap<>();
    private UnmockedTasks unmocked = UnmockedTasks.FAIL;
    private ExecutionType type = ExecutionType.STANDARD;
    private boolean realTime;
    private Instant virtualStart = Instant.parse("2024-01-01T00:00:00Z");
    private long seed = 42;
    private ObjectStore objectStore;
    private long maxTransitions = 10_000_000;

    private Builder() {}

    /** Mocks the Task state with this name (it wins over a mock of its resource). */
    public Builder mock(String stateName, TaskMock mock) {
      byState.put(Objects.requireNonNull(stateName, "stateName"), Objects.requireNonNull(mock, "mock"));
      return this;
    }

    /** Mocks every Task state whose {@code Resource} is exactly this ARN. */
    public Builder mockResource(String resourceArn, TaskMock mock) {
      byResource.put(Objects.requireNonNull(resourceArn, "resourceArn"), Objects.requireNonNull(mock, "mock"));
      return this;
    }

    /**
     * Mocks the Task states of one test case of a Step Functions Local mock configuration file
     * (see {@link Mocks#fromMockConfig}); mocks added later for the same state win.
     */
    public Builder mockConfig(MockConfig config, String stateMachine, String testCase) {
      byState.putAll(Mocks.fromMockConfig(config, stateMachine, testCase));
      return this;
    }

    /** What tasks without a mock do; default {@link UnmockedTasks#FAIL}. */
    public Builder unmockedTasks(UnmockedTasks policy) {
      this.unmocked = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * STANDARD (25,000-event history limit, cost per transition) or EXPRESS (no history limit,
     * cost per request and duration); default STANDARD.
     */
    public Builder executionType(ExecutionType type) {
      this.type = Objects.requireNonNull(type, "type");
      return this;
    }

    /** Uses a virtual clock starting at this instant (the default, from 2024-01-01T00:00:00Z). */
    public Builder virtualClock(Instant start) {
      this.virtualStart = Objects.requireNonNull(start, "start");
      this.realTime = false;
      return this;
    }

    /** Uses the wall clock: Waits, back-offs and simulated task durations really sleep. */
    public Builder realTime() {
      this.realTime = true;
      return this;
    }

    /** Seeds jitter, {@code States.UUID} and {@code $random()}; default 42, so runs repeat. */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * Where distributed Maps read items ({@code ItemReader}) and write results ({@code
     * ResultWriter}): S3 buckets stand in as a {@link DirectoryObjectStore} (a folder per bucket)
     * or an {@link InMemoryObjectStore}. Default: a new in-memory store.
     */
    public Builder objectStore(ObjectStore store) {
      this.objectStore = Objects.requireNonNull(store, "store");
      return this;
    }

    /**
     * The most state transitions one execution may make before it fails with {@code
     * Baton.TransitionLimit}; default 10,000,000. AWS has no such cap, but a loop of Pass and
     * Choice states takes no simulated time, so without it an endless loop in an EXPRESS workflow
     * would hang the test (STANDARD ones stop at 25,000 history events anyway).
     */
    public Builder maxTransitions(long max) {
      if (max < 1) {
        throw new IllegalArgumentException("maxTransitions must be at least 1, not " + max);
      }
      this.maxTransitions = max;
      return this;
    }

    /** Builds the engine. */
    public LocalEngine build() {
      return new LocalEngine(new EngineCore(byState, byResource, unmocked == UnmockedTasks.PASS_THROUGH,
          type, realTime, virtualStart.toEpochMilli(), seed,
          objectStore != null ? objectStore : new InMemoryObjectStore(), maxTransitions));
    }
  }
}
