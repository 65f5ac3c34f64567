package dev.baton.benchmarks;

import static dev.baton.benchmarks.WorkflowShape.STORE_FUNCTION;
import static dev.baton.benchmarks.WorkflowShape.TOPIC;
import static dev.baton.benchmarks.WorkflowShape.WORK_FUNCTION;
import static dev.baton.dsl.Baton.and;
import static dev.baton.dsl.Baton.choice;
import static dev.baton.dsl.Baton.fail;
import static dev.baton.dsl.Baton.map;
import static dev.baton.dsl.Baton.not;
import static dev.baton.dsl.Baton.parallel;
import static dev.baton.dsl.Baton.pass;
import static dev.baton.dsl.Baton.path;
import static dev.baton.dsl.Baton.succeed;
import static dev.baton.dsl.Baton.task;
import static dev.baton.dsl.Baton.variable;
import static dev.baton.dsl.Baton.waitFor;

import dev.baton.dsl.Catch;
import dev.baton.dsl.Chain;
import dev.baton.dsl.Chainable;
import dev.baton.dsl.ChoiceStep;
import dev.baton.dsl.Errors;
import dev.baton.dsl.FailStep;
import dev.baton.dsl.PassStep;
import dev.baton.dsl.Retry;
import dev.baton.dsl.SucceedStep;
import dev.baton.dsl.TaskStep;
import dev.baton.dsl.WaitStep;
import dev.baton.dsl.Workflow;
import dev.baton.integrations.Lambda;
import dev.baton.integrations.Sns;
import dev.baton.model.StateMachine;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds the {@link WorkflowShape} workflow with the Baton DSL. */
public final class BatonWorkflows {
  private BatonWorkflows() {}

  /** The workflow of {@code blocks} blocks ({@code 10 * blocks} states), built and checked by {@link Workflow#build()}. */
  public static StateMachine build(int blocks) {
    return build(blocks, true);
  }

  /**
   * The same workflow; with {@code checkFlow} false, {@link Workflow#build()} runs the syntax and
   * structure checks only (the like-for-like comparison with v1, whose {@code build()} validates
   * structure too), without the data-flow proof that v1 has no counterpart of.
   */
  public static StateMachine build(int blocks, boolean checkFlow) {
    if (blocks < 1) {
      throw new IllegalArgumentException("at least one block, not " + blocks);
    }
    Block first = block(0);
    Block previous = first;
    for (int k = 1; k < blocks; k++) {
      Block block = block(k);
      previous.exit().next(block.entry());
      previous = block;
    }
    return Workflow.startingWith(first.entry())
        .comment("A mixed workflow of " + blocks * WorkflowShape.STATES_PER_BLOCK + " states")
        .checkFlow(checkFlow)
        .build();
  }

  /** One block: its entry task, and the chain whose open end goes on to the next block. */
  private record Block(TaskStep entry, Chain exit) {}

  private static Block block(int k) {
    FailStep failed = fail(WorkflowShape.failed(k)).error("BlockFailed").cause("block " + k + " failed");
    SucceedStep done = succeed(WorkflowShape.done(k));
    PassStep skip = pass(WorkflowShape.skip(k)).result(WorkflowShape.skipResult(k)).resultPath("$.skip");
    PassStep shape = pass(WorkflowShape.shape(k)).parameters(shapeParameters(k));
    WaitStep pause = waitFor(WorkflowShape.waitName(k)).seconds(WorkflowShape.waitSeconds(k));
    ChoiceStep route = choice(WorkflowShape.route(k))
        .when(variable("$.status").stringEquals("DONE"), done)
        .when(variable("$.count").numericGreaterThan(1000), failed)
        .when(variable("$.cancelled").booleanEquals(true), done)
        .when(and(variable("$.count").numericLessThanEquals(0), not(variable("$.status").stringEquals("NEW"))), failed)
        .otherwise(pause);
    TaskStep entry = task(WorkflowShape.task(k), Lambda.invoke(WORK_FUNCTION).payload(payload(k)))
        .resultPath("$.result")
        .retry(Retry.on(Errors.LAMBDA_SERVICE_EXCEPTION, Errors.LAMBDA_TOO_MANY_REQUESTS)
            .intervalSeconds(2).maxAttempts(6).backoffRate(2.0))
        .retry(Retry.on(Errors.TASK_FAILED).intervalSeconds(1).maxAttempts(2).backoffRate(1.5))
        .catching(Catch.on(Errors.TIMEOUT).resultPath("$.timeout").next(skip))
        .catching(Catch.onAllErrors().resultPath("$.error").next(failed));
    entry.next(route);
    pause.next(shape);
    shape.next(skip);
    return new Block(entry, skip.next(variant(k, failed)));
  }

  /** The three varying states of block {@code k}. */
  private static Chainable variant(int k, FailStep failed) {
    return switch (WorkflowShape.Variant.of(k)) {
      case PARALLEL -> parallel("Fan " + k)
          .branch(pass("Fan " + k + " A").result("left"))
          .branch(task("Fan " + k + " B", Lambda.invoke(STORE_FUNCTION).payload(path("$"))))
          .resultPath("$.fan")
          .retry(Retry.onAllErrors().intervalSeconds(3).maxAttempts(2).backoffRate(2.0))
          .catching(Catch.onAllErrors().resultPath("$.error").next(failed));
      case MAP -> map("Each " + k)
          .itemsPath("$.items")
          .maxConcurrency(4)
          .itemProcessor(task("Each " + k + " Work", Lambda.invoke(WORK_FUNCTION).payload(path("$")))
              .retry(Retry.on(Errors.LAMBDA_TOO_MANY_REQUESTS).intervalSeconds(1).maxAttempts(3).backoffRate(2.0))
              .next(pass("Each " + k + " Done")))
          .resultPath("$.each")
          .retry(Retry.onAllErrors().intervalSeconds(3).maxAttempts(2).backoffRate(2.0))
          .catching(Catch.onAllErrors().resultPath("$.error").next(failed));
      case NOTIFY_STORE_MARK -> task("Notify " + k, Sns.publish(TOPIC)
              .subject("Block " + k)
              .message(path("$.result.Payload")))
          .resultPath("$.notified")
          .retry(Retry.onAllErrors().intervalSeconds(5).maxAttempts(3).backoffRate(2.0))
          .catching(Catch.onAllErrors().resultPath("$.error").next(failed))
          .next(task("Store " + k, Lambda.invoke(STORE_FUNCTION).payload(path("$")))
              .resultPath("$.stored")
              .timeoutSeconds(30)
              .heartbeatSeconds(10))
          .next(pass("Mark " + k).result("block " + k + " done").resultPath("$.mark"));
    };
  }

  private static Map<String, Object> payload(int k) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("id", path("$.id"));
    payload.put("block", k);
    return payload;
  }

  private static Map<String, Object> shapeParameters(int k) {
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("status", path("$.status"));
    detail.put("count", path("$.count"));
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("id", path("$.id"));
    parameters.put("block", k);
    parameters.put("detail", detail);
    return parameters;
  }
}
