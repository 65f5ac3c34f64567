package dev.baton.validate;

import dev.baton.diagnostics.Layer;
import dev.baton.diagnostics.Severity;
import java.util.Optional;

/**
 * Every rule Baton checks, with its stable id. {@code docs/rules.md} documents each one with a
 * minimal failing example; a test keeps the two in step.
 */
public enum Rule {
  // JSON and reading (reported by dev.baton.json.AslReader)
  JSON_SYNTAX("json.syntax", Layer.SYNTAX, "The text is valid JSON."),
  JSON_TOO_DEEP("json.too-deep", Layer.SYNTAX, "The JSON nests at most 512 levels."),
  JSON_DUPLICATE_KEY("json.duplicate-key", Layer.SYNTAX, "No object has the same key twice."),
  JSON_TYPE("json.type", Layer.STRUCTURE, "Each field has the JSON type the spec gives it."),
  TOP_TYPE("top.type", Layer.STRUCTURE, "The definition is a JSON object."),
  TOP_STARTAT_REQUIRED("top.startat-required", Layer.STRUCTURE, "The state machine has a StartAt."),
  TOP_STATES_REQUIRED("top.states-required", Layer.STRUCTURE, "Every scope has a States object."),
  TOP_STATES_TYPE("top.states-type", Layer.STRUCTURE, "States is an object of states by name."),
  STATE_TYPE("state.type", Layer.STRUCTURE, "A state is a JSON object."),
  STATE_TYPE_REQUIRED("state.type-required", Layer.STRUCTURE, "Every state has a Type."),
  STATE_TYPE_ENUM("state.type-enum", Layer.STRUCTURE, "Type is one of the eight state types, spelt exactly."),
  STATE_QUERYLANGUAGE_ENUM("state.querylanguage-enum", Layer.STRUCTURE, "QueryLanguage is JSONPath or JSONata."),
  STATE_UNKNOWN_FIELD("state.unknown-field", Layer.STRUCTURE, "Every field is one the spec defines."),
  STATE_FIELD_NOT_ALLOWED("state.field-not-allowed", Layer.STRUCTURE, "A state only has the fields of its type."),
  STATE_TERMINAL_NO_TRANSITION("state.terminal-no-transition", Layer.STRUCTURE,
      "Succeed and Fail states have no Next or End."),
  TASK_RESOURCE_REQUIRED("task.resource-required", Layer.STRUCTURE, "A Task state has a Resource."),
  CATCH_NEXT_REQUIRED("catch.next-required", Layer.STRUCTURE, "A catcher has a Next."),
  CHOICE_CHOICES_REQUIRED("choice.choices-required", Layer.STRUCTURE, "A Choice state has Choices."),
  CHOICE_RULE_NEXT_REQUIRED("choice.rule-next-required", Layer.STRUCTURE, "A top-level Choice rule has a Next."),
  CHOICE_NESTED_NO_NEXT("choice.nested-no-next", Layer.STRUCTURE,
      "Rules inside And, Or and Not have no Next, Assign or Output."),
  CHOICE_NOT_OBJECT("choice.not-object", Layer.STRUCTURE, "Not holds one rule object; nested rules are objects."),
  CHOICE_ONE_OPERATOR("choice.one-operator", Layer.STRUCTURE, "A Choice rule has exactly one test."),
  CHOICE_OPERATOR_REQUIRED("choice.operator-required", Layer.STRUCTURE, "A Choice rule has a test."),
  CHOICE_VARIABLE_REQUIRED("choice.variable-required", Layer.STRUCTURE, "A data-test rule has a Variable."),
  CHOICE_VARIABLE_PATH("choice.variable-path", Layer.SYNTAX, "Variable is a valid path."),
  CHOICE_NO_END("choice.no-end", Layer.STRUCTURE, "A Choice state is never an End state."),
  CHOICE_NO_NEXT("choice.no-next", Layer.STRUCTURE, "A Choice state has no Next of its own."),
  FAIL_NO_PATHS("fail.no-paths", Layer.STRUCTURE, "A Fail state has no input or output processing."),
  ASSIGN_NOT_ON_FAIL("assign.not-on-fail", Layer.STRUCTURE, "A Fail state does not assign variables."),
  ASSIGN_NOT_ON_SUCCEED("assign.not-on-succeed", Layer.STRUCTURE, "A Succeed state does not assign variables."),
  PARALLEL_BRANCHES_REQUIRED("parallel.branches-required", Layer.STRUCTURE, "A Parallel state has Branches."),
  PARALLEL_BRANCH_STARTAT("parallel.branch-startat", Layer.STRUCTURE, "Every branch has a StartAt."),
  MAP_PROCESSOR_STARTAT("map.processor-startat", Layer.STRUCTURE, "An item processor has a StartAt."),
  MAP_MODE_ENUM("map.mode-enum", Layer.STRUCTURE, "ProcessorConfig Mode is INLINE or DISTRIBUTED."),
  MAP_EXECUTIONTYPE_ENUM("map.executiontype-enum", Layer.STRUCTURE, "ExecutionType is STANDARD or EXPRESS."),
  MAP_READER_RESOURCE("map.reader-resource", Layer.STRUCTURE, "An ItemReader has a Resource."),
  MAP_READER_INPUTTYPE_ENUM("map.reader-inputtype-enum", Layer.STRUCTURE,
      "ReaderConfig InputType is CSV, JSON, JSONL, MANIFEST or PARQUET."),
  MAP_READER_CSVHEADER_ENUM("map.reader-csvheader-enum", Layer.STRUCTURE, "CSVHeaderLocation is FIRST_ROW or GIVEN."),
  MAP_READER_DELIMITER_ENUM("map.reader-delimiter-enum", Layer.STRUCTURE,
      "CSVDelimiter is COMMA, PIPE, SEMICOLON, SPACE or TAB."),
  MAP_READER_MANIFEST_ENUM("map.reader-manifest-enum", Layer.STRUCTURE,
      "ManifestType is ATHENA_DATA, S3_INVENTORY or CSV."),
  RETRY_JITTER_ENUM("retry.jitter-enum", Layer.STRUCTURE, "JitterStrategy is FULL or NONE."),

  // Expressions
  PATH_SYNTAX("path.syntax", Layer.SYNTAX, "Every path is a valid JSONPath path."),
  PATH_REFPATH("path.refpath-no-wildcard", Layer.SYNTAX,
      "Fields that need a Reference Path (ResultPath, ItemsPath, ...Path) have one: a single node."),
  PAYLOAD_DOLLAR_KEY_PATH("payload.dollar-key-path", Layer.SYNTAX,
      "The value of a key ending in .$ is a path or an intrinsic function."),
  PAYLOAD_DUPLICATE_KEY("payload.duplicate-key", Layer.SYNTAX, "A payload template does not set a field twice (x and x.$)."),
  ASSIGN_DOLLAR_KEY_PATH("assign.dollar-key-path", Layer.SYNTAX,
      "In Assign, the value of a key ending in .$ is a path or an intrinsic function."),
  INTRINSIC_SYNTAX("intrinsic.syntax", Layer.SYNTAX, "An intrinsic function call is well formed."),
  INTRINSIC_UNKNOWN("intrinsic.unknown", Layer.SYNTAX, "An intrinsic function is one of the 18 States.* functions."),
  INTRINSIC_ARITY("intrinsic.arity", Layer.SYNTAX, "An intrinsic function gets the number of arguments it takes."),
  INTRINSIC_ARGUMENT("intrinsic.argument", Layer.SYNTAX, "Literal intrinsic arguments have the right type and value."),
  JSONATA_SYNTAX("jsonata.syntax", Layer.SYNTAX, "Every {% %} expression is valid JSONata."),
  JSONATA_STATES_RESULT("jsonata.states-result", Layer.STRUCTURE,
      "$states.result is used only where a result exists: Output and Assign of Task, Parallel and Map."),
  JSONATA_STATES_ERROR_OUTPUT("jsonata.states-erroroutput", Layer.STRUCTURE,
      "$states.errorOutput is used only in a catcher's Output and Assign."),
  JSONATA_UNKNOWN_FUNCTION("jsonata.unknown-function", Layer.SYNTAX,
      "A JSONata function call names a JSONata or AWS function, or one defined in the expression.", Severity.WARNING),
  TIMESTAMP_FORMAT("choice.timestamp-format", Layer.SYNTAX,
      "Timestamps are RFC 3339 with an uppercase T and Z or an offset."),
  WAIT_TIMESTAMP_FORMAT("wait.timestamp-format", Layer.SYNTAX, "A Wait Timestamp is an RFC 3339 timestamp."),
  TASK_RESOURCE_ARN("task.resource-arn", Layer.SYNTAX, "A Task Resource is an ARN AWS can call."),

  // Structure
  TOP_STARTAT_UNKNOWN("top.startat-unknown", Layer.STRUCTURE, "StartAt names a state of the state machine."),
  SCOPE_STARTAT_UNKNOWN("scope.startat-unknown", Layer.STRUCTURE,
      "A branch's or item processor's StartAt names one of its own states."),
  STATE_NEXT_UNKNOWN("state.next-unknown", Layer.STRUCTURE, "Next, Default and Catch targets name existing states."),
  PARALLEL_BRANCH_SCOPE("parallel.branch-scope", Layer.STRUCTURE,
      "A state only goes to states of its own scope (branch, item processor or state machine)."),
  STATE_UNREACHABLE("state.unreachable", Layer.STRUCTURE, "Every state can be reached from StartAt."),
  SCOPE_NO_TERMINAL("scope.no-terminal", Layer.STRUCTURE, "Every scope has at least one terminal state."),
  STATE_NAME_LENGTH("state.name-length", Layer.STRUCTURE, "State names are at most 80 characters."),
  STATE_NAME_UNIQUE("state.name-unique", Layer.STRUCTURE, "State names are unique across the whole state machine."),
  STATE_END_XOR_NEXT("state.end-xor-next", Layer.STRUCTURE,
      "Task, Pass, Wait, Parallel and Map states have exactly one of Next and \"End\": true."),
  CHOICE_CHOICES_NONEMPTY("choice.choices-nonempty", Layer.STRUCTURE, "Choices has at least one rule."),
  CHOICE_AND_NONEMPTY("choice.and-nonempty", Layer.STRUCTURE, "And and Or hold at least one rule."),
  CHOICE_OPERAND_TYPE("choice.operand-type", Layer.STRUCTURE, "A comparison's operand has the operator's type."),
  JSONATA_NO_JSONPATH_FIELD("jsonata.no-jsonpath-field", Layer.STRUCTURE,
      "JSONata states have no JSONPath fields (InputPath, Parameters, ResultPath, ...Path, Variable ...)."),
  JSONPATH_NO_JSONATA_FIELD("jsonpath.no-jsonata-field", Layer.STRUCTURE,
      "JSONPath states have no JSONata fields (Arguments, Output, Items, Condition) or {% %} values."),
  JSONATA_JSONPATH_STATE("jsonata.jsonpath-state", Layer.STRUCTURE,
      "A state machine whose QueryLanguage is JSONata has no JSONPath states."),
  RETRY_ERROREQUALS_NONEMPTY("retry.errorequals-nonempty", Layer.STRUCTURE, "Every retrier and catcher has a non-empty ErrorEquals."),
  RETRY_ALL_LAST("retry.all-last", Layer.STRUCTURE, "States.ALL is alone in its ErrorEquals and in the last retrier or catcher."),
  RETRY_UNKNOWN_STATES_ERROR("retry.unknown-states-error", Layer.STRUCTURE,
      "Error names starting with States. are predefined ones; custom errors use another prefix."),
  RETRY_MAXATTEMPTS_MIN("retry.maxattempts-min", Layer.STRUCTURE, "MaxAttempts is 0 or more."),
  RETRY_INTERVAL_MIN("retry.interval-min", Layer.STRUCTURE, "IntervalSeconds is at least 1."),
  RETRY_BACKOFF_MIN("retry.backoff-min", Layer.STRUCTURE, "BackoffRate is at least 1.0."),
  RETRY_MAXDELAY_MIN("retry.maxdelay-min", Layer.STRUCTURE, "MaxDelaySeconds is at least 1."),
  TASK_TIMEOUT_POSITIVE("task.timeout-positive", Layer.STRUCTURE, "TimeoutSeconds and HeartbeatSeconds are positive integers."),
  TASK_TIMEOUT_EXCLUSIVE("task.timeout-exclusive", Layer.STRUCTURE,
      "A field and its ...Path form are not both set (TimeoutSeconds, HeartbeatSeconds)."),
  TASK_HEARTBEAT_LT_TIMEOUT("task.heartbeat-lt-timeout", Layer.STRUCTURE, "HeartbeatSeconds is smaller than TimeoutSeconds."),
  WAIT_EXACTLY_ONE("wait.exactly-one", Layer.STRUCTURE, "A Wait state has exactly one of Seconds, SecondsPath, Timestamp and TimestampPath."),
  WAIT_SECONDS_NONNEG("wait.seconds-nonneg", Layer.STRUCTURE, "Seconds is 0 or more."),
  FAIL_ERROR_EXCLUSIVE("fail.error-exclusive", Layer.STRUCTURE, "A Fail state has Error or ErrorPath, not both."),
  FAIL_CAUSE_EXCLUSIVE("fail.cause-exclusive", Layer.STRUCTURE, "A Fail state has Cause or CausePath, not both."),
  PARALLEL_BRANCHES_NONEMPTY("parallel.branches-nonempty", Layer.STRUCTURE, "A Parallel state has at least one branch."),
  MAP_PROCESSOR_EXCLUSIVE("map.processor-exclusive", Layer.STRUCTURE, "A Map state has ItemProcessor or Iterator, not both."),
  MAP_PROCESSOR_REQUIRED("map.processor-required", Layer.STRUCTURE, "A Map state has an ItemProcessor."),
  MAP_SELECTOR_EXCLUSIVE("map.selector-exclusive", Layer.STRUCTURE, "A Map state has ItemSelector or Parameters, not both."),
  MAP_ITEMS_EXCLUSIVE("map.items-exclusive", Layer.STRUCTURE, "A Map state takes its items from one of ItemReader, ItemsPath and Items."),
  MAP_MAXCONCURRENCY_NONNEG("map.maxconcurrency-nonneg", Layer.STRUCTURE, "MaxConcurrency is 0 or more."),
  MAP_FIELD_EXCLUSIVE("map.field-exclusive", Layer.STRUCTURE,
      "A Map field and its ...Path form are not both set (MaxConcurrency, ToleratedFailure..., MaxItems, batch limits)."),
  MAP_DISTRIBUTED_ONLY("map.distributed-only", Layer.STRUCTURE,
      "ItemReader, ItemBatcher, ResultWriter, ToleratedFailure... and Label are only used in DISTRIBUTED mode."),
  MAP_EXECUTIONTYPE_REQUIRED("map.executiontype-required", Layer.STRUCTURE, "A DISTRIBUTED processor has an ExecutionType."),
  MAP_TOLERANCE_RANGE("map.tolerance-range", Layer.STRUCTURE,
      "ToleratedFailurePercentage is 0 to 100 and ToleratedFailureCount is 0 or more."),
  MAP_BATCHER_MAX("map.batcher-max", Layer.STRUCTURE,
      "An ItemBatcher has MaxItemsPerBatch or MaxInputBytesPerBatch (at most 256 KiB)."),
  MAP_READER_CSV_HEADERS("map.reader-csv-headers", Layer.STRUCTURE, "CSVHeaders are given exactly when CSVHeaderLocation is GIVEN."),
  MAP_WRITER_RESOURCE("map.writer-resource", Layer.STRUCTURE, "A ResultWriter has a Resource."),
  MAP_LABEL("map.label", Layer.STRUCTURE, "A Label is at most 40 characters, without whitespace or special characters."),
  ASSIGN_VARIABLE_NAME("assign.variable-name", Layer.SYNTAX, "Variable names are identifiers and not the reserved name states."),
  ASSIGN_OUTER_SCOPE("assign.outer-scope", Layer.STRUCTURE,
      "States inside a Parallel branch or Map processor do not assign a variable of an outer scope."),
  QUOTA_DEFINITION_SIZE("quota.definition-size", Layer.STRUCTURE, "The definition is at most 1,048,576 bytes."),
  QUOTA_PAYLOAD_SIZE("quota.payload-size", Layer.STRUCTURE, "A static payload (Result, Parameters, ...) is at most 256 KiB."),

  // Data flow
  FLOW_PATH_MISSING("flow.path-missing", Layer.FLOW,
      "Every path a state reads can resolve on the data that reaches it along some path."),
  FLOW_PATH_MAYBE("flow.path-maybe", Layer.FLOW,
      "Every path a state reads resolves along every path that reaches it.", Severity.WARNING),
  FLOW_VARIABLE_UNASSIGNED("flow.variable-unassigned", Layer.FLOW,
      "A variable is assigned on some path before a state reads it."),
  FLOW_VARIABLE_MAYBE_UNASSIGNED("flow.variable-maybe-unassigned", Layer.FLOW,
      "A variable is assigned on every path before a state reads it.", Severity.WARNING),
  FLOW_VARIABLE_UNUSED("flow.variable-unused", Layer.FLOW, "Every assigned variable is read somewhere.",
      Severity.WARNING),

  // Lints
  LINT_PATH_WITHOUT_DOLLAR_KEY("lint.path-without-dollar-key", Layer.SYNTAX,
      "A string that looks like a path sits under a key without .$, so it is passed as literal text.", Severity.WARNING),
  LINT_PLACEHOLDER_ARN("lint.placeholder-arn", Layer.STRUCTURE,
      "A Resource ARN holds a placeholder (REGION, ACCOUNT_ID, ${...}) that must be substituted before deploy.",
      Severity.WARNING),
  LINT_CHOICE_NO_DEFAULT("lint.choice-no-default", Layer.STRUCTURE,
      "A Choice state without Default fails with States.NoChoiceMatched when no rule matches.", Severity.WARNING),
  LINT_RETRY_UNBOUNDED_BACKOFF("lint.retry-unbounded-backoff", Layer.STRUCTURE,
      "A retrier whose back-off grows past an hour has a MaxDelaySeconds cap.", Severity.WARNING);

  private final String id;
  private final Layer layer;
  private final String summary;
  private final Severity severity;

  Rule(String id, Layer layer, String summary) {
    this(id, layer, summary, Severity.ERROR);
  }

  Rule(String id, Layer layer, String summary, Severity severity) {
    this.id = id;
    this.layer = layer;
    this.summary = summary;
    this.severity = severity;
  }

  /** The stable rule id, as in diagnostics and {@code docs/rules.md}. */
  public String id() {
    return id;
  }

  /** The layer of checking the rule belongs to. */
  public Layer layer() {
    return layer;
  }

  /** What a definition must do to pass the rule. */
  public String summary() {
    return summary;
  }

  /** Whether breaking the rule is an error or a warning. */
  public Severity severity() {
    return severity;
  }

  /** The rule with the given id, if any. */
  public static Optional<Rule> byId(String id) {
    for (Rule rule : values()) {
      if (rule.id.equals(id)) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }
}
