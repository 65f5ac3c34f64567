package dev.baton.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.baton.expr.Path;
import dev.baton.model.Branch;
import dev.baton.model.Catcher;
import dev.baton.model.ChoiceState;
import dev.baton.model.FailState;
import dev.baton.model.ItemProcessor;
import dev.baton.model.MapState;
import dev.baton.model.NullablePath;
import dev.baton.model.ParallelState;
import dev.baton.model.PassState;
import dev.baton.model.Retrier;
import dev.baton.model.State;
import dev.baton.model.StateMachine;
import dev.baton.model.SucceedState;
import dev.baton.model.TaskState;
import dev.baton.model.Template;
import dev.baton.model.Value;
import dev.baton.model.WaitState;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Writes the model as canonical ASL JSON.
 *
 * <p>Keys come in one fixed order: Type, Comment, QueryLanguage, what the state does (Resource,
 * Choices, Branches, ItemProcessor, ...), then its input and output processing in the order it
 * happens, then Retry, Catch, Next and End.
 */
public final class AslWriter {
  static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  private AslWriter() {}

  /** The canonical JSON text of a state machine. */
  public static String write(StateMachine machine) {
    return CanonicalJson.print(toTree(machine));
  }

  /** The JSON tree of a state machine, with keys in canonical order. */
  public static ObjectNode toTree(StateMachine machine) {
    ObjectNode root = NODES.objectNode();
    machine.comment().ifPresent(c -> root.put("Comment", c));
    machine.version().ifPresent(v -> root.put("Version", v));
    machine.queryLanguage().ifPresent(q -> root.put("QueryLanguage", q.aslName()));
    machine.timeoutSeconds().ifPresent(t -> root.put("TimeoutSeconds", t));
    root.put("StartAt", machine.startAt());
    root.set("States", states(machine.states()));
    return root;
  }

  static ObjectNode states(Map<String, State> states) {
    ObjectNode node = NODES.objectNode();
    states.forEach((name, state) -> node.set(name, state(state)));
    return node;
  }

  /** The JSON tree of one state. */
  public static ObjectNode state(State state) {
    ObjectNode node = NODES.objectNode();
    node.put("Type", state.type().aslName());
    state.comment().ifPresent(c -> node.put("Comment", c));
    state.queryLanguage().ifPresent(q -> node.put("QueryLanguage", q.aslName()));
    if (state instanceof TaskState s) {
      task(s, node);
    } else if (state instanceof PassState s) {
      pass(s, node);
    } else if (state instanceof ChoiceState s) {
      ChoiceWriter.choice(s, node);
    } else if (state instanceof WaitState s) {
      waitState(s, node);
    } else if (state instanceof SucceedState s) {
      succeed(s, node);
    } else if (state instanceof FailState s) {
      fail(s, node);
    } else if (state instanceof ParallelState s) {
      parallel(s, node);
    } else if (state instanceof MapState s) {
      MapWriter.map(s, node);
    }
    return node;
  }

  private static void task(TaskState s, ObjectNode node) {
    node.put("Resource", s.resource());
    s.inputPath().ifPresent(p -> node.set("InputPath", path(p)));
    s.parameters().ifPresent(t -> node.set("Parameters", template(t)));
    s.arguments().ifPresent(t -> node.set("Arguments", template(t)));
    s.resultSelector().ifPresent(t -> node.set("ResultSelector", template(t)));
    s.resultPath().ifPresent(p -> node.set("ResultPath", path(p)));
    s.outputPath().ifPresent(p -> node.set("OutputPath", path(p)));
    s.output().ifPresent(t -> node.set("Output", template(t)));
    s.assign().ifPresent(t -> node.set("Assign", template(t)));
    s.timeoutSeconds().ifPresent(v -> node.set("TimeoutSeconds", value(v)));
    s.timeoutSecondsPath().ifPresent(p -> node.put("TimeoutSecondsPath", p.text()));
    s.heartbeatSeconds().ifPresent(v -> node.set("HeartbeatSeconds", value(v)));
    s.heartbeatSecondsPath().ifPresent(p -> node.put("HeartbeatSecondsPath", p.text()));
    s.credentials().ifPresent(t -> node.set("Credentials", template(t)));
    retryAndCatch(s.retry(), s.catchers(), node);
    transition(s.next().orElse(null), s.end().orElse(null), node);
  }

  private static void pass(PassState s, ObjectNode node) {
    s.inputPath().ifPresent(p -> node.set("InputPath", path(p)));
    s.parameters().ifPresent(t -> node.set("Parameters", template(t)));
    s.result().ifPresent(r -> node.set("Result", r));
    s.resultPath().ifPresent(p -> node.set("ResultPath", path(p)));
    s.outputPath().ifPresent(p -> node.set("OutputPath", path(p)));
    s.output().ifPresent(t -> node.set("Output", template(t)));
    s.assign().ifPresent(t -> node.set("Assign", template(t)));
    transition(s.next().orElse(null), s.end().orElse(null), node);
  }

  private static void waitState(WaitState s, ObjectNode node) {
    s.seconds().ifPresent(v -> node.set("Seconds", value(v)));
    s.secondsPath().ifPresent(p -> node.put("SecondsPath", p.text()));
    s.timestamp().ifPresent(v -> node.set("Timestamp", value(v)));
    s.timestampPath().ifPresent(p -> node.put("TimestampPath", p.text()));
    s.inputPath().ifPresent(p -> node.set("InputPath", path(p)));
    s.outputPath().ifPresent(p -> node.set("OutputPath", path(p)));
    s.output().ifPresent(t -> node.set("Output", template(t)));
    s.assign().ifPresent(t -> node.set("Assign", template(t)));
    transition(s.next().orElse(null), s.end().orElse(null), node);
  }

  private static void succeed(SucceedState s, ObjectNode node) {
    s.inputPath().ifPresent(p -> node.set("InputPath", path(p)));
    s.outputPath().ifPresent(p -> node.set("OutputPath", path(p)));
    s.output().ifPresent(t -> node.set("Output", template(t)));
  }

  private static void fail(FailState s, ObjectNode node) {
    s.error().ifPresent(v -> node.set("Error", value(v)));
    s.errorPath().ifPresent(d -> node.put("ErrorPath", d.text()));
    s.cause().ifPresent(v -> node.set("Cause", value(v)));
    s.causePath().ifPresent(d -> node.put("CausePath", d.text()));
  }

  private static void parallel(ParallelState s, ObjectNode node) {
    ArrayNode branches = node.putArray("Branches");
    s.branches().forEach(b -> branches.add(branch(b)));
    s.inputPath().ifPresent(p -> node.set("InputPath", path(p)));
    s.parameters().ifPresent(t -> node.set("Parameters", template(t)));
    s.arguments().ifPresent(t -> node.set("Arguments", template(t)));
    s.resultSelector().ifPresent(t -> node.set("ResultSelector", template(t)));
    s.resultPath().ifPresent(p -> node.set("ResultPath", path(p)));
    s.outputPath().ifPresent(p -> node.set("OutputPath", path(p)));
    s.output().ifPresent(t -> node.set("Output", template(t)));
    s.assign().ifPresent(t -> node.set("Assign", template(t)));
    retryAndCatch(s.retry(), s.catchers(), node);
    transition(s.next().orElse(null), s.end().orElse(null), node);
  }

  static ObjectNode branch(Branch branch) {
    ObjectNode node = NODES.objectNode();
    branch.comment().ifPresent(c -> node.put("Comment", c));
    node.put("StartAt", branch.startAt());
    node.set("States", states(branch.states()));
    return node;
  }

  static ObjectNode processor(ItemProcessor processor) {
    ObjectNode node = NODES.objectNode();
    processor.comment().ifPresent(c -> node.put("Comment", c));
    processor.processorConfig().ifPresent(config -> {
      ObjectNode c = node.putObject("ProcessorConfig");
      config.mode().ifPresent(m -> c.put("Mode", m.name()));
      config.executionType().ifPresent(e -> c.put("ExecutionType", e.name()));
    });
    node.put("StartAt", processor.startAt());
    node.set("States", states(processor.states()));
    return node;
  }

  static void retryAndCatch(List<Retrier> retry, List<Catcher> catchers, ObjectNode node) {
    if (!retry.isEmpty()) {
      ArrayNode array = node.putArray("Retry");
      for (Retrier r : retry) {
        ObjectNode o = array.addObject();
        ArrayNode errors = o.putArray("ErrorEquals");
        r.errorEquals().forEach(errors::add);
        r.intervalSeconds().ifPresent(v -> o.put("IntervalSeconds", v));
        r.maxAttempts().ifPresent(v -> o.put("MaxAttempts", v));
        r.backoffRate().ifPresent(v -> o.set("BackoffRate", number(v)));
        r.maxDelaySeconds().ifPresent(v -> o.put("MaxDelaySeconds", v));
        r.jitterStrategy().ifPresent(v -> o.put("JitterStrategy", v.name()));
        r.comment().ifPresent(v -> o.put("Comment", v));
      }
    }
    if (!catchers.isEmpty()) {
      ArrayNode array = node.putArray("Catch");
      for (Catcher c : catchers) {
        ObjectNode o = array.addObject();
        ArrayNode errors = o.putArray("ErrorEquals");
        c.errorEquals().forEach(errors::add);
        c.resultPath().ifPresent(p -> o.set("ResultPath", path(p)));
        c.output().ifPresent(t -> o.set("Output", template(t)));
        c.assign().ifPresent(t -> o.set("Assign", template(t)));
        c.comment().ifPresent(v -> o.put("Comment", v));
        o.put("Next", c.next());
      }
    }
  }

  static void transition(String next, Boolean end, ObjectNode node) {
    if (next != null) {
      node.put("Next", next);
    }
    if (end != null) {
      node.put("End", end);
    }
  }

  static JsonNode path(NullablePath<? extends Path> path) {
    return path.isNull() ? NODES.nullNode() : NODES.textNode(path.pathOrNull().text());
  }

  static JsonNode value(Value<?> value) {
    if (value instanceof Value.Expression<?> e) {
      return NODES.textNode(e.jsonata().text());
    }
    Object literal = ((Value.Literal<?>) value).value();
    if (literal instanceof Integer i) {
      return NODES.numberNode(i);
    }
    if (literal instanceof BigDecimal d) {
      return number(d);
    }
    if (literal instanceof Boolean b) {
      return NODES.booleanNode(b);
    }
    return NODES.textNode(literal.toString());
  }

  static JsonNode number(BigDecimal value) {
    // An integral value is written without a fraction: BackoffRate 2 stays 2, 2.0 stays 2.0.
    if (value.scale() <= 0) {
      try {
        return NODES.numberNode(value.longValueExact());
      } catch (ArithmeticException tooLarge) {
        return NODES.numberNode(value);
      }
    }
    return NODES.numberNode(value);
  }

  /** The JSON of a template: Dynamic values under {@code name.$} keys, JSONata as its string. */
  public static JsonNode template(Template template) {
    if (template instanceof Template.Literal l) {
      return l.value();
    }
    if (template instanceof Template.JsonataValue j) {
      return NODES.textNode(j.expression().text());
    }
    if (template instanceof Template.Dynamic d) {
      return NODES.textNode(d.text());
    }
    if (template instanceof Template.ArrayTemplate a) {
      ArrayNode array = NODES.arrayNode(a.items().size());
      a.items().forEach(item -> array.add(template(item)));
      return array;
    }
    ObjectNode object = NODES.objectNode();
    ((Template.ObjectTemplate) template).fields().forEach((name, value) ->
        object.set(value instanceof Template.Dynamic ? name + ".$" : name, template(value)));
    return object;
  }
}
