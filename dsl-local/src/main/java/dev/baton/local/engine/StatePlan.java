package dev.baton.local.engine;

import dev.baton.local.HistoryEventType;
import dev.baton.model.Catcher;
import dev.baton.model.ChoiceRule;
import dev.baton.model.ChoiceState;
import dev.baton.model.MapState;
import dev.baton.model.ParallelState;
import dev.baton.model.PassState;
import dev.baton.model.ProcessorMode;
import dev.baton.model.QueryLanguage;
import dev.baton.model.State;
import dev.baton.model.StateType;
import dev.baton.model.TaskState;
import dev.baton.model.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything about one state that does not change between runs, computed once per state machine:
 * its effective query language, compiled templates, resolved successors, and nested scopes.
 * Internal API.
 */
final class StatePlan {

  /** A catcher with its successor resolved and its templates compiled. */
  record CatchPlan(Catcher catcher, StatePlan next, Compiled output, Map<String, Compiled> assign) {}

  /** A Choice rule with its successor resolved. */
  record RulePlan(ChoiceRule rule, StatePlan next, Compiled output, Map<String, Compiled> assign) {}

  final State state;
  final String name;
  final StateType type;
  final boolean jsonata;
  final HistoryEventType entered;
  final HistoryEventType exited;
  final ScopePlan scope;
  StatePlan next;
  final Compiled parameters;
  final Compiled resultSelector;
  final Compiled output;
  final Map<String, Compiled> assign;
  final Compiled itemSelector;
  final Compiled items;
  final Compiled batchInput;
  final List<CatchPlan> catchers = new ArrayList<>();
  final List<RulePlan> rules = new ArrayList<>();
  StatePlan defaultNext;
  final List<ScopePlan> branches = new ArrayList<>();
  ScopePlan processor;
  final boolean distributed;

  StatePlan(State state, ScopePlan scope, QueryLanguage inherited) {
    this.state = state;
    this.name = state.name();
    this.type = state.type();
    this.scope = scope;
    this.jsonata = state.queryLanguage().orElse(inherited) == QueryLanguage.JSONATA;
    this.entered = HistoryEventType.entered(type);
    this.exited = HistoryEventType.exited(type);
    Optional<Template> params = Optional.empty();
    if (state instanceof TaskState t) {
      params = jsonata ? t.arguments() : t.parameters();
    } else if (state instanceof PassState p) {
      params = p.parameters();
    } else if (state instanceof ParallelState p) {
      params = jsonata ? p.arguments() : p.parameters();
    }
    this.parameters = params.map(Compiled::compile).orElse(null);
    this.resultSelector = state.resultSelector().map(Compiled::compile).orElse(null);
    this.output = state.output().map(Compiled::compile).orElse(null);
    this.assign = state.assign().map(Compiled::compileFields).orElse(null);
    if (state instanceof MapState m) {
      this.itemSelector = m.itemSelector().or(m::legacyParameters).map(Compiled::compile).orElse(null);
      this.items = m.items().map(Compiled::compile).orElse(null);
      this.batchInput = m.itemBatcher().flatMap(b -> b.batchInput()).map(Compiled::compile).orElse(null);
      this.distributed = m.itemProcessor().or(m::iterator)
          .flatMap(p -> p.processorConfig()).flatMap(c -> c.mode())
          .orElse(ProcessorMode.INLINE) == ProcessorMode.DISTRIBUTED;
    } else {
      this.itemSelector = null;
      this.items = null;
      this.batchInput = null;
      this.distributed = false;
    }
  }

  /** Resolves names to plans and builds nested scopes, once all states of the scope exist. */
  void link(QueryLanguage machineLanguage) {
    next = state.next().map(scope::get).orElse(null);
    for (Catcher c : state.catchers()) {
      catchers.add(new CatchPlan(c, scope.get(c.next()),
          c.output().map(Compiled::compile).orElse(null),
          c.assign().map(Compiled::compileFields).orElse(null)));
    }
    if (state instanceof ChoiceState c) {
      for (ChoiceRule r : c.choices()) {
        rules.add(new RulePlan(r, scope.get(r.next()),
            r.output().map(Compiled::compile).orElse(null),
            r.assign().map(Compiled::compileFields).orElse(null)));
      }
      defaultNext = c.defaultState().map(scope::get).orElse(null);
    }
    QueryLanguage mine = jsonata ? QueryLanguage.JSONATA : QueryLanguage.JSONPATH;
    if (state instanceof ParallelState p) {
      p.branches().forEach(b -> branches.add(new ScopePlan(b.startAt(), b.states(), mine, machineLanguage)));
    }
    if (state instanceof MapState m) {
      m.itemProcessor().or(m::iterator).ifPresent(proc ->
          processor = new ScopePlan(proc.startAt(), proc.states(), mine, machineLanguage));
    }
  }
}
