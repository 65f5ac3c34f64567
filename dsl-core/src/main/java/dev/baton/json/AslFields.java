package dev.baton.json;

import dev.baton.model.StateType;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Which ASL fields each state type allows: shared by the reader's checks and its hints. */
final class AslFields {
  private AslFields() {}

  private static final List<String> COMMON = List.of("Type", "Comment", "QueryLanguage");

  static final Map<StateType, Set<String>> BY_TYPE = new EnumMap<>(StateType.class);
  static final Set<String> ALL = new LinkedHashSet<>();

  static {
    put(StateType.TASK, "Resource", "InputPath", "Parameters", "Arguments", "ResultSelector", "ResultPath",
        "OutputPath", "Output", "Assign", "TimeoutSeconds", "TimeoutSecondsPath", "HeartbeatSeconds",
        "HeartbeatSecondsPath", "Credentials", "Retry", "Catch", "Next", "End");
    put(StateType.PASS, "InputPath", "Parameters", "Result", "ResultPath", "OutputPath", "Output", "Assign",
        "Next", "End");
    put(StateType.CHOICE, "InputPath", "OutputPath", "Choices", "Default", "Output", "Assign");
    put(StateType.WAIT, "InputPath", "OutputPath", "Seconds", "SecondsPath", "Timestamp", "TimestampPath",
        "Output", "Assign", "Next", "End");
    put(StateType.SUCCEED, "InputPath", "OutputPath", "Output");
    put(StateType.FAIL, "Error", "ErrorPath", "Cause", "CausePath");
    put(StateType.PARALLEL, "InputPath", "Parameters", "Arguments", "Branches", "ResultSelector", "ResultPath",
        "OutputPath", "Output", "Assign", "Retry", "Catch", "Next", "End");
    put(StateType.MAP, "InputPath", "ItemProcessor", "Iterator", "ItemReader", "Items", "ItemsPath",
        "ItemSelector", "Parameters", "ItemBatcher", "ResultWriter", "MaxConcurrency", "MaxConcurrencyPath",
        "ToleratedFailurePercentage", "ToleratedFailurePercentagePath", "ToleratedFailureCount",
        "ToleratedFailureCountPath", "Label", "ResultSelector", "ResultPath", "OutputPath", "Output", "Assign",
        "Retry", "Catch", "Next", "End");
  }

  private static void put(StateType type, String... fields) {
    Set<String> allowed = new LinkedHashSet<>(COMMON);
    allowed.addAll(List.of(fields));
    BY_TYPE.put(type, Set.copyOf(allowed));
    ALL.addAll(allowed);
  }

  /** The state types that allow {@code field}, for "it belongs to ..." hints. */
  static List<String> typesAllowing(String field) {
    return BY_TYPE.entrySet().stream()
        .filter(e -> e.getValue().contains(field))
        .map(e -> e.getKey().aslName())
        .toList();
  }
}
