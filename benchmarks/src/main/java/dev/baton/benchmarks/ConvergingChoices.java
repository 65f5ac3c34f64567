package dev.baton.benchmarks;

import static dev.baton.dsl.Baton.choice;
import static dev.baton.dsl.Baton.pass;
import static dev.baton.dsl.Baton.succeed;
import static dev.baton.dsl.Baton.variable;

import com.amazonaws.services.stepfunctions.builder.StepFunctionBuilder;
import dev.baton.dsl.ChoiceStep;
import dev.baton.dsl.PassStep;
import dev.baton.dsl.Step;
import dev.baton.dsl.Workflow;
import dev.baton.model.StateMachine;

/**
 * A diamond chain: {@code n} Choice states in a row, each going to a {@code Left i} or a
 * {@code Right i} Pass state, both of which go on to the next Choice; a Succeed ends it. It has
 * {@code 3n + 1} states but {@code 2^n} paths from start to end, which is what the v1 builder's
 * {@code build()} walks (its graph validator re-walks the rest of the machine from every Choice
 * target, without memory). Baton's {@code Workflow.build()} visits each state once.
 */
public final class ConvergingChoices {
  private ConvergingChoices() {}

  /** The diamond chain of {@code choices} Choice states, built with Baton. */
  public static StateMachine baton(int choices) {
    Step<?> next = succeed("Done");
    for (int i = choices - 1; i >= 0; i--) {
      PassStep left = pass("Left " + i);
      PassStep right = pass("Right " + i);
      left.next(next);
      right.next(next);
      ChoiceStep route = choice("Route " + i)
          .when(variable("$.left").booleanEquals(true), left)
          .otherwise(right);
      next = route;
    }
    return Workflow.startingWith(next).build();
  }

  /** The same diamond chain, built (and validated) with the v1 builder. */
  public static com.amazonaws.services.stepfunctions.builder.StateMachine sdkV1(int choices) {
    var machine = StepFunctionBuilder.stateMachine().startAt(choices == 0 ? "Done" : "Route 0");
    for (int i = 0; i < choices; i++) {
      String after = i + 1 < choices ? "Route " + (i + 1) : "Done";
      machine.state("Route " + i, StepFunctionBuilder.choiceState()
          .choice(StepFunctionBuilder.choice()
              .condition(StepFunctionBuilder.eq("$.left", true))
              .transition(StepFunctionBuilder.next("Left " + i)))
          .defaultStateName("Right " + i));
      machine.state("Left " + i, StepFunctionBuilder.passState().transition(StepFunctionBuilder.next(after)));
      machine.state("Right " + i, StepFunctionBuilder.passState().transition(StepFunctionBuilder.next(after)));
    }
    machine.state("Done", StepFunctionBuilder.succeedState());
    return machine.build();
  }
}
