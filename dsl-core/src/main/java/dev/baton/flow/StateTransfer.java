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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The data flow through one state, in the order Step Functions processes it: InputPath,
 * Parameters or Arguments, the result, ResultSelector, ResultPath, OutputPath or Output, Assign;
 * and the error output along Catch edges.
 */
final class StateTransfer {
  private final FlowAnalyzer analyzer;

  StateTransfer(FlowAnalyzer analyzer) {
    this.analyzer = analyzer;
  }

  Transfer apply(State s, Shape raw, Variables vars, Evaluator reads, String p) {
    Evaluator ev = reads;
    boolean jsonata = s.queryLanguage().orElse(analyzer.topLevel) == QueryLanguage.JSONATA;
    Shape context = analyzer.context(s instanceof TaskState);
    Evaluator.Env env = new Evaluator.Env(raw, null, null, context, vars);
    Shape effective = jsonata ? raw : select(s.inputPath(), raw, env, ev, p + "/InputPath", "InputPath", s);
    env = env.withDollar(effective);
    Shape request = request(s, env, ev, p, jsonata);
    Shape result = result(s, effective, request, vars, ev, p, jsonata);
    checks(s, raw, env, ev, p, jsonata);

    Shape output;
    Map<String, Shape> assigned;
    if (jsonata) {
      Evaluator.Env withResult = new Evaluator.Env(raw, result, null, context, vars);
      Optional<Template> outputField = s.output();
      output = outputField.map(t -> ev.template(t, withResult, p + "/Output", "Output"))
          .orElse(result != null ? result : raw);
      assigned = assign(s.assign(), withResult, ev, p + "/Assign");
    } else {
      Shape selected = result;
      if (result != null && s.resultSelector().isPresent()) {
        selected = ev.template(s.resultSelector().get(), env.withDollar(result), p + "/ResultSelector", "ResultSelector");
      }
      Shape afterResultPath = resultPath(s, raw, selected);
      output = select(s.outputPath(), afterResultPath, env, ev, p + "/OutputPath", "OutputPath", s);
      // Assign may read the state's result or its input: a value is only reported missing from both.
      Shape assignRoot = selected == null ? effective : new Shape.Union(List.of(effective, selected));
      assigned = assign(s.assign(), env.withDollar(assignRoot), ev, p + "/Assign");
    }
    Variables after = vars.assign(assigned);
    Shape out = output;
    List<Transfer.Edge> edges = new ArrayList<>();
    s.next().ifPresent(n -> edges.add(new Transfer.Edge(n, out, after)));
    if (s instanceof ChoiceState choice) {
      List<ChoiceRule> rules = choice.choices();
      for (int i = 0; i < rules.size(); i++) {
        ChoiceRule rule = rules.get(i);
        String at = p + "/Choices/" + i;
        Shape ruleOutput = jsonata && rule.output().isPresent()
            ? ev.template(rule.output().get(), env, at + "/Output", "Output of rule " + i) : output;
        Map<String, Shape> ruleAssigned = assign(rule.assign(), env, ev, at + "/Assign");
        edges.add(new Transfer.Edge(rule.next(), ruleOutput, after.assign(ruleAssigned)));
      }
      choice.defaultState().ifPresent(d -> edges.add(new Transfer.Edge(d, out, after)));
    }
    List<Catcher> catchers = s.catchers();
    Shape error = catchers.isEmpty() ? null : TaskResults.errorOutput(s.name());
    for (int i = 0; i < catchers.size(); i++) {
      Catcher c = catchers.get(i);
      int index = i;
      String at = p + "/Catch/" + i;
      Evaluator.Env errorEnv = new Evaluator.Env(error, null, error, context, vars);
      Shape handlerInput;
      if (jsonata) {
        handlerInput = c.output().map(t -> ev.template(t, new Evaluator.Env(raw, null, error, context, vars),
            at + "/Output", "Output of catcher " + index)).orElse(error);
      } else {
        handlerInput = c.resultPath().map(rp -> rp.isNull() ? raw
            : ShapePaths.set(raw, rp.pathOrNull().segments(), error, "")).orElse(error);
      }
      Map<String, Shape> catchAssigned = assign(c.assign(), jsonata
          ? new Evaluator.Env(raw, null, error, context, vars) : errorEnv, ev, at + "/Assign");
      edges.add(new Transfer.Edge(c.next(), handlerInput, vars.assign(catchAssigned)));
    }
    return new Transfer(edges, s.isTerminal() && !(s instanceof FailState) ? output : Shape.NOTHING);
  }

  private Shape request(State s, Evaluator.Env env, Evaluator ev, String p, boolean jsonata) {
    Optional<Template> template = Optional.empty();
    String field = jsonata ? "Arguments" : "Parameters";
    if (s instanceof TaskState t) {
      template = jsonata ? t.arguments() : t.parameters();
    } else if (s instanceof PassState t) {
      template = t.parameters();
    } else if (s instanceof ParallelState t) {
      template = jsonata ? t.arguments() : t.parameters();
    }
    if (template.isEmpty()) {
      return null;
    }
    Shape shape = ev.template(template.get(), env, p + "/" + field, field);
    return shape instanceof Shape.ObjectShape o
        ? new Shape.ObjectShape(o.fields(), o.open(), "the " + field + " of state '" + s.name() + "'") : shape;
  }

  private Shape result(State s, Shape effective, Shape request, Variables vars, Evaluator ev, String p,
      boolean jsonata) {
    if (s instanceof TaskState task) {
      Shape declared = analyzer.hints.taskResults().get(s.name());
      return declared != null ? declared : TaskResults.resultOf(task.resource(), s.name());
    }
    if (s instanceof PassState pass) {
      if (pass.result().isPresent()) {
        return Shapes.of(pass.result().get(), "the Result of Pass state '" + s.name() + "'");
      }
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
  private void checks(State s, Shape raw, Evaluator.Env env, Evaluator ev, String p, boolean jsonata) {
    if (s instanceof ChoiceState choice && !jsonata) {
      List<ChoiceRule> rules = choice.choices();
      java.util.Set<String> guarded = new java.util.HashSet<>();
      rules.forEach(r -> presenceTests(r.condition(), guarded));
      for (int i = 0; i < rules.size(); i++) {
        condition(rules.get(i).condition(), env, ev, p + "/Choices/" + i, guarded);
      }
    } else if (s instanceof ChoiceState choice) {
      for (int i = 0; i < choice.choices().size(); i++) {
        if (choice.choices().get(i).condition() instanceof Condition.JsonataCondition c) {
          int rule = i;
          c.condition().expression().ifPresent(j ->
              JsonataReferences.reads(j.expression(), env, p + "/Choices/" + rule + "/Condition", "Condition", ev.reads));
        }
      }
    } else if (s instanceof WaitState wait) {
      wait.secondsPath().ifPresent(path -> ev.read(path, env, p + "/SecondsPath", "SecondsPath"));
      wait.timestampPath().ifPresent(path -> ev.read(path, env, p + "/TimestampPath", "TimestampPath"));
    } else if (s instanceof TaskState task) {
      // Whether these read the raw or the effective input is not pinned down; only a path missing
      // from both is reported.
      Evaluator.Env either = env.withDollar(new Shape.Union(List.of(raw, env.dollar())));
      task.timeoutSecondsPath().ifPresent(path -> ev.read(path, either, p + "/TimeoutSecondsPath", "TimeoutSecondsPath"));
      task.heartbeatSecondsPath().ifPresent(path -> ev.read(path, either, p + "/HeartbeatSecondsPath", "HeartbeatSecondsPath"));
      task.credentials().ifPresent(t -> ev.template(t, env, p + "/Credentials", "Credentials"));
    } else if (s instanceof FailState fail) {
      fail.errorPath().ifPresent(d -> ev.template(d, env, p + "/ErrorPath", "ErrorPath"));
      fail.causePath().ifPresent(d -> ev.template(d, env, p + "/CausePath", "CausePath"));
    }
  }

  private static void presenceTests(Condition condition, java.util.Set<String> guarded) {
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

  private static void condition(Condition condition, Evaluator.Env env, Evaluator ev, String p,
      java.util.Set<String> guarded) {
    if (condition instanceof Condition.Comparison c) {
      // IsPresent exists to test what may be missing; a path it guards is not reported.
      if (!guarded.contains(c.variable().text())) {
        ev.read(c.variable(), env, p + "/Variable", "Variable");
      }
      if (c.operand() instanceof Template.Dynamic d && d.expression() instanceof Path other
          && !guarded.contains(other.text())) {
        ev.read(other, env, p + "/" + c.operator().aslName(), c.operator().aslName());
      }
    } else if (condition instanceof Condition.And and) {
      for (int i = 0; i < and.conditions().size(); i++) {
        condition(and.conditions().get(i), env, ev, p + "/And/" + i, guarded);
      }
    } else if (condition instanceof Condition.Or or) {
      for (int i = 0; i < or.conditions().size(); i++) {
        condition(or.conditions().get(i), env, ev, p + "/Or/" + i, guarded);
      }
    } else if (condition instanceof Condition.Not not) {
      condition(not.condition(), env, ev, p + "/Not", guarded);
    }
  }

  private Map<String, Shape> assign(Optional<Template> assign, Evaluator.Env env, Evaluator ev, String p) {
    Map<String, Shape> assigned = new LinkedHashMap<>();
    if (assign.orElse(null) instanceof Template.ObjectTemplate object) {
      object.fields().forEach((name, value) -> {
        String key = value instanceof Template.Dynamic ? name + ".$" : name;
        assigned.put(name, ev.template(value, env, dev.baton.json.JsonPointers.child(p, key), "Assign '" + key + "'"));
      });
    }
    return assigned;
  }

  private Shape select(Optional<NullablePath<Path>> path, Shape from, Evaluator.Env env, Evaluator ev, String p,
      String field, State s) {
    if (path.isEmpty()) {
      return from;
    }
    if (path.get().isNull()) {
      return Shape.ObjectShape.closed(Map.of(), "the empty object that \"" + field + "\": null gives state '"
          + s.name() + "'");
    }
    Path selected = path.get().pathOrNull();
    Shape shape = ev.read(selected, env.withDollar(from), p, field);
    if (selected.segments().isEmpty() || !(shape instanceof Shape.ObjectShape object)) {
      return shape;
    }
    return new Shape.ObjectShape(object.fields(), object.open(), "the value that " + field + " '" + selected.text()
        + "' of state '" + s.name() + "' selected");
  }

  private static Shape resultPath(State s, Shape raw, Shape result) {
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
    return ShapePaths.set(raw, path.get().pathOrNull().segments(), result,
        "made by the ResultPath '" + path.get().pathOrNull().text() + "' of state '" + s.name() + "'");
  }
}
