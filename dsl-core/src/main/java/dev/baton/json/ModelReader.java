package dev.baton.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.diagnostics.DidYouMean;
import dev.baton.model.Branch;
import dev.baton.model.Catcher;
import dev.baton.model.ChoiceState;
import dev.baton.model.FailState;
import dev.baton.model.JitterStrategy;
import dev.baton.model.PassState;
import dev.baton.model.QueryLanguage;
import dev.baton.model.Retrier;
import dev.baton.model.State;
import dev.baton.model.StateMachine;
import dev.baton.model.StateType;
import dev.baton.model.SucceedState;
import dev.baton.model.TaskState;
import dev.baton.model.Template;
import dev.baton.model.WaitState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Converts a JSON tree into the model; the Choice and Map parts live in their own readers. */
class ModelReader extends TemplateReader {
  private static final Set<String> TOP_FIELDS =
      ordered("Comment", "StartAt", "States", "Version", "TimeoutSeconds", "QueryLanguage");
  private static final Set<String> BRANCH_FIELDS = ordered("Comment", "StartAt", "States");
  private static final Set<String> RETRIER_FIELDS = ordered(
      "ErrorEquals", "IntervalSeconds", "MaxAttempts", "BackoffRate", "MaxDelaySeconds", "JitterStrategy", "Comment");
  private static final Set<String> CATCHER_FIELDS =
      ordered("ErrorEquals", "Next", "ResultPath", "Output", "Assign", "Comment");

  /** A set that lists its names in a fixed order, so messages are the same on every run. */
  static Set<String> ordered(String... names) {
    return java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(List.of(names)));
  }

  private QueryLanguage topLevel = QueryLanguage.JSONPATH;
  /** Names of states that could not be read at all, so checks of transitions can skip them. */
  private final Set<String> unreadable = new java.util.HashSet<>();
  private final ChoiceReader choices = new ChoiceReader(this);
  private final MapReader maps = new MapReader(this);

  StateMachine readStateMachine(JsonNode root) {
    if (!root.isObject()) {
      error("top.type", "", "a definition must be a JSON object with StartAt and States, not " + kind(root));
      return null;
    }
    checkFields(root, "", TOP_FIELDS, "the state machine");
    QueryLanguage language = queryLanguage(root, "");
    if (language != null) {
      topLevel = language;
    }
    String startAt = requiredString(root, "", "StartAt", "top.startat-required", "the state machine");
    Map<String, State> states = states(root, "");
    StateMachine.Builder builder = StateMachine.builder()
        .startAt(orEmpty(startAt))
        .states(states)
        .comment(string(root, "", "Comment"))
        .version(string(root, "", "Version"))
        .timeoutSeconds(integer(root, "", "TimeoutSeconds"))
        .queryLanguage(language);
    return builder.build();
  }

  Set<String> unreadableStates() {
    return unreadable;
  }

  Branch branch(JsonNode node, String pointer, String what) {
    if (!node.isObject()) {
      error("json.type", pointer, what + " must be an object with StartAt and States, not " + kind(node));
      return null;
    }
    checkFields(node, pointer, BRANCH_FIELDS, what);
    String startAt = requiredString(node, pointer, "StartAt", "parallel.branch-startat", what);
    Map<String, State> states = states(node, pointer);
    return Branch.builder().startAt(orEmpty(startAt)).states(states).comment(string(node, pointer, "Comment")).build();
  }

  Map<String, State> states(JsonNode scope, String pointer) {
    Map<String, State> states = new LinkedHashMap<>();
    JsonNode node = scope.get("States");
    if (node == null) {
      error("top.states-required", pointer, "no States object; it is required and names every state");
      return states;
    }
    if (!node.isObject()) {
      error("top.states-type", at(pointer, "States"), "States must be an object of states by name, not " + kind(node));
      return states;
    }
    node.fields().forEachRemaining(entry -> {
      State state = state(entry.getKey(), entry.getValue(), JsonPointers.child(at(pointer, "States"), entry.getKey()));
      if (state != null) {
        states.put(entry.getKey(), state);
      } else {
        unreadable.add(entry.getKey());
      }
    });
    return states;
  }

  private QueryLanguage queryLanguage(JsonNode object, String pointer) {
    String text = string(object, pointer, "QueryLanguage");
    if (text == null) {
      return null;
    }
    return QueryLanguage.fromAslName(text).orElseGet(() -> {
      error("state.querylanguage-enum", at(pointer, "QueryLanguage"),
          "QueryLanguage must be \"JSONPath\" or \"JSONata\", not \"" + text + "\""
              + DidYouMean.hint(text, List.of("JSONPath", "JSONata")));
      return null;
    });
  }

  private State state(String name, JsonNode node, String pointer) {
    if (!node.isObject()) {
      error("state.type", pointer, "state '" + name + "' must be an object, not " + kind(node));
      return null;
    }
    String typeName = requiredString(node, pointer, "Type", "state.type-required", "state '" + name + "'");
    if (typeName == null) {
      return null;
    }
    StateType type = StateType.fromAslName(typeName).orElse(null);
    if (type == null) {
      List<String> names = java.util.Arrays.stream(StateType.values()).map(StateType::aslName).toList();
      error("state.type-enum", at(pointer, "Type"), "state '" + name + "' has unknown Type \"" + typeName + "\""
          + DidYouMean.hint(typeName, names) + "; the types are " + String.join(", ", names));
      return null;
    }
    checkStateFields(node, pointer, name, type);
    QueryLanguage own = queryLanguage(node, pointer);
    boolean jsonata = (own != null ? own : topLevel) == QueryLanguage.JSONATA;
    StateReading in = new StateReading(name, node, pointer, own, jsonata);
    return switch (type) {
      case TASK -> task(in);
      case PASS -> pass(in);
      case CHOICE -> choices.choice(in);
      case WAIT -> waitState(in);
      case SUCCEED -> succeed(in);
      case FAIL -> fail(in);
      case PARALLEL -> parallel(in);
      case MAP -> maps.map(in);
    };
  }

  private void checkStateFields(JsonNode node, String pointer, String name, StateType type) {
    Set<String> allowed = AslFields.BY_TYPE.get(type);
    node.fieldNames().forEachRemaining(field -> {
      if (allowed.contains(field)) {
        return;
      }
      String fieldPointer = at(pointer, field);
      String specific = AslFields.specificRule(type, field);
      if (specific != null) {
        error(specific, fieldPointer, field + " is not allowed in a " + type.aslName() + " state ('" + name + "'); "
            + AslFields.specificAdvice(type, field));
      } else if (AslFields.ALL.contains(field)) {
        error("state.field-not-allowed", fieldPointer, field + " is not allowed in a " + type.aslName()
            + " state ('" + name + "'); it belongs to " + String.join(", ", AslFields.typesAllowing(field))
            + " states; remove it");
      } else {
        error("state.unknown-field", fieldPointer, "unknown field '" + field + "' in " + type.aslName()
            + " state '" + name + "'" + DidYouMean.hint(field, allowed));
      }
    });
  }

  /** What every state reader needs: where the state is and how its values are read. */
  record StateReading(String name, JsonNode node, String pointer, QueryLanguage own, boolean jsonata) {}

  private TaskState task(StateReading in) {
    JsonNode n = in.node();
    String p = in.pointer();
    return TaskState.builder()
        .name(in.name())
        .comment(string(n, p, "Comment"))
        .queryLanguage(in.own())
        // A missing Resource is reported; the placeholder only lets the other fields be checked too.
        .resource(orEmpty(requiredString(n, p, "Resource", "task.resource-required", "Task state '" + in.name() + "'")))
        .inputPath(nullablePath(n, p, "InputPath"))
        .parameters(objectTemplate(n, p, "Parameters", false, "payload.dollar-key-path"))
        .arguments(objectTemplate(n, p, "Arguments", true, "payload.dollar-key-path"))
        .resultSelector(objectTemplate(n, p, "ResultSelector", false, "payload.dollar-key-path"))
        .resultPath(nullableReferencePath(n, p, "ResultPath"))
        .outputPath(nullablePath(n, p, "OutputPath"))
        .output(template(n, p, "Output", true, "payload.dollar-key-path"))
        .assign(assign(in))
        .timeoutSeconds(intValue(n, p, "TimeoutSeconds"))
        .timeoutSecondsPath(referencePath(n, p, "TimeoutSecondsPath"))
        .heartbeatSeconds(intValue(n, p, "HeartbeatSeconds"))
        .heartbeatSecondsPath(referencePath(n, p, "HeartbeatSecondsPath"))
        .credentials(objectTemplate(n, p, "Credentials", in.jsonata(), "payload.dollar-key-path"))
        .retry(retriers(n, p))
        .catchers(catchers(n, p, in.jsonata()))
        .next(string(n, p, "Next"))
        .end(bool(n, p, "End"))
        .build();
  }

  private PassState pass(StateReading in) {
    JsonNode n = in.node();
    String p = in.pointer();
    return PassState.builder()
        .name(in.name())
        .comment(string(n, p, "Comment"))
        .queryLanguage(in.own())
        .inputPath(nullablePath(n, p, "InputPath"))
        .parameters(objectTemplate(n, p, "Parameters", false, "payload.dollar-key-path"))
        .result(n.get("Result"))
        .resultPath(nullableReferencePath(n, p, "ResultPath"))
        .outputPath(nullablePath(n, p, "OutputPath"))
        .output(template(n, p, "Output", true, "payload.dollar-key-path"))
        .assign(assign(in))
        .next(string(n, p, "Next"))
        .end(bool(n, p, "End"))
        .build();
  }

  private WaitState waitState(StateReading in) {
    JsonNode n = in.node();
    String p = in.pointer();
    return WaitState.builder()
        .name(in.name())
        .comment(string(n, p, "Comment"))
        .queryLanguage(in.own())
        .inputPath(nullablePath(n, p, "InputPath"))
        .seconds(intValue(n, p, "Seconds"))
        .secondsPath(referencePath(n, p, "SecondsPath"))
        .timestamp(stringValue(n, p, "Timestamp", in.jsonata()))
        .timestampPath(referencePath(n, p, "TimestampPath"))
        .outputPath(nullablePath(n, p, "OutputPath"))
        .output(template(n, p, "Output", true, "payload.dollar-key-path"))
        .assign(assign(in))
        .next(string(n, p, "Next"))
        .end(bool(n, p, "End"))
        .build();
  }

  private SucceedState succeed(StateReading in) {
    JsonNode n = in.node();
    String p = in.pointer();
    return SucceedState.builder()
        .name(in.name())
        .comment(string(n, p, "Comment"))
        .queryLanguage(in.own())
        .inputPath(nullablePath(n, p, "InputPath"))
        .outputPath(nullablePath(n, p, "OutputPath"))
        .output(template(n, p, "Output", true, "payload.dollar-key-path"))
        .build();
  }

  private FailState fail(StateReading in) {
    JsonNode n = in.node();
    String p = in.pointer();
    return FailState.builder()
        .name(in.name())
        .comment(string(n, p, "Comment"))
        .queryLanguage(in.own())
        .error(stringValue(n, p, "Error", in.jsonata()))
        .errorPath(dynamicField(n, p, "ErrorPath"))
        .cause(stringValue(n, p, "Cause", in.jsonata()))
        .causePath(dynamicField(n, p, "CausePath"))
        .build();
  }

  /** Fail's ErrorPath and CausePath: a Reference Path or an intrinsic function. */
  private Template.Dynamic dynamicField(JsonNode n, String p, String field) {
    String text = string(n, p, field);
    if (text == null) {
      return null;
    }
    if (text.startsWith("States.") || looksLikeCall(text)) {
      try {
        return new Template.Dynamic(dev.baton.expr.Intrinsic.parse(text));
      } catch (dev.baton.expr.ExpressionException e) {
        syntax(intrinsicRule(e), at(p, field), field + " is not a valid intrinsic function: " + e.getMessage());
        return null;
      }
    }
    dev.baton.expr.ReferencePath path = parseReferencePath(text, at(p, field), field);
    return path == null ? null : new Template.Dynamic(path);
  }

  private dev.baton.model.ParallelState parallel(StateReading in) {
    JsonNode n = in.node();
    String p = in.pointer();
    List<Branch> branches = new ArrayList<>();
    JsonNode node = n.get("Branches");
    if (node == null) {
      error("parallel.branches-required", p, "Parallel state '" + in.name() + "' has no Branches; it is required");
    } else if (!node.isArray()) {
      error("json.type", at(p, "Branches"), "Branches must be an array of branches, not " + kind(node));
    } else {
      for (int i = 0; i < node.size(); i++) {
        Branch branch = branch(node.get(i), JsonPointers.child(at(p, "Branches"), i),
            "branch " + i + " of Parallel state '" + in.name() + "'");
        if (branch != null) {
          branches.add(branch);
        }
      }
    }
    return dev.baton.model.ParallelState.builder()
        .name(in.name())
        .comment(string(n, p, "Comment"))
        .queryLanguage(in.own())
        .branches(branches)
        .inputPath(nullablePath(n, p, "InputPath"))
        .parameters(objectTemplate(n, p, "Parameters", false, "payload.dollar-key-path"))
        .arguments(objectTemplate(n, p, "Arguments", true, "payload.dollar-key-path"))
        .resultSelector(objectTemplate(n, p, "ResultSelector", false, "payload.dollar-key-path"))
        .resultPath(nullableReferencePath(n, p, "ResultPath"))
        .outputPath(nullablePath(n, p, "OutputPath"))
        .output(template(n, p, "Output", true, "payload.dollar-key-path"))
        .assign(assign(in))
        .retry(retriers(n, p))
        .catchers(catchers(n, p, in.jsonata()))
        .next(string(n, p, "Next"))
        .end(bool(n, p, "End"))
        .build();
  }

  /** Stands in for a missing required string that was already reported, so reading can go on. */
  static String orEmpty(String value) {
    return value == null ? "" : value;
  }

  Template assign(StateReading in) {
    return objectTemplate(in.node(), in.pointer(), "Assign", in.jsonata(), "assign.dollar-key-path");
  }

  List<Retrier> retriers(JsonNode state, String pointer) {
    List<Retrier> retriers = new ArrayList<>();
    JsonNode node = state.get("Retry");
    if (node == null) {
      return retriers;
    }
    if (!node.isArray()) {
      error("json.type", at(pointer, "Retry"), "Retry must be an array of retriers, not " + kind(node));
      return retriers;
    }
    for (int i = 0; i < node.size(); i++) {
      JsonNode r = node.get(i);
      String p = JsonPointers.child(at(pointer, "Retry"), i);
      if (!r.isObject()) {
        error("json.type", p, "a retrier must be an object, not " + kind(r));
        continue;
      }
      checkFields(r, p, RETRIER_FIELDS, "a retrier");
      JitterStrategy jitter = enumValue(r, p, "JitterStrategy", JitterStrategy.class, "retry.jitter-enum");
      retriers.add(Retrier.builder(stringList(r, p, "ErrorEquals"))
          .intervalSeconds(integer(r, p, "IntervalSeconds"))
          .maxAttempts(integer(r, p, "MaxAttempts"))
          .backoffRate(number(r, p, "BackoffRate"))
          .maxDelaySeconds(integer(r, p, "MaxDelaySeconds"))
          .jitterStrategy(jitter)
          .comment(string(r, p, "Comment"))
          .build());
    }
    return retriers;
  }

  List<Catcher> catchers(JsonNode state, String pointer, boolean jsonata) {
    List<Catcher> catchers = new ArrayList<>();
    JsonNode node = state.get("Catch");
    if (node == null) {
      return catchers;
    }
    if (!node.isArray()) {
      error("json.type", at(pointer, "Catch"), "Catch must be an array of catchers, not " + kind(node));
      return catchers;
    }
    for (int i = 0; i < node.size(); i++) {
      JsonNode c = node.get(i);
      String p = JsonPointers.child(at(pointer, "Catch"), i);
      if (!c.isObject()) {
        error("json.type", p, "a catcher must be an object, not " + kind(c));
        continue;
      }
      checkFields(c, p, CATCHER_FIELDS, "a catcher");
      String stateName = pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
      String next = requiredString(c, p, "Next", "catch.next-required", "catcher " + i + " of state '"
          + stateName + "'");
      Catcher.Builder catcher = Catcher.builder()
          .errorEquals(stringList(c, p, "ErrorEquals"))
          .next(next)
          .resultPath(nullableReferencePath(c, p, "ResultPath"))
          .output(template(c, p, "Output", true, "payload.dollar-key-path"))
          .assign(objectTemplate(c, p, "Assign", jsonata, "assign.dollar-key-path"))
          .comment(string(c, p, "Comment"));
      if (next != null) {
        catchers.add(catcher.build());
      }
    }
    return catchers;
  }
}
