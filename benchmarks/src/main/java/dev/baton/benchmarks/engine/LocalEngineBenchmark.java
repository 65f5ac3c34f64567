package dev.baton.benchmarks.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.local.Execution;
import dev.baton.local.ExecutionStatus;
import dev.baton.local.LocalEngine;
import dev.baton.model.StateMachine;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The local engine on the workloads of {@code benchmarks/src/bench/aws-local-engine.js} (the same
 * definitions and inputs, run warm in aws-local-stepfunctions): microseconds per execution. Each
 * set-up runs the workload once and fails unless it succeeds, so a broken engine cannot post a
 * fast time.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class LocalEngineBenchmark {
  private LocalEngine engine;
  private StateMachine loop;
  private StateMachine map;
  private JsonNode loopInput;
  private JsonNode smallInput;
  private JsonNode mapInput;

  @Setup
  public void setUp() {
    engine = EngineWorkloads.expressEngine();
    loop = EngineWorkloads.loop();
    map = EngineWorkloads.map();
    loopInput = EngineWorkloads.loopInput(10_000);
    smallInput = EngineWorkloads.loopInput(1);
    mapInput = EngineWorkloads.mapInput(10_000);
    requireSuccess(engine.start(loop, loopInput), 20_002);
    requireSuccess(engine.start(loop, smallInput), 4);
    requireSuccess(engine.start(map, mapInput), 20_001);
  }

  static void requireSuccess(Execution execution, long transitions) {
    if (execution.status() != ExecutionStatus.SUCCEEDED) {
      throw new IllegalStateException("the workload did not succeed: " + execution);
    }
    if (transitions >= 0 && execution.transitions() != transitions) {
      throw new IllegalStateException("expected " + transitions + " transitions, got " + execution.transitions());
    }
  }

  /** 10,000 iterations of Pass (with States.MathAdd) and Choice: 20,002 state transitions (each state entered counts, as AWS bills). */
  @Benchmark
  public Execution loop10k() {
    return engine.start(loop, loopInput);
  }

  /** An inline Map over 10,000 items, each through two Pass states. */
  @Benchmark
  public Execution map10k() {
    return engine.start(map, mapInput);
  }

  /** The loop with limit 1: a 4-state execution (Init, Inc, More?, Done). */
  @Benchmark
  public Execution small4States() {
    return engine.start(loop, smallInput);
  }
}
