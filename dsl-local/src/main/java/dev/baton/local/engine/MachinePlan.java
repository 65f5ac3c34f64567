package dev.baton.local.engine;

import dev.baton.model.QueryLanguage;
import dev.baton.model.StateMachine;
import java.util.Optional;

/** A state machine planned once for all its executions. Internal API. */
final class MachinePlan {

  final String name;
  final ScopePlan top;
  final Optional<Integer> timeoutSeconds;

  MachinePlan(String name, StateMachine machine) {
    this.name = name;
    QueryLanguage language = machine.queryLanguage().orElse(QueryLanguage.JSONPATH);
    this.top = new ScopePlan(machine.startAt(), machine.states(), language, language);
    this.timeoutSeconds = machine.timeoutSeconds();
  }

  String arn(EngineCore engine) {
    return "arn:aws:states:" + engine.region + ":" + engine.account + ":stateMachine:" + name;
  }
}
