package demo;

import static dev.baton.dsl.Baton.path;
import static dev.baton.dsl.Baton.succeed;
import static dev.baton.dsl.Baton.task;

import dev.baton.dsl.Workflow;
import dev.baton.integrations.Sns;
import dev.baton.model.StateMachine;

/** A workflow with a typo in a path: javac (with Baton's processor) refuses to compile it. */
public final class BadPath {
  private BadPath() {}

  /** The ']' of the index is missing. */
  public static StateMachine notifyOrders() {
    return Workflow.startingWith(
            task("Notify", Sns.publish("arn:aws:sns:us-east-1:123456789012:orders")
                    .message(path("$.orders[0.id")))
                .next(succeed("Done")))
        .build();
  }
}
