package dev.baton.flow;

import dev.baton.expr.Path;
import dev.baton.model.Catcher;
import dev.baton.model.ChoiceRule;
import dev.baton.model.ChoiceState;
import dev.baton.model.Condition;
import dev.baton.model.FailState;
import dev.baton.model.MapState;
import dev.baton.model.NullablePath;
import dev.baton.model.ParallelState;
import dev.baton.model.PassState;
import dev.baton.model.QueryLanguage;
import dev.baton.model.State;
import dev.baton.model.TaskState;
import dev.baton.model.Template;
import dev.baton.model.WaitState;
import dev.baton.expr.ReferencePath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The data flow through one state, in the order Step Functions processes it: InputPath,
 * Parameters or Arguments, the result, ResultSelector, ResultPath, OutputPath or Output, Assign;
 * and the error output along Catch edges.
 */
final class StateTransfer {
  private static final Place INPUT_PATH = Place.of("InputPath");
  private static final Place PARAMETERS = Place.of("Parameters");
  private static final Place ARGUMENTS = Place.of("Arguments");
  private static final Place OUTPUT_PATH = Place.of("OutputPath");
  private static final Place OUTPUT = Place.of("Output");
  private static final Place RESULT_SELECTOR = Place.of("ResultSelector");
  private static final Place ASSIGN = Place.of("Assign");
  private static final Place CONDITION = Place.of("Condition");
  private static final Place VARIABLE = Place.of("Variable");
  private static final Place SECONDS_PATH = Place.of("SecondsPath");
  private static final Place TIMESTAMP_PATH = Place.of("TimestampPath");
  private static final Place TIMEOUT_SECONDS_PATH = Place.of("TimeoutSecondsPath");
  private static final Place HEARTBEAT_SECONDS_PATH = Place.of("HeartbeatSecondsPath");
  private static final Place CREDENTIALS = Place.of("Credentials");
  private static final Place ERROR_PATH = Place.of("ErrorPath");
  private static final Place CAUSE_PATH = Place.of("CausePath");

  private final FlowAnalyzer analyzer;
  // What each state's transfer makes alike on every visit, made on its first: the fixpoint visits
  // states again and again, and joins of shapes that are the same object are immediate.
  private final Map<State, Facts> facts;

  StateTransfer(FlowAnalyzer analyzer, int states) {
    this.analyzer = analyzer;
    this.facts = new IdentityHashMap<>(states);
  }

  /** What a state's transfer makes alike on every visit. */
  private final class Facts {
    final boolean jsonata;
    final Shape context;
    /** Parameters or Arguments, and how messages name them. */
    final Optional<Template> request;
    final String requestField;
    final String requestSuffix;
    final Place requestName;
    final String requestOrigin;
    /** A Task's result, or a Pass state's Result; null for other states and a Pass without Result. */
    final Shape fixedResult;
    /** What catchers receive; null without catchers. */
    final Shape error;
    /** What objects that ResultPath has to make are said to be made by; null without a ResultPath. */
    final java.util.function.Supplier<String> resultPathOrigin;
    /** The paths that a Choice state's IsPresent tests guard; null for other states. */
    final Set<String> guarded;

    Facts(State s) {
      jsonata = s.queryLanguage().orElse(analyzer.topLevel) == QueryLanguage.JSONATA;
      context = analyzer.context(s instanceof TaskState);
      requestField = jsonata ? "Arguments" : "Parameters";
      requestSuffix = jsonata ? "/Arguments" : "/Parameters";
      requestName = jsonata ? ARGUMENTS : PARAMETERS;
      if (s instanceof TaskState t) {
        request = jsonata ? t.arguments() : t.parameters();
      } else if (s instanceof PassState t) {
        request = t.parameters();
      } else if (s instanceof ParallelState t) {
        request = jsonata ? t.arguments() : t.parameters();
      } else {
        request = Optional.empty();
      }
      requestOrigin = request.isEmpty() ? null : "the " + requestField + " of state '" + s.name() + "'";
      if (s instanceof TaskState task) {
        Shape declared = analyzer.hints.taskResults().get(s.name());
        fixedResult = declared != null ? declared : TaskResults.resultOf(task.resource(), s.name());
      } else if (s instanceof PassState pass && pass.result().isPresent()) {
        fixedResult = Shapes.of(pass.result().get(), "the Result of Pass state '" + s.name() + "'");
      } else {
        fixedResult = null;
      }
      error = s.catchers().isEmpty() ? null : TaskResults.errorOutput(s.name());
      Optional<NullablePath<ReferencePath>> resultPath = s.resultPath();
      resultPathOrigin = resultPath.isEmpty() || resultPath.get().isNull() ? null
          : () -> "made by the ResultPath '" + resultPath.get().pathOrNull().text() + "' of state '" + s.name() + "'";
      if (s instanceof ChoiceState choice && !jsonata) {
        Set<String> tested = new HashSet<>();
        choice.choices().forEach(r -> presenceTests(r.condition(), tested));
        guarded = tested.isEmpty() ? Set.of() : tested;
      } else {
        guarded = null;
      }
    }
  }

  /**
   * Whether a state's transfer reads nothing and sends nothing: a Fail state without ErrorPath or
   * CausePath, or, when nobody uses what its scope ends with, a Succeed state without InputPath,
   * OutputPath or Output. Visiting one changes nothing, whatever its input.
   */
  static boolean inert(State s, boolean outputUsed) {
    boolean readsNothing = s.inputPath().isEmpty() && s.outputPath().isEmpty() && s.output().isEmpty()
        && s.assign().isEmpty() && s.resultSelector().isEmpty() && s.next().isEmpty() && s.catchers().isEmpty();
    if (s instanceof FailState fail) {
      return readsNothing && fail.errorPath().isEmpty() && fail.causePath().isEmpty();
    }
    return s instanceof dev.baton.model.SucceedState && readsNothing && !outputUsed;
  }

  Transfer apply(State s, Shape raw, Variables vars, Evaluator reads, Place p) {
    Evaluator ev = reads;
    Facts known = facts.computeIfAbsent(s, Facts::new);
    boolean jsonata = known.jsonata;
    Shape context = known.context;
    Evaluator.Env env = new Evaluator.Env(raw, null, null, context, vars);
    Shape effective = jsonata ? raw : select(s.inputPath(), raw, env, ev, p, "/InputPath", INPUT_PATH, s);
    env = env.withDollar(effective);
    Shape request = request(known, env, ev, p);
    Shape result = result(s, known, effective, request, vars, ev, p, jsonata);
    checks(s, known, raw, env, ev, p, jsonata);

    Shape output;
    Map<String, Shape> assigned;
    if (jsonata) {
      Evaluator.Env withResult = new Evaluator.Env(raw, result, null, context, vars);
      Optional<Template> outputField = s.output();
      output = outputField.isPresent() ? ev.template(outputField.get(), withResult, p.then("/Output"), OUTPUT)
          : result != null ? result : raw;
      assigned = assign(s.assign(), withResult, ev, p, "/Assign");
    } else {
      Shape selected = result;
      if (result != null && s.resultSelector().isPresent()) {
        selected = ev.template(s.resultSelector().get(), env.withDollar(result), p.then("/ResultSelector"),
            RESULT_SELECTOR);
      }
      Shape afterResultPath = resultPath(s, known, raw, selected);
      output = select(s.outputPath(), afterResultPath, env, ev, p, "/OutputPath", OUTPUT_PATH, s);
      Optional<Template> assign = s.assign();
      if (assign.isPresent()) {
        // Assign may read the state's result or its input: a value is only reported missing from both.
        Shape assignRoot = selected == null ? effective : new Shape.Union(List.of(effective, selected));
        assigned = assign(assign, env.withDollar(assignRoot), ev, p, "/Assign");
      } else {
        assigned = Map.of();
      }
    }
    Variables after = vars.assign(assigned);
    List<Transfer.Edge> edges = new ArrayList<>(4);
    Optional<String> next = s.next();
    if (next.isPresent()) {
      edges.add(new Transfer.Edge(next.get(), output, after));
    }
    if (s instanceof ChoiceState choice) {
      List<ChoiceRule> rules = choice.choices();
      for (int i = 0; i < rules.size(); i++) {
        ChoiceRule rule = rules.get(i);
        Shape ruleOutput = jsonata && rule.output().isPresent()
            ? ev.template(rule.output().get(), env, p.then("/Choices").index(i).then("/Output"),
                Place.of("Output of rule " + i))
            : output;
        Map<String, Shape> ruleAssigned = rule.assign().isPresent()
            ? assign(rule.assign(), env, ev, p.then("/Choices").index(i), "/Assign") : Map.of();
        edges.add(new Transfer.Edge(rule.next(), ruleOutput, after.assign(ruleAssigned)));
      }
      Optional<String> otherwise = choice.defaultState();
      if (otherwise.isPresent()) {
        edges.add(new Transfer.Edge(otherwise.get(), output, after));
      }
    }
    List<Catcher> catchers = s.catchers();
    Shape error = known.error;
    for (int i = 0; i < catchers.size(); i++) {
      Catcher c = catchers.get(i);
      Shape handlerInput;
      if (jsonata) {
        Optional<Template> catcherOutput = c.output();
        handlerInput = catcherOutput.isPresent()
            ? ev.template(catcherOutput.get(), new Evaluator.Env(raw, null, error, context, vars),
                p.then("/Catch").index(i).then("/Output"), Place.of("Output of catcher " + i))
            : error;
      } else {
        Optional<NullablePath<ReferencePath>> resultPath = c.resultPath();
        handlerInput = resultPath.isEmpty() ? error : resultPath.get().isNull() ? raw
            : ShapePaths.set(raw, resultPath.get().pathOrNull().segments(), error, "");
      }
      Map<String, Shape> catchAssigned = Map.of();
      if (c.assign().isPresent()) {
        Evaluator.Env catchEnv = jsonata ? new Evaluator.Env(raw, null, error, context, vars)
            : new Evaluator.Env(error, null, error, context, vars);
        catchAssigned = assign(c.assign(), catchEnv, ev, p.then("/Catch").index(i), "/Assign");
      }
      edges.add(new Transfer.Edge(c.next(), handlerInput, vars.assign(catchAssigned)));
    }
    return new Transfer(edges, s.isTerminal() && !(s instanceof FailState) ? output : Shape.NOTHING);
  }

  private Shape request(Facts known, Evaluator.Env env, Evaluator ev, Place p) {
    if (known.request.isEmpty()) {
      return null;
    }
    Shape shape = ev.template(known.request.get(), env, p.then(known.requestSuffix), known.requestName);
    return shape instanceof Shape.ObjectShape o ? new Shape.ObjectShape(o.fields(), o.open(), known.requestOrigin)
        : shape;
  }

  private Shape result(State s, Facts known, Shape effective, Shape request, Variables vars, Evaluator ev, Place p,
      boolean jsonata) {
    if (known.fixedResult != null) {
      return known.fixedResult;
    }
    if (s instanceof PassState) {
      return request != null ? request : effective;
    }
    if (s instanceof ParallelState parallel) {
      Shape branchInput = request != null ? request : effective;
      List<Shape> outputs = new ArrayList<>();
      Shape items = Shape.NOTHING;
      for (int i = 0; i < parallel.branches().size(); i++) {
        Shape out = analyzer.runBranch(parallel, i, branchInput, vars);
        outputs.add(out);
        items = Shapes.join(items, out);
      }
      return new Shape.ArrayShape(items instanceof Shape.Nothing ? Shape.OPEN : items, outputs);
    }
    if (s instanceof MapState map) {
      return MapTransfer.result(analyzer, map, effective, vars, ev, p, jsonata);
    }
    return null;
  }

  /** Reads that decide nothing about the output: Choice tests, Wait and timeout paths, Fail paths. */
  private void checks(State s, Facts known, Shape raw, Evaluator.Env env, Evaluator ev, Place p, boolean jsonata) {
    if (s instanceof ChoiceState choice && !jsonata) {
      List<ChoiceRule> rules = choice.choices();
      for (int i = 0; i < rules.size(); i++) {
        condition(rules.get(i).condition(), env, ev, p.then("/Choices").index(i), known.guarded);
      }
    } else if (s instanceof ChoiceState choice) {
      for (int i = 0; i < choice.choices().size(); i++) {
        if (choice.choices().get(i).condition() instanceof Condition.JsonataCondition c
            && c.condition().expression().isPresent()) {
          JsonataReferences.reads(c.condition().expression().get().expression(), env,
              p.then("/Choices").index(i).then("/Condition"), CONDITION, ev.reads);
        }
      }
    } else if (s instanceof WaitState wait) {
      wait.secondsPath().ifPresent(path -> ev.read(path, env, p.then("/SecondsPath"), SECONDS_PATH));
      wait.timestampPath().ifPresent(path -> ev.read(path, env, p.then("/TimestampPath"), TIMESTAMP_PATH));
    } else if (s instanceof TaskState task) {
      Optional<ReferencePath> timeout = task.timeoutSecondsPath();
      Optional<ReferencePath> heartbeat = task.heartbeatSecondsPath();
      if (timeout.isPresent() || heartbeat.isPresent()) {
        // Whether these read the raw or the effective input is not pinned down; only a path missing
        // from both is reported.
        Evaluator.Env either = env.withDollar(new Shape.Union(List.of(raw, env.dollar())));
        timeout.ifPresent(path -> ev.read(path, either, p.then("/TimeoutSecondsPath"), TIMEOUT_SECONDS_PATH));
        heartbeat.ifPresent(path -> ev.read(path, either, p.then("/HeartbeatSecondsPath"), HEARTBEAT_SECONDS_PATH));
      }
      task.credentials().ifPresent(t -> ev.template(t, env, p.then("/Credentials"), CREDENTIALS));
    } else if (s instanceof FailState fail) {
      fail.errorPath().ifPresent(d -> ev.template(d, env, p.then("/ErrorPath"), ERROR_PATH));
      fail.causePath().ifPresent(d -> ev.template(d, env, p.then("/CausePath"), CAUSE_PATH));
    }
  }

  private static void presenceTests(Condition condition, Set<String> guarded) {
    if (condition instanceof Condition.Comparison c
        && c.operator() == dev.baton.model.ComparisonOperator.IS_PRESENT) {
      guarded.add(c.variable().text());
    } else if (condition instanceof Condition.And and) {
      and.conditions().forEach(x -> presenceTests(x, guarded));
    } else if (condition instanceof Condition.Or or) {
      or.conditions().forEach(x -> presenceTests(x, guarded));
    } else if (condition instanceof Condition.Not not) {
      presenceTests(not.condition(), guarded);
    }
  }

  private static void condition(Condition condition, Evaluator.Env env, Evaluator ev, Place p, Set<String> guarded) {
    if (condition instanceof Condition.Comparison c) {
      // IsPresent exists to test what may be missing; a path it guards is not reported.
      if (!guarded.contains(c.variable().text())) {
        ev.read(c.variable(), env, p.then("/Variable"), VARIABLE);
      }
      if (c.operand() instanceof Template.Dynamic d && d.expression() instanceof Path other
          && !guarded.contains(other.text())) {
        String operator = c.operator().aslName();
        ev.read(other, env, p.then("/" + operator), Place.of(operator));
      }
    } else if (condition instanceof Condition.And and) {
      for (int i = 0; i < and.conditions().size(); i++) {
        condition(and.conditions().get(i), env, ev, p.then("/And").index(i), guarded);
      }
    } else if (condition instanceof Condition.Or or) {
      for (int i = 0; i < or.conditions().size(); i++) {
        condition(or.conditions().get(i), env, ev, p.then("/Or").index(i), guarded);
      }
    } else if (condition instanceof Condition.Not not) {
      condition(not.condition(), env, ev, p.then("/Not"), guarded);
    }
  }

  /** The variables an Assign field sets, with their shapes; {@code p} + {@code field} is where it is. */
  private Map<String, Shape> assign(Optional<Template> assign, Evaluator.Env env, Evaluator ev, Place p,
      String field) {
    if (!(assign.orElse(null) instanceof Template.ObjectTemplate object)) {
      return Map.of();
    }
    Map<String, Shape> assigned = new LinkedHashMap<>();
    Place at = p.then(field);
    object.fields().forEach((name, value) -> {
      boolean dynamic = value instanceof Template.Dynamic;
      assigned.put(name, ev.template(value, env, at.member(name, dynamic), ASSIGN.quoted(name, dynamic)));
    });
    return assigned;
  }

  private Shape select(Optional<NullablePath<Path>> path, Shape from, Evaluator.Env env, Evaluator ev, Place p,
      String suffix, Place field, State s) {
    if (path.isEmpty()) {
      return from;
    }
    if (path.get().isNull()) {
      return Shape.ObjectShape.closed(Map.of(), "the empty object that \"" + field + "\": null gives state '"
          + s.name() + "'");
    }
    Path selected = path.get().pathOrNull();
    Shape shape = ev.read(selected, env.withDollar(from), p.then(suffix), field);
    if (selected.segments().isEmpty() || !(shape instanceof Shape.ObjectShape object)) {
      return shape;
    }
    return new Shape.ObjectShape(object.fields(), object.open(), "the value that " + field + " '" + selected.text()
        + "' of state '" + s.name() + "' selected");
  }

  private static Shape resultPath(State s, Facts known, Shape raw, Shape result) {
    if (result == null) {
      return raw;
    }
    Optional<NullablePath<dev.baton.expr.ReferencePath>> path = s.resultPath();
    if (path.isEmpty()) {
      return result;
    }
    if (path.get().isNull()) {
      return raw;
    }
    return ShapePaths.set(raw, path.get().pathOrNull().segments(), result, known.resultPathOrigin);
  }

}
