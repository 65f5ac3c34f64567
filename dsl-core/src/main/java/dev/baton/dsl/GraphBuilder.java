package dev.baton.dsl;

import dev.baton.model.Branch;
import dev.baton.model.Catcher;
import dev.baton.model.ChoiceRule;
import dev.baton.model.ChoiceState;
import dev.baton.model.FailState;
import dev.baton.model.ItemProcessor;
import dev.baton.model.MapState;
import dev.baton.model.ParallelState;
import dev.baton.model.PassState;
import dev.baton.model.ProcessorConfig;
import dev.baton.model.QueryLanguage;
import dev.baton.model.Retrier;
import dev.baton.model.State;
import dev.baton.model.SucceedState;
import dev.baton.model.TaskState;
import dev.baton.model.Template;
import dev.baton.model.WaitState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a graph of steps into model states, scope by scope (the workflow, each Parallel branch,
 * each Map processor), collecting every problem instead of stopping at the first.
 */
final class GraphBuilder {
  /** A built scope: its entry and its states in discovery order. */
  record Scope(String startAt, Map<String, State> states) {}

  private final QueryLanguage topLevel;
  private final List<String> problems = new ArrayList<>();
  /** Every step by name; made by the first (top) scope, sized for its steps and a few nested ones. */
  private Map<String, Registered> byName;
  private final Map<Step<?>, String> scopeOfRenamed = new IdentityHashMap<>();
  private boolean duplicateNames;
  /** Result shapes declared on tasks, for the data-flow check. */
  final Map<String, dev.baton.flow.Shape> taskResults = new HashMap<>();

  GraphBuilder(QueryLanguage topLevel) {
    this.topLevel = topLevel;
  }

  void throwIfProblems() {
    if (!problems.isEmpty()) {
      throw new WorkflowBuildException(problems);
    }
  }

  Scope scope(Chainable entry, String scopeName) {
    ScopeWalk walk = ScopeWalk.from(entry.startStep());
    List<Step<?>> order = walk.order;
    if (byName == null) {
      byName = new HashMap<>(capacityFor(order.size() + 64));
    }
    order.forEach(step -> register(step, scopeName));
    Map<String, State> states = new LinkedHashMap<>(capacityFor(order.size()));
    for (Step<?> step : order) {
      State state = convert(step);
      if (state != null) {
        states.putIfAbsent(step.name(), state);
      }
    }
    // With two states of one name the graph by name is not the real one; the duplicate is reported instead.
    if (!duplicateNames) {
      boolean[] canFinish = walk.canFinish();
      for (int i = 0; i < canFinish.length; i++) {
        if (!canFinish[i]) {
          problems.add("state '" + order.get(i).name() + "' in " + scopeName + " has no way out: no path from it"
              + " reaches an End, Succeed or Fail state, so the execution would loop until it times out");
        }
      }
    }
    return new Scope(entry.startStep().name(), states);
  }

  /** A HashMap capacity that holds {@code size} entries without growing. */
  private static int capacityFor(int size) {
    return (int) (size / 0.75f) + 1;
  }

  /** Where a step was first met: its scope, for the rule that a step belongs to one scope. */
  private record Registered(Step<?> step, String scope) {}

  private void register(Step<?> step, String scopeName) {
    Registered first = byName.putIfAbsent(step.name(), new Registered(step, scopeName));
    if (first == null) {
      return;
    }
    String otherScope;
    if (first.step() == step) {
      otherScope = first.scope();
    } else {
      duplicateNames = true;
      problems.add("two different states are named '" + step.name() + "'; state names must be unique"
          + " across the whole state machine (use a Fragment with a prefix to reuse steps)");
      // Only a step whose name another step took first is tracked by identity.
      otherScope = scopeOfRenamed.putIfAbsent(step, scopeName);
    }
    if (otherScope != null && !otherScope.equals(scopeName)) {
      problems.add("state '" + step.name() + "' is used in " + otherScope + " and in " + scopeName
          + "; a state can only go to states of its own scope");
    }
  }

  /** Every step reachable from {@code start} within its scope, breadth first. */
  static List<Step<?>> reachable(Step<?> start) {
    return ScopeWalk.from(start).order;
  }

  private QueryLanguage languageOf(Step<?> step) {
    return step.queryLanguage != null ? step.queryLanguage : topLevel;
  }

  private State convert(Step<?> step) {
    if (step.queryLanguage == QueryLanguage.JSONPATH && topLevel == QueryLanguage.JSONATA) {
      problems.add("state '" + step.name() + "' is a JSONPath state in a JSONata workflow; AWS allows JSONata"
          + " states in a JSONPath workflow, not the reverse");
    }
    FieldCheck check = new FieldCheck(step.name(), languageOf(step) == QueryLanguage.JSONATA, problems);
    if (step instanceof TaskStep s) {
      return task(s, check);
    }
    if (step instanceof PassStep s) {
      return pass(s, check);
    }
    if (step instanceof ChoiceStep s) {
      return choice(s, check);
    }
    if (step instanceof WaitStep s) {
      return waitState(s, check);
    }
    if (step instanceof SucceedStep s) {
      check.jsonPathOnly("InputPath", s.inputPath).jsonPathOnly("OutputPath", s.outputPath).jsonataOnly("Output", s.output);
      return SucceedState.builder().name(s.name()).comment(s.comment).queryLanguage(s.queryLanguage)
          .inputPath(s.inputPath).outputPath(s.outputPath).output(s.output).build();
    }
    if (step instanceof FailStep s) {
      check.jsonPathOnly("ErrorPath", s.errorPath).jsonPathOnly("CausePath", s.causePath)
          .jsonataOnly("a JSONata Error", s.error == null ? null : s.error.expression().orElse(null))
          .jsonataOnly("a JSONata Cause", s.cause == null ? null : s.cause.expression().orElse(null));
      return FailState.builder().name(s.name()).comment(s.comment).queryLanguage(s.queryLanguage)
          .error(s.error).errorPath(s.errorPath).cause(s.cause).causePath(s.causePath).build();
    }
    if (step instanceof ParallelStep s) {
      return parallel(s, check);
    }
    return map((MapStep) step, check);
  }

  private Template assign(FlowStep<?> step, FieldCheck check) {
    if (step.assign == null) {
      return null;
    }
    Template assign = new Template.ObjectTemplate(step.assign);
    check.template("Assign", assign);
    return assign;
  }

  private void flow(FlowStep<?> step, FieldCheck check) {
    check.jsonPathOnly("InputPath", step.inputPath).jsonPathOnly("OutputPath", step.outputPath)
        .jsonataOnly("Output", step.output);
  }

  private Boolean end(ContinuingStep<?> step) {
    return step.nextStep == null ? Boolean.TRUE : null;
  }

  private String next(ContinuingStep<?> step) {
    return step.nextStep == null ? null : step.nextStep.name();
  }

  private TaskState task(TaskStep s, FieldCheck check) {
    if (s.resultShape != null) {
      taskResults.put(s.name(), s.resultShape);
    }
    flow(s, check);
    resilient(s, check);
    Template request = s.arguments != null ? s.arguments : s.integration.parameters().orElse(null);
    TaskState.Builder b = TaskState.builder().name(s.name()).comment(s.comment).queryLanguage(s.queryLanguage)
        .resource(s.integration.resource());
    if (request != null) {
      if (check.jsonata) {
        check.template("the task's request (Arguments)", request);
        b.arguments(request);
      } else {
        check.template("the task's request (Parameters)", request);
        b.parameters(request);
      }
    }
    if (s.credentials != null) {
      check.template("Credentials", s.credentials);
    }
    check.jsonataOnly("Arguments", s.arguments);
    check.jsonPathOnly("TimeoutSecondsPath", s.timeoutSecondsPath)
        .jsonPathOnly("HeartbeatSecondsPath", s.heartbeatSecondsPath);
    return b.inputPath(s.inputPath).resultSelector(s.resultSelector).resultPath(s.resultPath)
        .outputPath(s.outputPath).output(s.output).assign(assign(s, check))
        .timeoutSeconds(s.timeoutSeconds).timeoutSecondsPath(s.timeoutSecondsPath)
        .heartbeatSeconds(s.heartbeatSeconds).heartbeatSecondsPath(s.heartbeatSecondsPath)
        .credentials(s.credentials).retry(retriers(s)).catchers(catchers(s, check))
        .next(next(s)).end(end(s)).build();
  }

  private void resilient(ResilientStep<?> s, FieldCheck check) {
    check.jsonPathOnly("ResultSelector", s.resultSelector).jsonPathOnly("ResultPath", s.resultPath);
    if (s.resultSelector != null) {
      check.template("ResultSelector", s.resultSelector);
    }
  }

  private static List<Retrier> retriers(ResilientStep<?> s) {
    // An array made into List.of, which the state's builder keeps without copying it again.
    Retrier[] retriers = new Retrier[s.retries.size()];
    for (int i = 0; i < retriers.length; i++) {
      retriers[i] = s.retries.get(i).toRetrier();
    }
    return List.of(retriers);
  }

  private List<Catcher> catchers(ResilientStep<?> s, FieldCheck check) {
    List<Catcher> catchers = new ArrayList<>();
    for (Catch c : s.catches) {
      check.jsonPathOnly("Catch ResultPath", c.resultPath).jsonataOnly("Catch Output", c.output);
      Template assign = c.assign == null ? null : new Template.ObjectTemplate(c.assign);
      if (assign != null) {
        check.template("Catch Assign", assign);
      }
      catchers.add(Catcher.builder().errorEquals(c.errors).next(c.handler.startStep().name())
          .resultPath(c.resultPath).output(c.output).assign(assign).comment(c.comment).build());
    }
    return catchers;
  }

  private PassState pass(PassStep s, FieldCheck check) {
    flow(s, check);
    check.jsonPathOnly("Parameters", s.parameters).jsonPathOnly("Result", s.result)
        .jsonPathOnly("ResultPath", s.resultPath);
    if (s.parameters != null) {
      check.template("Parameters", s.parameters);
    }
    return PassState.builder().name(s.name()).comment(s.comment).queryLanguage(s.queryLanguage)
        .inputPath(s.inputPath).parameters(s.parameters).result(s.result).resultPath(s.resultPath)
        .outputPath(s.outputPath).output(s.output).assign(assign(s, check))
        .next(next(s)).end(end(s)).build();
  }

  private WaitState waitState(WaitStep s, FieldCheck check) {
    flow(s, check);
    check.jsonPathOnly("SecondsPath", s.secondsPath).jsonPathOnly("TimestampPath", s.timestampPath)
        .jsonataOnly("a JSONata Seconds", s.seconds == null ? null : s.seconds.expression().orElse(null))
        .jsonataOnly("a JSONata Timestamp", s.timestamp == null ? null : s.timestamp.expression().orElse(null));
    if (s.seconds == null && s.secondsPath == null && s.timestamp == null && s.timestampPath == null) {
      problems.add("Wait state '" + s.name() + "' has no duration; set seconds, secondsPath, timestamp or timestampPath");
    }
    return WaitState.builder().name(s.name()).comment(s.comment).queryLanguage(s.queryLanguage)
        .inputPath(s.inputPath).seconds(s.seconds).secondsPath(s.secondsPath).timestamp(s.timestamp)
        .timestampPath(s.timestampPath).outputPath(s.outputPath).output(s.output).assign(assign(s, check))
        .next(next(s)).end(end(s)).build();
  }

  private ChoiceState choice(ChoiceStep s, FieldCheck check) {
    flow(s, check);
    if (s.rules.isEmpty()) {
      problems.add("Choice state '" + s.name() + "' has no rules; add at least one when(...)");
    }
    List<ChoiceRule> rules = new ArrayList<>();
    for (ChoiceStep.Rule rule : s.rules) {
      check.condition(rule.condition());
      ChoiceStep.RuleOptions options = rule.options();
      Template assign = options.assign == null ? null : new Template.ObjectTemplate(options.assign);
      if (assign != null) {
        check.template("a Choice rule's Assign", assign);
      }
      check.jsonataOnly("a Choice rule's Output", options.output);
      rules.add(ChoiceRule.builder().condition(rule.condition()).next(rule.target().startStep().name())
          .comment(options.comment).assign(assign).output(options.output).build());
    }
    return ChoiceState.builder().name(s.name()).comment(s.comment).queryLanguage(s.queryLanguage)
        .inputPath(s.inputPath).choices(rules)
        .defaultState(s.otherwise == null ? null : s.otherwise.startStep().name())
        .outputPath(s.outputPath).output(s.output).assign(assign(s, check)).build();
  }

  private ParallelState parallel(ParallelStep s, FieldCheck check) {
    flow(s, check);
    resilient(s, check);
    check.jsonPathOnly("Parameters", s.parameters).jsonataOnly("Arguments", s.arguments);
    if (s.parameters != null) {
      check.template("Parameters", s.parameters);
    }
    if (s.arguments != null) {
      check.template("Arguments", s.arguments);
    }
    if (s.branches.isEmpty()) {
      problems.add("Parallel state '" + s.name() + "' has no branches; add at least one branch(...)");
    }
    List<Branch> branches = new ArrayList<>();
    for (int i = 0; i < s.branches.size(); i++) {
      Scope branch = scope(s.branches.get(i), "branch " + (i + 1) + " of Parallel state '" + s.name() + "'");
      branches.add(Branch.builder().startAt(branch.startAt()).states(branch.states()).build());
    }
    return ParallelState.builder().name(s.name()).comment(s.comment).queryLanguage(s.queryLanguage)
        .branches(branches).inputPath(s.inputPath).parameters(s.parameters).arguments(s.arguments)
        .resultSelector(s.resultSelector).resultPath(s.resultPath).outputPath(s.outputPath).output(s.output)
        .assign(assign(s, check)).retry(retriers(s)).catchers(catchers(s, check))
        .next(next(s)).end(end(s)).build();
  }

  private MapState map(MapStep s, FieldCheck check) {
    flow(s, check);
    resilient(s, check);
    check.jsonPathOnly("ItemsPath", s.itemsPath).jsonataOnly("Items", s.items)
        .jsonPathOnly("MaxConcurrencyPath", s.maxConcurrencyPath)
        .jsonPathOnly("ToleratedFailurePercentagePath", s.toleratedFailurePercentagePath)
        .jsonPathOnly("ToleratedFailureCountPath", s.toleratedFailureCountPath);
    if (s.itemSelector != null) {
      check.template("ItemSelector", s.itemSelector);
    }
    if (s.items != null) {
      check.template("Items", s.items);
    }
    if (s.itemReader != null) {
      check.jsonPathOnly("ItemReader Parameters", s.itemReader.parameters().orElse(null))
          .jsonataOnly("ItemReader Arguments", s.itemReader.arguments().orElse(null));
      s.itemReader.parameters().ifPresent(t -> check.template("ItemReader Parameters", t));
      s.itemReader.arguments().ifPresent(t -> check.template("ItemReader Arguments", t));
      s.itemReader.readerConfig().flatMap(c -> c.maxItemsPath())
          .ifPresent(p -> check.jsonPathOnly("ReaderConfig MaxItemsPath", p));
    }
    if (s.resultWriter != null) {
      check.jsonPathOnly("ResultWriter Parameters", s.resultWriter.parameters().orElse(null))
          .jsonataOnly("ResultWriter Arguments", s.resultWriter.arguments().orElse(null));
      s.resultWriter.parameters().ifPresent(t -> check.template("ResultWriter Parameters", t));
      s.resultWriter.arguments().ifPresent(t -> check.template("ResultWriter Arguments", t));
    }
    if (s.itemBatcher != null) {
      s.itemBatcher.batchInput().ifPresent(t -> check.template("ItemBatcher BatchInput", t));
      check.jsonPathOnly("ItemBatcher MaxItemsPerBatchPath", s.itemBatcher.maxItemsPerBatchPath().orElse(null))
          .jsonPathOnly("ItemBatcher MaxInputBytesPerBatchPath", s.itemBatcher.maxInputBytesPerBatchPath().orElse(null));
    }
    boolean distributed = s.mode == dev.baton.model.ProcessorMode.DISTRIBUTED;
    if (!distributed && (s.itemReader != null || s.itemBatcher != null || s.resultWriter != null
        || s.toleratedFailureCount != null || s.toleratedFailurePercentage != null || s.label != null
        || s.toleratedFailureCountPath != null || s.toleratedFailurePercentagePath != null)) {
      problems.add("Map state '" + s.name() + "' uses distributed-mode fields (ItemReader, ItemBatcher, ResultWriter,"
          + " ToleratedFailure..., Label) but is INLINE; call distributed(ExecutionType...)");
    }
    ItemProcessor processor = null;
    if (s.processor == null) {
      problems.add("Map state '" + s.name() + "' has no item processor; call itemProcessor(...)");
    } else {
      Scope body = scope(s.processor, "the item processor of Map state '" + s.name() + "'");
      ProcessorConfig config = s.mode == null ? null
          : ProcessorConfig.builder().mode(s.mode).executionType(s.executionType).build();
      processor = ItemProcessor.builder().processorConfig(config).startAt(body.startAt()).states(body.states()).build();
    }
    return MapState.builder().name(s.name()).comment(s.comment).queryLanguage(s.queryLanguage)
        .itemProcessor(processor).itemReader(s.itemReader).items(s.items).itemsPath(s.itemsPath)
        .itemSelector(s.itemSelector).itemBatcher(s.itemBatcher).resultWriter(s.resultWriter)
        .maxConcurrency(s.maxConcurrency).maxConcurrencyPath(s.maxConcurrencyPath)
        .toleratedFailurePercentage(s.toleratedFailurePercentage)
        .toleratedFailurePercentagePath(s.toleratedFailurePercentagePath)
        .toleratedFailureCount(s.toleratedFailureCount).toleratedFailureCountPath(s.toleratedFailureCountPath)
        .label(s.label).inputPath(s.inputPath).resultSelector(s.resultSelector).resultPath(s.resultPath)
        .outputPath(s.outputPath).output(s.output).assign(assign(s, check))
        .retry(retriers(s)).catchers(catchers(s, check)).next(next(s)).end(end(s)).build();
  }
}
