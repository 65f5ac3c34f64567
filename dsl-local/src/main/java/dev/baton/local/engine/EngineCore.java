package dev.baton.local.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.local.TaskMock;
import dev.baton.local.items.ObjectStore;
import dev.baton.model.ExecutionType;
import dev.baton.model.StateMachine;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The engine's configuration and shared registries (workflows, plans, task tokens). {@link
 * dev.baton.local.LocalEngine} is its public face. Internal API.
 */
public final class EngineCore {

  final Map<String, TaskMock> mocksByState;
  final Map<String, TaskMock> mocksByResource;
  final boolean passThroughUnmocked;
  final ExecutionType executionType;
  final boolean realTime;
  final long virtualStartMillis;
  final long seed;
  final String region = "us-east-1";
  final String account = "123456789012";
  final String roleArn;
  final ObjectStore objectStore;
  final long maxTransitions;
  private final Map<String, StateMachine> registered = new LinkedHashMap<>();
  private final Map<StateMachine, MachinePlan> plans = new IdentityHashMap<>();
  final Map<String, Callbacks.Pending> tokens = new HashMap<>();
  private int executionSequence;
  private long tokenNumber;

  /**
   * Creates the core.
   *
   * @param mocksByState mocks per Task state name
   * @param mocksByResource mocks per resource ARN
   * @param passThroughUnmocked whether unmocked tasks return their input instead of failing
   * @param executionType STANDARD or EXPRESS (history limit, cost)
   * @param realTime whether the clock is the wall clock
   * @param virtualStartMillis where the virtual clock starts
   * @param seed the seed of jitter, UUIDs and random numbers
   * @param objectStore where distributed Maps read items and write results (S3 stand-in)
   * @param maxTransitions the most state transitions one execution may make
   */
  public EngineCore(Map<String, TaskMock> mocksByState, Map<String, TaskMock> mocksByResource,
      boolean passThroughUnmocked, ExecutionType executionType, boolean realTime,
      long virtualStartMillis, long seed, ObjectStore objectStore, long maxTransitions) {
    this.mocksByState = Map.copyOf(mocksByState);
    this.mocksByResource = Map.copyOf(mocksByResource);
    this.passThroughUnmocked = passThroughUnmocked;
    this.executionType = executionType;
    this.realTime = realTime;
    this.virtualStartMillis = virtualStartMillis;
    this.seed = seed;
    this.roleArn = "arn:aws:iam::" + account + ":role/baton-local";
    this.objectStore = objectStore;
    this.maxTransitions = maxTransitions;
  }

  /** Registers a workflow under a name, for {@link #start(String, JsonNode, String)} and nested runs. */
  public synchronized void register(String name, StateMachine machine) {
    registered.put(name, machine);
  }

  /** The workflow registered under a name, or null. */
  public synchronized StateMachine registered(String name) {
    return registered.get(name);
  }

  /** Names of the registered workflows. */
  public synchronized java.util.Set<String> registeredNames() {
    return java.util.Set.copyOf(registered.keySet());
  }

  synchronized MachinePlan plan(String name, StateMachine machine) {
    MachinePlan p = plans.get(machine);
    if (p == null || !p.name.equals(name)) {
      p = new MachinePlan(name, machine);
      plans.put(machine, p);
    }
    return p;
  }

  /**
   * Starts an execution on a fresh scheduler and runs it until it ends or waits for a callback.
   *
   * @param machineName the state machine's name (for ARNs and the context object)
   * @param machine the state machine
   * @param input the execution input
   * @param executionName the execution's name, or null for a generated one
   * @return the run
   */
  public synchronized Run start(String machineName, StateMachine machine, JsonNode input,
      String executionName) {
    Scheduler scheduler = new Scheduler(realTime, realTime ? System.currentTimeMillis()
        : virtualStartMillis);
    Run run = startOn(scheduler, machineName, machine, input, executionName);
    scheduler.runUntilIdle();
    return run;
  }

  synchronized Run startOn(Scheduler scheduler, String machineName, StateMachine machine,
      JsonNode input, String executionName) {
    String name = executionName != null ? executionName
        : executionName(++executionSequence);
    Run run = new Run(this, scheduler, plan(machineName, machine), name, input);
    run.begin();
    return run;
  }

  synchronized long nextTokenNumber() {
    return ++tokenNumber;
  }

  private static String executionName(int sequence) {
    String digits = Integer.toString(sequence);
    return "exec-" + "000000".substring(Math.min(6, digits.length())) + digits;
  }

  /** Sends a callback for a task token and runs the execution on until it next waits or ends. */
  public synchronized void callback(String token, Callbacks.Signal signal) {
    Callbacks.Pending pending = tokens.get(token);
    if (pending == null) {
      throw new IllegalArgumentException("no task is waiting for the token '" + token
          + "' (it was never issued, already completed, or its execution ended); waiting tokens: "
          + tokens.keySet());
    }
    pending.signal(signal);
    pending.run.scheduler.runUntilIdle();
  }
}
