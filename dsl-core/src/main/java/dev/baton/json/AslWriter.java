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
import java.nio.charset.StandardCharsets;
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
    return writeMeasured(machine).json();
  }

  /**
   * Canonical JSON text and its size in UTF-8 bytes, the unit of AWS's definition quota.
   *
   * @param json the text, as {@link #write(StateMachine)} writes it
   * @param utf8Bytes its length in UTF-8
   */
  public record Measured(String json, long utf8Bytes) {}

  /**
   * The canonical JSON text of a state machine with its UTF-8 size. The writer knows whether the
   * text is ASCII (it nearly always is), and then the size is its length; only other text is
   * encoded to count its bytes.
   */
  public static Measured writeMeasured(StateMachine machine) {
    CanonicalWriter w = new CanonicalWriter(Math.max(4096, machine.states().size() * BYTES_PER_STATE));
    w.beginObject();
    machine.comment().ifPresent(c -> w.key("Comment").string(c));
    machine.version().ifPresent(v -> w.key("Version").string(v));
    machine.queryLanguage().ifPresent(q -> w.key("QueryLanguage").string(q.aslName()));
    machine.timeoutSeconds().ifPresent(t -> w.key("TimeoutSeconds").number(t));
    w.key("StartAt").string(machine.startAt());
    states(machine.states(), w.key("States"));
    w.endObject();
    String json = w.finish();
    return new Measured(json, w.isAscii() ? json.length() : json.getBytes(StandardCharsets.UTF_8).length);
  }

  static void states(Map<String, State> states, CanonicalWriter w) {
    w.beginObject();
    states.forEach((name, state) -> state(state, w.name(name)));
    w.endObject();
  }

  private static void state(State state, CanonicalWriter w) {
    w.beginObject();
    w.key("Type").string(state.type().aslName());
    state.comment().ifPresent(c -> w.key("Comment").string(c));
    state.queryLanguage().ifPresent(q -> w.key("QueryLanguage").string(q.aslName()));
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
    w.key("Resource").string(s.resource());
    s.inputPath().ifPresent(p -> path(p, w.key("InputPath")));
    s.parameters().ifPresent(t -> template(t, w.key("Parameters")));
    s.arguments().ifPresent(t -> template(t, w.key("Arguments")));
    s.resultSelector().ifPresent(t -> template(t, w.key("ResultSelector")));
    s.resultPath().ifPresent(p -> path(p, w.key("ResultPath")));
    output(s, w);
    s.timeoutSeconds().ifPresent(v -> value(v, w.key("TimeoutSeconds")));
    s.timeoutSecondsPath().ifPresent(p -> w.key("TimeoutSecondsPath").string(p.text()));
    s.heartbeatSeconds().ifPresent(v -> value(v, w.key("HeartbeatSeconds")));
    s.heartbeatSecondsPath().ifPresent(p -> w.key("HeartbeatSecondsPath").string(p.text()));
    s.credentials().ifPresent(t -> template(t, w.key("Credentials")));
    retryAndCatch(s.retry(), s.catchers(), w);
    transition(s.next().orElse(null), s.end().orElse(null), w);
  }

  private static void pass(PassState s, CanonicalWriter w) {
    s.inputPath().ifPresent(p -> path(p, w.key("InputPath")));
    s.parameters().ifPresent(t -> template(t, w.key("Parameters")));
    s.result().ifPresent(r -> w.key("Result").node(r));
    s.resultPath().ifPresent(p -> path(p, w.key("ResultPath")));
    output(s, w);
    transition(s.next().orElse(null), s.end().orElse(null), w);
  }

  private static void waitState(WaitState s, CanonicalWriter w) {
    s.seconds().ifPresent(v -> value(v, w.key("Seconds")));
    s.secondsPath().ifPresent(p -> w.key("SecondsPath").string(p.text()));
    s.timestamp().ifPresent(v -> value(v, w.key("Timestamp")));
    s.timestampPath().ifPresent(p -> w.key("TimestampPath").string(p.text()));
    s.inputPath().ifPresent(p -> path(p, w.key("InputPath")));
    output(s, w);
    transition(s.next().orElse(null), s.end().orElse(null), w);
  }

  private static void inputOutput(SucceedState s, CanonicalWriter w) {
    s.inputPath().ifPresent(p -> path(p, w.key("InputPath")));
    output(s, w);
  }

  /** OutputPath, Output and Assign: the last data fields of every state that has them, in this order. */
  static void output(State s, CanonicalWriter w) {
    s.outputPath().ifPresent(p -> path(p, w.key("OutputPath")));
    s.output().ifPresent(t -> template(t, w.key("Output")));
    s.assign().ifPresent(t -> template(t, w.key("Assign")));
  }

  private static void fail(FailState s, CanonicalWriter w) {
    s.error().ifPresent(v -> value(v, w.key("Error")));
    s.errorPath().ifPresent(d -> w.key("ErrorPath").string(d.text()));
    s.cause().ifPresent(v -> value(v, w.key("Cause")));
    s.causePath().ifPresent(d -> w.key("CausePath").string(d.text()));
  }

  private static void parallel(ParallelState s, CanonicalWriter w) {
    w.key("Branches").beginArray();
    s.branches().forEach(b -> branch(b, w));
    w.endArray();
    s.inputPath().ifPresent(p -> path(p, w.key("InputPath")));
    s.parameters().ifPresent(t -> template(t, w.key("Parameters")));
    s.arguments().ifPresent(t -> template(t, w.key("Arguments")));
    s.resultSelector().ifPresent(t -> template(t, w.key("ResultSelector")));
    s.resultPath().ifPresent(p -> path(p, w.key("ResultPath")));
    output(s, w);
    retryAndCatch(s.retry(), s.catchers(), w);
    transition(s.next().orElse(null), s.end().orElse(null), w);
  }

  private static void branch(Branch branch, CanonicalWriter w) {
    w.beginObject();
    branch.comment().ifPresent(c -> w.key("Comment").string(c));
    w.key("StartAt").string(branch.startAt());
    states(branch.states(), w.key("States"));
    w.endObject();
  }

  static void processor(ItemProcessor processor, CanonicalWriter w) {
    w.beginObject();
    processor.comment().ifPresent(c -> w.key("Comment").string(c));
    processor.processorConfig().ifPresent(config -> {
      w.key("ProcessorConfig").beginObject();
      config.mode().ifPresent(m -> w.key("Mode").string(m.name()));
      config.executionType().ifPresent(e -> w.key("ExecutionType").string(e.name()));
      w.endObject();
    });
    w.key("StartAt").string(processor.startAt());
    states(processor.states(), w.key("States"));
    w.endObject();
  }

  static void retryAndCatch(List<Retrier> retry, List<Catcher> catchers, CanonicalWriter w) {
    if (!retry.isEmpty()) {
      w.key("Retry").beginArray();
      for (Retrier r : retry) {
        w.beginObject();
        strings(r.errorEquals(), w.key("ErrorEquals"));
        r.intervalSeconds().ifPresent(v -> w.key("IntervalSeconds").number(v));
        r.maxAttempts().ifPresent(v -> w.key("MaxAttempts").number(v));
        r.backoffRate().ifPresent(v -> w.key("BackoffRate").number(v));
        r.maxDelaySeconds().ifPresent(v -> w.key("MaxDelaySeconds").number(v));
        r.jitterStrategy().ifPresent(v -> w.key("JitterStrategy").string(v.name()));
        r.comment().ifPresent(v -> w.key("Comment").string(v));
        w.endObject();
      }
      w.endArray();
    }
    if (!catchers.isEmpty()) {
      w.key("Catch").beginArray();
      for (Catcher c : catchers) {
        w.beginObject();
        strings(c.errorEquals(), w.key("ErrorEquals"));
        c.resultPath().ifPresent(p -> path(p, w.key("ResultPath")));
        c.output().ifPresent(t -> template(t, w.key("Output")));
        c.assign().ifPresent(t -> template(t, w.key("Assign")));
        c.comment().ifPresent(v -> w.key("Comment").string(v));
        w.key("Next").string(c.next());
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
      w.key("Next").string(next);
    }
    if (end != null) {
      w.key("End").bool(end);
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
