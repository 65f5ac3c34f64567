package dev.baton.benchmarks;

import static com.amazonaws.services.stepfunctions.builder.StepFunctionBuilder.and;
import static com.amazonaws.services.stepfunctions.builder.StepFunctionBuilder.branch;
import static com.amazonaws.services.stepfunctions.builder.StepFunctionBuilder.catcher;
import static com.amazonaws.services.stepfunctions.builder.StepFunctionBuilder.choice;
import static com.amazonaws.services.stepfunctions.builder.StepFunctionBuilder.choiceState;
import static com.amazonaws.services.stepfunctions.builder.StepFunctionBuilder.end;
import static com.amazonaws.services.stepfunctions.builder.StepFunctionBuilder.eq;
import static com.amazonaws.services.stepfunctions.builder.StepFunctionBuilder.failState;
import static com.amazonaws.services.stepfunctions.builder.StepFunctionBuilder.gt;
import static com.amazonaws.services.stepfunctions.builder.StepFunctionBuilder.iterator;
import static com.amazonaws.services.stepfunctions.builder.StepFunctionBuilder.lte;
import static com.amazonaws.services.stepfunctions.builder.StepFunctionBuilder.mapState;
import static com.amazonaws.services.stepfunctions.builder.StepFunctionBuilder.next;
import static com.amazonaws.services.stepfunctions.builder.StepFunctionBuilder.not;
import static com.amazonaws.services.stepfunctions.builder.StepFunctionBuilder.parallelState;
import static com.amazonaws.services.stepfunctions.builder.StepFunctionBuilder.passState;
import static com.amazonaws.services.stepfunctions.builder.StepFunctionBuilder.retrier;
import static com.amazonaws.services.stepfunctions.builder.StepFunctionBuilder.seconds;
import static com.amazonaws.services.stepfunctions.builder.StepFunctionBuilder.stateMachine;
import static com.amazonaws.services.stepfunctions.builder.StepFunctionBuilder.succeedState;
import static com.amazonaws.services.stepfunctions.builder.StepFunctionBuilder.taskState;
import static com.amazonaws.services.stepfunctions.builder.StepFunctionBuilder.waitState;
import static dev.baton.benchmarks.WorkflowShape.LAMBDA_INVOKE;
import static dev.baton.benchmarks.WorkflowShape.SNS_PUBLISH;
import static dev.baton.benchmarks.WorkflowShape.STORE_FUNCTION;
import static dev.baton.benchmarks.WorkflowShape.TOPIC;
import static dev.baton.benchmarks.WorkflowShape.WORK_FUNCTION;

import com.amazonaws.services.stepfunctions.builder.StateMachine;
import com.amazonaws.services.stepfunctions.builder.states.Branch;
import com.amazonaws.services.stepfunctions.builder.states.MapState;
import com.amazonaws.services.stepfunctions.builder.states.ParallelState;
import com.amazonaws.services.stepfunctions.builder.states.State;
import com.amazonaws.services.stepfunctions.builder.states.Transition;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds the {@link WorkflowShape} workflow with the AWS SDK for Java v1 state machine builder
 * ({@code com.amazonaws.services.stepfunctions.builder.StepFunctionBuilder}). Its builders name
 * transitions by string and write integration requests as raw {@code Parameters} maps with
 * {@code .$} keys; {@code build()} validates the graph.
 */
public final class SdkV1Workflows {
  private SdkV1Workflows() {}

  /** The workflow of {@code blocks} blocks ({@code 10 * blocks} states), built and validated by v1. */
  public static StateMachine build(int blocks) {
    if (blocks < 1) {
      throw new IllegalArgumentException("at least one block, not " + blocks);
    }
    StateMachine.Builder machine = stateMachine()
        .comment("A mixed workflow of " + blocks * WorkflowShape.STATES_PER_BLOCK + " states")
        .startAt(WorkflowShape.task(0));
    for (int k = 0; k < blocks; k++) {
      block(machine, k, k + 1 < blocks ? next(WorkflowShape.task(k + 1)) : end());
    }
    return machine.build();
  }

  private static void block(StateMachine.Builder machine, int k, Transition.Builder exit) {
    String skip = WorkflowShape.skip(k);
    String failed = WorkflowShape.failed(k);
    machine.state(WorkflowShape.task(k), taskState()
        .resource(LAMBDA_INVOKE)
        .parameters(lambda(WORK_FUNCTION, payload(k)))
        .resultPath("$.result")
        .retriers(
            retrier().errorEquals("Lambda.ServiceException", "Lambda.TooManyRequestsException")
                .intervalSeconds(2).maxAttempts(6).backoffRate(2.0),
            retrier().errorEquals("States.TaskFailed").intervalSeconds(1).maxAttempts(2).backoffRate(1.5))
        .catchers(
            catcher().errorEquals("States.Timeout").resultPath("$.timeout").transition(next(skip)),
            catcher().catchAll().resultPath("$.error").transition(next(failed)))
        .transition(next(WorkflowShape.route(k))));
    machine.state(WorkflowShape.route(k), choiceState()
        .choices(
            choice().condition(eq("$.status", "DONE")).transition(next(WorkflowShape.done(k))),
            choice().condition(gt("$.count", 1000L)).transition(next(failed)),
            choice().condition(eq("$.cancelled", true)).transition(next(WorkflowShape.done(k))),
            choice().condition(and(lte("$.count", 0L), not(eq("$.status", "NEW")))).transition(next(failed)))
        .defaultStateName(WorkflowShape.waitName(k)));
    machine.state(WorkflowShape.waitName(k), waitState()
        .waitFor(seconds(WorkflowShape.waitSeconds(k)))
        .transition(next(WorkflowShape.shape(k))));
    machine.state(WorkflowShape.shape(k), passState()
        .parameters(shapeParameters(k))
        .transition(next(skip)));
    String variantEntry = switch (WorkflowShape.Variant.of(k)) {
      case PARALLEL -> "Fan " + k;
      case MAP -> "Each " + k;
      case NOTIFY_STORE_MARK -> "Notify " + k;
    };
    machine.state(skip, passState()
        .result(WorkflowShape.skipResult(k))
        .resultPath("$.skip")
        .transition(next(variantEntry)));
    switch (WorkflowShape.Variant.of(k)) {
      case PARALLEL -> machine.state(variantEntry, parallelState()
          .branches(
              branch().startAt("Fan " + k + " A")
                  .state("Fan " + k + " A", passState().result("\"left\"").transition(end())),
              branch().startAt("Fan " + k + " B")
                  .state("Fan " + k + " B", taskState()
                      .resource(LAMBDA_INVOKE)
                      .parameters(lambdaWholeInput(STORE_FUNCTION))
                      .transition(end())))
          .resultPath("$.fan")
          .retrier(retrier().retryOnAllErrors().intervalSeconds(3).maxAttempts(2).backoffRate(2.0))
          .catcher(catcher().catchAll().resultPath("$.error").transition(next(failed)))
          .transition(exit));
      case MAP -> machine.state(variantEntry, mapState()
          .itemsPath("$.items")
          .maxConcurrency(4)
          .iterator(iterator().startAt("Each " + k + " Work")
              .state("Each " + k + " Work", taskState()
                  .resource(LAMBDA_INVOKE)
                  .parameters(lambdaWholeInput(WORK_FUNCTION))
                  .retrier(retrier().errorEquals("Lambda.TooManyRequestsException")
                      .intervalSeconds(1).maxAttempts(3).backoffRate(2.0))
                  .transition(next("Each " + k + " Done")))
              .state("Each " + k + " Done", passState().transition(end())))
          .resultPath("$.each")
          .retrier(retrier().retryOnAllErrors().intervalSeconds(3).maxAttempts(2).backoffRate(2.0))
          .catcher(catcher().catchAll().resultPath("$.error").transition(next(failed)))
          .transition(exit));
      case NOTIFY_STORE_MARK -> {
        Map<String, Object> publish = new LinkedHashMap<>();
        publish.put("TopicArn", TOPIC);
        publish.put("Subject", "Block " + k);
        publish.put("Message.$", "$.result.Payload");
        machine.state(variantEntry, taskState()
            .resource(SNS_PUBLISH)
            .parameters(publish)
            .resultPath("$.notified")
            .retrier(retrier().retryOnAllErrors().intervalSeconds(5).maxAttempts(3).backoffRate(2.0))
            .catcher(catcher().catchAll().resultPath("$.error").transition(next(failed)))
            .transition(next("Store " + k)));
        machine.state("Store " + k, taskState()
            .resource(LAMBDA_INVOKE)
            .parameters(lambdaWholeInput(STORE_FUNCTION))
            .resultPath("$.stored")
            .timeoutSeconds(30)
            .heartbeatSeconds(10)
            .transition(next("Mark " + k)));
        machine.state("Mark " + k, passState()
            .result("\"block " + k + " done\"")
            .resultPath("$.mark")
            .transition(exit));
      }
    }
    machine.state(WorkflowShape.done(k), succeedState());
    machine.state(failed, failState().error("BlockFailed").cause("block " + k + " failed"));
  }

  private static Map<String, Object> lambda(String function, Map<String, Object> payload) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("FunctionName", function);
    parameters.put("Payload", payload);
    return parameters;
  }

  private static Map<String, Object> lambdaWholeInput(String function) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("FunctionName", function);
    parameters.put("Payload.$", "$");
    return parameters;
  }

  private static Map<String, Object> payload(int k) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("id.$", "$.id");
    payload.put("block", k);
    return payload;
  }

  private static Map<String, Object> shapeParameters(int k) {
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("status.$", "$.status");
    detail.put("count.$", "$.count");
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("id.$", "$.id");
    parameters.put("block", k);
    parameters.put("detail", detail);
    return parameters;
  }

  /** Every state of a v1 machine, nested Parallel branches and Map iterators included. */
  public static int countStates(StateMachine machine) {
    return count(machine.getStates());
  }

  private static int count(Map<String, State> states) {
    int total = 0;
    for (State state : states.values()) {
      total++;
      if (state instanceof ParallelState parallel) {
        for (Branch b : parallel.getBranches()) {
          total += count(b.getStates());
        }
      } else if (state instanceof MapState map) {
        total += count(map.getIterator().getStates());
      }
    }
    return total;
  }
}
