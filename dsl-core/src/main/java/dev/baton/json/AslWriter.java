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
 * Writes the model as canonical ASL JSON, printing as it walks the model (no intermediate tree).
 *
 * <p>Keys come in one fixed order: Type, Comment, QueryLanguage, what the state does (Resource,
 * Choices, Branches, ItemProcessor, ...), then its input and output processing in the order it
 * happens, then Retry, Catch, Next and End.
 */
public final class AslWriter {
  static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
  /** About what one state takes in canonical JSON; sizing the buffer up front saves regrowing it. */
  private static final int BYTES_PER_STATE = 640;

  private AslWriter() {}

  /** The canonical JSON text of a state machine. */
  public static String write(StateMachine machine) {
    CanonicalWriter w = new CanonicalWriter(Math.max(4096, machine.states().size() * BYTES_PER_STATE));
    w.beginObject();
    machine.comment().ifPresent(c -> w.name("Comment").string(c));
    machine.version().ifPresent(v -> w.name("Version").string(v));
    machine.queryLanguage().ifPresent(q -> w.name("QueryLanguage").string(q.aslName()));
    machine.timeoutSeconds().ifPresent(t -> w.name("TimeoutSeconds").number(t));
    w.name("StartAt").string(machine.startAt());
    states(machine.states(), w.name("States"));
    w.endObject();
    return w.finish();
  }

  static void states(Map<String, State> states, CanonicalWriter w) {
    w.beginObject();
    states.forEach((name, state) -> state(state, w.name(name)));
    w.endObject();
  }

  private static void state(State state, CanonicalWriter w) {
    w.beginObject();
    w.name("Type").string(state.type().aslName());
    state.comment().ifPresent(c -> w.name("Comment").string(c));
    state.queryLanguage().ifPresent(q -> w.name("QueryLanguage").string(q.aslName()));
    if (state instanceof TaskState s) {
      task(s, w);
    } else if (state instanceof PassState s) {
      pass(s, w);
    } else if (state instanceof ChoiceState s) {
      ChoiceWriter.choice(s, w);
    } else if (state instanceof WaitState s) {
      waitState(s, w);
    } else if (state instanceof SucceedState s) {
      inputOutput(s, w);
    } else if (state instanceof FailState s) {
      fail(s, w);
    } else if (state instanceof ParallelState s) {
      parallel(s, w);
    } else if (state instanceof MapState s) {
      MapWriter.map(s, w);
    }
    w.endObject();
  }

  private static void task(TaskState s, CanonicalWriter w) {
    w.name("Resource").string(s.resource());
    s.inputPath().ifPresent(p -> path(p, w.name("InputPath")));
    s.parameters().ifPresent(t -> template(t, w.name("Parameters")));
    s.arguments().ifPresent(t -> template(t, w.name("Arguments")));
    s.resultSelector().ifPresent(t -> template(t, w.name("ResultSelector")));
    s.resultPath().ifPresent(p -> path(p, w.name("ResultPath")));
    s.outputPath().ifPresent(p -> path(p, w.name("OutputPath")));
    s.output().ifPresent(t -> template(t, w.name("Output")));
    s.assign().ifPresent(t -> template(t, w.name("Assign")));
    s.timeoutSeconds().ifPresent(v -> value(v, w.name("TimeoutSeconds")));
    s.timeoutSecondsPath().ifPresent(p -> w.name("TimeoutSecondsPath").string(p.text()));
    s.heartbeatSeconds().ifPresent(v -> value(v, w.name("HeartbeatSeconds")));
    s.heartbeatSecondsPath().ifPresent(p -> w.name("HeartbeatSecondsPath").string(p.text()));
    s.credentials().ifPresent(t -> template(t, w.name("Credentials")));
    retryAndCatch(s.retry(), s.catchers(), w);
    transition(s.next().orElse(null), s.end().orElse(null), w);
  }

  private static void pass(PassState s, CanonicalWriter w) {
    s.inputPath().ifPresent(p -> path(p, w.name("InputPath")));
    s.parameters().ifPresent(t -> template(t, w.name("Parameters")));
    s.result().ifPresent(r -> w.name("Result").node(r));
    s.resultPath().ifPresent(p -> path(p, w.name("ResultPath")));
    s.outputPath().ifPresent(p -> path(p, w.name("OutputPath")));
    s.output().ifPresent(t -> template(t, w.name("Output")));
    s.assign().ifPresent(t -> template(t, w.name("Assign")));
    transition(s.next().orElse(null), s.end().orElse(null), w);
  }

  private static void waitState(WaitState s, CanonicalWriter w) {
    s.seconds().ifPresent(v -> value(v, w.name("Seconds")));
    s.secondsPath().ifPresent(p -> w.name("SecondsPath").string(p.text()));
    s.timestamp().ifPresent(v -> value(v, w.name("Timestamp")));
    s.timestampPath().ifPresent(p -> w.name("TimestampPath").string(p.text()));
    s.inputPath().ifPresent(p -> path(p, w.name("InputPath")));
    s.outputPath().ifPresent(p -> path(p, w.name("OutputPath")));
    s.output().ifPresent(t -> template(t, w.name("Output")));
    s.assign().ifPresent(t -> template(t, w.name("Assign")));
    transition(s.next().orElse(null), s.end().orElse(null), w);
  }

  private static void inputOutput(SucceedState s, CanonicalWriter w) {
    s.inputPath().ifPresent(p -> path(p, w.name("InputPath")));
    s.outputPath().ifPresent(p -> path(p, w.name("OutputPath")));
    s.output().ifPresent(t -> template(t, w.name("Output")));
  }

  private static void fail(FailState s, CanonicalWriter w) {
    s.error().ifPresent(v -> value(v, w.name("Error")));
    s.errorPath().ifPresent(d -> w.name("ErrorPath").string(d.text()));
    s.cause().ifPresent(v -> value(v, w.name("Cause")));
    s.causePath().ifPresent(d -> w.name("CausePath").string(d.text()));
  }

  private static void parallel(ParallelState s, CanonicalWriter w) {
    w.name("Branches").beginArray();
    s.branches().forEach(b -> branch(b, w));
    w.endArray();
    s.inputPath().ifPresent(p -> path(p, w.name("InputPath")));
    s.parameters().ifPresent(t -> template(t, w.name("Parameters")));
    s.arguments().ifPresent(t -> template(t, w.name("Arguments")));
    s.resultSelector().ifPresent(t -> template(t, w.name("ResultSelector")));
    s.resultPath().ifPresent(p -> path(p, w.name("ResultPath")));
    s.outputPath().ifPresent(p -> path(p, w.name("OutputPath")));
    s.output().ifPresent(t -> template(t, w.name("Output")));
    s.assign().ifPresent(t -> template(t, w.name("Assign")));
    retryAndCatch(s.retry(), s.catchers(), w);
    transition(s.next().orElse(null), s.end().orElse(null), w);
  }

  private static void branch(Branch branch, CanonicalWriter w) {
    w.beginObject();
    branch.comment().ifPresent(c -> w.name("Comment").string(c));
    w.name("StartAt").string(branch.startAt());
    states(branch.states(), w.name("States"));
    w.endObject();
  }

  static void processor(ItemProcessor processor, CanonicalWriter w) {
    w.beginObject();
    processor.comment().ifPresent(c -> w.name("Comment").string(c));
    processor.processorConfig().ifPresent(config -> {
      w.name("ProcessorConfig").beginObject();
      config.mode().ifPresent(m -> w.name("Mode").string(m.name()));
      config.executionType().ifPresent(e -> w.name("ExecutionType").string(e.name()));
      w.endObject();
    });
    w.name("StartAt").string(processor.startAt());
    states(processor.states(), w.name("States"));
    w.endObject();
  }

  static void retryAndCatch(List<Retrier> retry, List<Catcher> catchers, CanonicalWriter w) {
    if (!retry.isEmpty()) {
      w.name("Retry").beginArray();
      for (Retrier r : retry) {
        w.beginObject();
        strings(r.errorEquals(), w.name("ErrorEquals"));
        r.intervalSeconds().ifPresent(v -> w.name("IntervalSeconds").number(v));
        r.maxAttempts().ifPresent(v -> w.name("MaxAttempts").number(v));
        r.backoffRate().ifPresent(v -> w.name("BackoffRate").number(v));
        r.maxDelaySeconds().ifPresent(v -> w.name("MaxDelaySeconds").number(v));
        r.jitterStrategy().ifPresent(v -> w.name("JitterStrategy").string(v.name()));
        r.comment().ifPresent(v -> w.name("Comment").string(v));
        w.endObject();
      }
      w.endArray();
    }
    if (!catchers.isEmpty()) {
      w.name("Catch").beginArray();
      for (Catcher c : catchers) {
        w.beginObject();
        strings(c.errorEquals(), w.name("ErrorEquals"));
        c.resultPath().ifPresent(p -> path(p, w.name("ResultPath")));
        c.output().ifPresent(t -> template(t, w.name("Output")));
        c.assign().ifPresent(t -> template(t, w.name("Assign")));
        c.comment().ifPresent(v -> w.name("Comment").string(v));
        w.name("Next").string(c.next());
        w.endObject();
      }
      w.endArray();
    }
  }

  static void strings(List<String> values, CanonicalWriter w) {
    w.beginArray();
    values.forEach(w::string);
    w.endArray();
  }

  static void transition(String next, Boolean end, CanonicalWriter w) {
    if (next != null) {
      w.name("Next").string(next);
    }
    if (end != null) {
      w.name("End").bool(end);
    }
  }

  static void path(NullablePath<? extends Path> path, CanonicalWriter w) {
    if (path.isNull()) {
      w.nullValue();
    } else {
      w.string(path.pathOrNull().text());
    }
  }

  static void value(Value<?> value, CanonicalWriter w) {
    if (value instanceof Value.Expression<?> e) {
      w.string(e.jsonata().text());
      return;
    }
    Object literal = ((Value.Literal<?>) value).value();
    if (literal instanceof Integer i) {
      w.number(i);
    } else if (literal instanceof BigDecimal d) {
      w.number(d);
    } else if (literal instanceof Boolean b) {
      w.bool(b);
    } else {
      w.string(literal.toString());
    }
  }

  static void template(Template template, CanonicalWriter w) {
    if (template instanceof Template.Literal l) {
      w.node(l.value());
    } else if (template instanceof Template.JsonataValue j) {
      w.string(j.expression().text());
    } else if (template instanceof Template.Dynamic d) {
      w.string(d.text());
    } else if (template instanceof Template.ArrayTemplate a) {
      w.beginArray();
      a.items().forEach(item -> template(item, w));
      w.endArray();
    } else {
      w.beginObject();
      ((Template.ObjectTemplate) template).fields().forEach((name, value) ->
          template(value, w.name(value instanceof Template.Dynamic ? name + ".$" : name)));
      w.endObject();
    }
  }

  /** The JSON of a template as a tree: Dynamic values under {@code name.$} keys, JSONata as its string. */
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
