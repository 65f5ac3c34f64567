package dev.baton.validate;

import java.util.List;
import java.util.stream.Stream;

/**
 * One focused example per rule for {@link RuleExamplesTest}: the definition, where {@code @@}
 * marks the exact line and column the diagnostic must point at (the member name of an object
 * member, the value of an array element or of the root), the JSON pointer, and phrases the
 * message must contain: what is wrong, where, and how to fix it.
 */
final class RuleExampleCases {
  private RuleExampleCases() {}

  /** A definition that breaks one rule, and what its diagnostic must say. */
  record Case(Rule rule, String pointer, String marked, List<String> phrases) {
    static final String MARK = "@@";

    /** The definition without the marker. */
    String json() {
      return marked.replace(MARK, "");
    }

    /** Whether the case pins the position with a marker. */
    boolean positioned() {
      return marked.contains(MARK);
    }

    /** The 1-based line of the marker. */
    int line() {
      String before = marked.substring(0, marked.indexOf(MARK));
      return (int) before.chars().filter(c -> c == '\n').count() + 1;
    }

    /** The 1-based column of the marker. */
    int column() {
      String before = marked.substring(0, marked.indexOf(MARK));
      return before.length() - before.lastIndexOf('\n');
    }

    @Override
    public String toString() {
      return rule.id() + " at " + (pointer.isEmpty() ? "the root" : pointer);
    }
  }

  static Case example(Rule rule, String pointer, String marked, String... phrases) {
    return new Case(rule, pointer, marked, List.of(phrases));
  }

  private static final String DISTRIBUTED = """
      "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
        "StartAt": "B", "States": {"B": {"Type": "Succeed"}}}""";

  private static final String INLINE = """
      "ItemProcessor": {"StartAt": "B", "States": {"B": {"Type": "Succeed"}}}""";

  private static String map(String fields, String processor) {
    return "{\"StartAt\": \"M\", \"States\": {\"M\": {\"Type\": \"Map\", \"End\": true,\n" + fields + ",\n"
        + processor + "}}}";
  }

  private static String task(String fields) {
    return "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::sns:publish\","
        + " \"End\": true,\n" + fields + "}}}";
  }

  static Stream<Case> syntax() {
    return Stream.of(
        example(Rule.JSON_SYNTAX, "", """
            {"StartAt": "A",
             "States": {"A": {"Type": "Pass" @@"End": true}}}
            """, "not valid JSON", "was expecting comma"),
        example(Rule.JSON_DUPLICATE_KEY, "/States/A", """
            {"StartAt": "A", "States": {
              "A": {"Type": "Pass", "End": true},
              @@"A": {"Type": "Succeed"}}}
            """, "duplicate key 'A'", "keep one"),
        example(Rule.PATH_SYNTAX, "/States/A/InputPath", """
            {"StartAt": "A", "States": {
              "A": {"Type": "Pass", @@"InputPath": "$.order[", "End": true}}}
            """, "InputPath is not a valid path", "never closed", "position 7", "add the missing ']'"),
        example(Rule.PATH_REFPATH, "/States/A/ResultPath", """
            {"StartAt": "A", "States": {
              "A": {"Type": "Pass", @@"ResultPath": "$.results[*]", "End": true}}}
            """, "ResultPath must be a Reference Path", "wildcard", "single node"),
        example(Rule.CHOICE_VARIABLE_PATH, "/States/C/Choices/0/Variable", """
            {"StartAt": "C", "States": {
              "C": {"Type": "Choice", "Default": "D",
                    "Choices": [{@@"Variable": "status", "StringEquals": "paid", "Next": "D"}]},
              "D": {"Type": "Succeed"}}}
            """, "Variable is not a valid path", "must start with '$'", "e.g. $.status"),
        example(Rule.PAYLOAD_DOLLAR_KEY_PATH, "/States/A/Parameters/orderId.$", """
            {"StartAt": "A", "States": {
              "A": {"Type": "Pass", "Parameters": {@@"orderId.$": "order"}, "End": true}}}
            """, "the value of 'orderId.$'", "must be a path (starting with $) or an intrinsic function",
            "drop the '.$' suffix"),
        example(Rule.PAYLOAD_DUPLICATE_KEY, "/States/A/Parameters/id.$", """
            {"StartAt": "A", "States": {
              "A": {"Type": "Pass", "Parameters": {"id": "fixed", @@"id.$": "$.id"}, "End": true}}}
            """, "'id.$' and 'id' both set the field 'id'", "Parameters", "keep one"),
        example(Rule.ASSIGN_DOLLAR_KEY_PATH, "/States/A/Assign/total.$", """
            {"StartAt": "A", "States": {
              "A": {"Type": "Pass", "Assign": {@@"total.$": "price * 2"}, "End": true}}}
            """, "the value of 'total.$'", "path (starting with $) or an intrinsic function", "drop the '.$'"),
        example(Rule.ASSIGN_VARIABLE_NAME, "/States/A/Assign/2nd-try", """
            {"StartAt": "A", "States": {
              "A": {"Type": "Pass", "Assign": {@@"2nd-try": true}, "End": true}}}
            """, "state 'A'", "'2nd-try' is not a valid variable name", "letters, digits and _"),
        example(Rule.INTRINSIC_SYNTAX, "/States/A/Parameters/greeting.$", """
            {"StartAt": "A", "States": {
              "A": {"Type": "Pass", "End": true,
                    "Parameters": {@@"greeting.$": "States.Format('Hello {}', $.name"}}}}
            """, "the value of 'greeting.$' is not valid", "never closed", "add the missing ')'"),
        example(Rule.INTRINSIC_UNKNOWN, "/States/A/Parameters/greeting.$", """
            {"StartAt": "A", "States": {
              "A": {"Type": "Pass", "End": true,
                    "Parameters": {@@"greeting.$": "States.Formatt('Hello {}', $.name)"}}}}
            """, "unknown intrinsic function 'States.Formatt'", "did you mean States.Format?"),
        example(Rule.INTRINSIC_ARITY, "/States/A/Parameters/sum.$", """
            {"StartAt": "A", "States": {
              "A": {"Type": "Pass", "Parameters": {@@"sum.$": "States.MathAdd($.a)"}, "End": true}}}
            """, "States.MathAdd takes exactly 2 arguments but was given 1", "write States.MathAdd(a, b)"),
        example(Rule.INTRINSIC_ARGUMENT, "/States/A/Parameters/sum.$", """
            {"StartAt": "A", "States": {
              "A": {"Type": "Pass", "Parameters": {@@"sum.$": "States.MathAdd('one', 1)"}, "End": true}}}
            """, "argument 1 of States.MathAdd must be a number", "the string 'one'", "pass a number"),
        example(Rule.JSONATA_SYNTAX, "/States/A/Output", """
            {"QueryLanguage": "JSONata", "StartAt": "A", "States": {
              "A": {"Type": "Pass", @@"Output": "{% $states.input.price * %}", "End": true}}}
            """, "invalid JSONata expression", "S0207", "complete the expression"),
        example(Rule.TIMESTAMP_FORMAT, "/States/C/Choices/0/TimestampLessThan", """
            {"StartAt": "C", "States": {
              "C": {"Type": "Choice", "Default": "D", "Choices": [
                {"Variable": "$.due", @@"TimestampLessThan": "2026-01-31 23:59:00", "Next": "D"}]},
              "D": {"Type": "Succeed"}}}
            """, "TimestampLessThan in Choice state 'C'", "\"2026-01-31 23:59:00\"", "not an RFC 3339 timestamp",
            "write it like 2026-01-31T23:59:00Z"),
        example(Rule.WAIT_TIMESTAMP_FORMAT, "/States/W/Timestamp", """
            {"StartAt": "W", "States": {
              "W": {"Type": "Wait", @@"Timestamp": "2026-01-31", "End": true}}}
            """, "Timestamp of Wait state 'W'", "not an RFC 3339 timestamp", "2026-01-31T23:59:00Z"),
        example(Rule.TASK_RESOURCE_ARN, "/States/A/Resource", """
            {"StartAt": "A", "States": {
              "A": {"Type": "Task", @@"Resource": "my-function", "End": true}}}
            """, "Resource of state 'A'", "\"my-function\"", "not a URI", "arn:aws:states:::lambda:invoke"),
        example(Rule.LINT_PATH_WITHOUT_DOLLAR_KEY, "/States/Run/Parameters/Arguments/--input", """
            {"StartAt": "Run", "States": {
              "Run": {"Type": "Task", "Resource": "arn:aws:states:::glue:startJobRun.sync", "End": true,
                      "Parameters": {"JobName": "nightly", "Arguments": {@@"--input": "$.input"}}}}}
            """, "'--input' in state 'Run'", "literal text \"$.input\"", "did you mean '--input.$'"),
        example(Rule.JSONATA_UNKNOWN_FUNCTION, "/States/A/Output", """
            {"QueryLanguage": "JSONata", "StartAt": "A", "States": {
              "A": {"Type": "Pass", @@"Output": "{% $uppercse($states.input.name) %}", "End": true}}}
            """, "$uppercse(...) in state 'A'", "not a JSONata or AWS function", "$uppercase",
            "States.QueryEvaluationError"));
  }

  static Stream<Case> definition() {
    return Stream.of(
        example(Rule.JSON_TYPE, "/States/A/Comment", """
            {"StartAt": "A", "States": {
              "A": {"Type": "Pass", @@"Comment": 42, "End": true}}}
            """, "Comment must be a string", "not the number 42"),
        example(Rule.TOP_TYPE, "", """
            @@[{"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}}}]
            """, "a definition must be a JSON object with StartAt and States", "not an array"),
        example(Rule.TOP_STARTAT_REQUIRED, "", """
            @@{
              "States": {"A": {"Type": "Pass", "End": true}}}
            """, "the state machine has no StartAt", "required"),
        example(Rule.TOP_STATES_REQUIRED, "", """
            @@{"StartAt": "A"}
            """, "no States object", "required"),
        example(Rule.TOP_STATES_TYPE, "/States", """
            {"StartAt": "A",
             @@"States": [{"Type": "Pass", "End": true}]}
            """, "States must be an object of states by name", "not an array"),
        example(Rule.TOP_STARTAT_UNKNOWN, "/StartAt", """
            {@@"StartAt": "Begin", "States": {
              "Start": {"Type": "Pass", "End": true}}}
            """, "StartAt names 'Begin'", "not a state of the state machine"),
        example(Rule.QUOTA_DEFINITION_SIZE, "", "@@{\"Comment\": \"" + "x".repeat(1_048_576)
            + "\", \"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"End\": true}}}",
            "the definition is 1048655 bytes", "at most 1048576 (1 MiB)", "move large static data to S3"),
        example(Rule.QUOTA_PAYLOAD_SIZE, "/States/A/Result", "{\"StartAt\": \"A\", \"States\": {\n  \"A\": "
            + "{\"Type\": \"Pass\", @@\"Result\": \"" + "x".repeat(262_144) + "\", \"End\": true}}}",
            "static payload of state 'A' is about 262146 bytes", "at most 262144 (256 KiB)"),
        example(Rule.STATE_TYPE, "/States/A", """
            {"StartAt": "A", "States": {
              @@"A": "Pass"}}
            """, "state 'A' must be an object", "not the string \"Pass\""),
        example(Rule.STATE_TYPE_REQUIRED, "/States/A", """
            {"StartAt": "A", "States": {
              @@"A": {"End": true}}}
            """, "state 'A' has no Type", "required"),
        example(Rule.STATE_TYPE_ENUM, "/States/A/Type", """
            {"StartAt": "A", "States": {
              "A": {@@"Type": "pass", "End": true}}}
            """, "state 'A' has unknown Type \"pass\"", "did you mean 'Pass'?",
            "Task, Pass, Choice, Wait, Succeed, Fail, Parallel, Map"),
        example(Rule.STATE_QUERYLANGUAGE_ENUM, "/QueryLanguage", """
            {@@"QueryLanguage": "JSONATA", "StartAt": "A", "States": {
              "A": {"Type": "Pass", "End": true}}}
            """, "QueryLanguage must be \"JSONPath\" or \"JSONata\"", "not \"JSONATA\"", "did you mean 'JSONata'?"),
        example(Rule.STATE_UNKNOWN_FIELD, "/States/A/ResultPth", """
            {"StartAt": "A", "States": {
              "A": {"Type": "Pass", @@"ResultPth": "$.result", "End": true}}}
            """, "unknown field 'ResultPth' in Pass state 'A'", "did you mean 'ResultPath'?"),
        example(Rule.STATE_FIELD_NOT_ALLOWED, "/States/A/Resource", """
            {"StartAt": "A", "States": {
              "A": {"Type": "Pass", @@"Resource": "arn:aws:states:::sns:publish", "End": true}}}
            """, "Resource is not allowed in a Pass state ('A')", "it belongs to Task states", "remove it"),
        example(Rule.STATE_TERMINAL_NO_TRANSITION, "/States/Done/End", """
            {"StartAt": "Done", "States": {
              "Done": {"Type": "Succeed", @@"End": true}}}
            """, "End is not allowed in a Succeed state ('Done')", "always ends its scope", "remove End"),
        example(Rule.STATE_NAME_LENGTH, "/States/" + "A".repeat(81), "{\"StartAt\": \"" + "A".repeat(81)
            + "\", \"States\": {\n  @@\"" + "A".repeat(81) + "\": {\"Type\": \"Succeed\"}}}",
            "state name 'AAAAAAAAAAAAAAAAAAAA...' is 81 characters long", "AWS allows at most 80"),
        example(Rule.STATE_NAME_UNIQUE, "/States/P/Branches/0/States/Done", """
            {"StartAt": "P", "States": {
              "P": {"Type": "Parallel", "Next": "Done", "Branches": [
                {"StartAt": "Done", "States": {@@"Done": {"Type": "Succeed"}}}]},
              "Done": {"Type": "Succeed"}}}
            """, "state name 'Done' is used in the state machine and again in branch 1 of Parallel state 'P'",
            "unique across the whole state machine"),
        example(Rule.STATE_END_XOR_NEXT, "/States/A", """
            {"StartAt": "A", "States": {
              @@"A": {"Type": "Pass", "Next": "B", "End": true},
              "B": {"Type": "Succeed"}}}
            """, "state 'A' has both Next and \"End\": true", "keep Next to go on, or End to stop here"));
  }

  static Stream<Case> transitions() {
    return Stream.of(
        example(Rule.STATE_NEXT_UNKNOWN, "/States/Paid?/Choices/0/Next", """
            {"StartAt": "Paid?", "States": {
              "Paid?": {"Type": "Choice", "Default": "Ship",
                        "Choices": [{"Variable": "$.paid", "BooleanEquals": true, @@"Next": "Shipp"}]},
              "Ship": {"Type": "Succeed"}}}
            """, "the Next of rule 0 of state 'Paid?' is 'Shipp'", "not a state of the state machine",
            "did you mean 'Ship'?"),
        example(Rule.SCOPE_STARTAT_UNKNOWN, "/States/P/Branches/0/StartAt", """
            {"StartAt": "P", "States": {
              "P": {"Type": "Parallel", "End": true, "Branches": [
                {@@"StartAt": "first", "States": {"First": {"Type": "Succeed"}}}]}}}
            """, "StartAt names 'first'", "not a state of branch 1 of Parallel state 'P'", "did you mean 'First'?"),
        example(Rule.PARALLEL_BRANCH_SCOPE, "/States/P/Branches/0/States/B/Choices/0/Next", """
            {"StartAt": "P", "States": {
              "P": {"Type": "Parallel", "Next": "Done", "Branches": [{"StartAt": "B", "States": {
                "B": {"Type": "Choice", "Default": "Stop",
                      "Choices": [{"Variable": "$.late", "BooleanEquals": true, @@"Next": "Done"}]},
                "Stop": {"Type": "Succeed"}}}]},
              "Done": {"Type": "Succeed"}}}
            """, "the Next of rule 0 of state 'B' is 'Done', a state of the state machine",
            "can only go to states of its own scope (branch 1 of Parallel state 'P')"),
        example(Rule.STATE_UNREACHABLE, "/States/Orphan", """
            {"StartAt": "A", "States": {
              "A": {"Type": "Pass", "End": true},
              @@"Orphan": {"Type": "Succeed"}}}
            """, "state 'Orphan' can never run", "no path from StartAt ('A')", "connect it or remove it"),
        example(Rule.SCOPE_NO_TERMINAL, "/States", """
            {"StartAt": "A", @@"States": {
              "A": {"Type": "Pass", "Next": "B"},
              "B": {"Type": "Pass", "Next": "A"}}}
            """, "the state machine has no terminal state", "add a Succeed or Fail state, or \"End\": true",
            "can never finish"));
  }

  static Stream<Case> tasksRetriesAndCatchers() {
    return Stream.of(
        example(Rule.TASK_RESOURCE_REQUIRED, "/States/A", """
            {"StartAt": "A", "States": {
              @@"A": {"Type": "Task", "End": true}}}
            """, "Task state 'A' has no Resource", "required"),
        example(Rule.TASK_TIMEOUT_POSITIVE, "/States/A/TimeoutSeconds", task("""
              @@"TimeoutSeconds": 0"""), "TimeoutSeconds of state 'A' is 0", "between 1 and 99999999"),
        example(Rule.TASK_TIMEOUT_EXCLUSIVE, "/States/A/TimeoutSecondsPath", task("""
              "TimeoutSeconds": 60, @@"TimeoutSecondsPath": "$.timeout\""""),
            "state 'A' has both TimeoutSeconds and TimeoutSecondsPath", "keep one"),
        example(Rule.TASK_HEARTBEAT_LT_TIMEOUT, "/States/A/HeartbeatSeconds", task("""
              "TimeoutSeconds": 60, @@"HeartbeatSeconds": 60"""),
            "HeartbeatSeconds of state 'A' (60) must be smaller than TimeoutSeconds (60)"),
        example(Rule.CATCH_NEXT_REQUIRED, "/States/A/Catch/0", task("""
              "Catch": [@@{"ErrorEquals": ["States.ALL"]}]"""), "catcher 0 of state 'A' has no Next", "required"),
        example(Rule.RETRY_JITTER_ENUM, "/States/A/Retry/0/JitterStrategy", task("""
              "Retry": [{"ErrorEquals": ["States.ALL"], @@"JitterStrategy": "RANDOM"}]"""),
            "JitterStrategy must be one of FULL, NONE", "not \"RANDOM\""),
        example(Rule.RETRY_ERROREQUALS_NONEMPTY, "/States/A/Retry/0/ErrorEquals", task("""
              "Retry": [{@@"ErrorEquals": []}]"""), "retrier 0 of state 'A' has an empty ErrorEquals",
            "list the errors it handles", "[\"States.ALL\"]"),
        example(Rule.RETRY_ALL_LAST, "/States/A/Catch/0/ErrorEquals/1", """
            {"StartAt": "A", "States": {
              "A": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish", "End": true,
                    "Catch": [{"ErrorEquals": ["States.Timeout", @@"States.ALL"], "Next": "H"}]},
              "H": {"Type": "Succeed"}}}
            """, "catcher 0 of state 'A' uses States.ALL with other error names",
            "must be alone in the last retrier or catcher"),
        example(Rule.RETRY_UNKNOWN_STATES_ERROR, "/States/A/Retry/0/ErrorEquals/0", task("""
              "Retry": [{"ErrorEquals": [@@"States.Timout"]}]"""),
            "retrier 0 of state 'A' names 'States.Timout'", "not a predefined error",
            "did you mean 'States.Timeout'?", "custom error names must not start with States."),
        example(Rule.RETRY_MAXATTEMPTS_MIN, "/States/A/Retry/0/MaxAttempts", task("""
              "Retry": [{"ErrorEquals": ["States.ALL"], @@"MaxAttempts": -1}]"""),
            "MaxAttempts of retrier 0 of state 'A' is -1", "0 (never retry) or more"),
        example(Rule.RETRY_INTERVAL_MIN, "/States/A/Retry/0/IntervalSeconds", task("""
              "Retry": [{"ErrorEquals": ["States.ALL"], @@"IntervalSeconds": 0}]"""),
            "IntervalSeconds of retrier 0 of state 'A' is 0", "at least 1"),
        example(Rule.RETRY_BACKOFF_MIN, "/States/A/Retry/0/BackoffRate", task("""
              "Retry": [{"ErrorEquals": ["States.ALL"], @@"BackoffRate": 0.5}]"""),
            "BackoffRate of retrier 0 of state 'A' is 0.5", "at least 1.0"),
        example(Rule.RETRY_MAXDELAY_MIN, "/States/A/Retry/0/MaxDelaySeconds", task("""
              "Retry": [{"ErrorEquals": ["States.ALL"], @@"MaxDelaySeconds": 0}]"""),
            "MaxDelaySeconds of retrier 0 of state 'A' is 0", "at least 1"),
        example(Rule.LINT_RETRY_UNBOUNDED_BACKOFF, "/States/A/Retry/0", task("""
              "Retry": [@@{"ErrorEquals": ["States.ALL"], "MaxAttempts": 20}]"""),
            "retrier 0 of state 'A' waits up to 524288 seconds before its last attempt",
            "IntervalSeconds 1, BackoffRate 2.0, MaxAttempts 20", "add MaxDelaySeconds to cap it"),
        example(Rule.LINT_PLACEHOLDER_ARN, "/States/A/Resource", """
            {"StartAt": "A", "States": {
              "A": {"Type": "Task", @@"Resource": "arn:aws:lambda:REGION:ACCOUNT_ID:function:process", "End": true}}}
            """, "Resource of state 'A' holds a placeholder", "substitute the real region and account"));
  }

  static Stream<Case> choices() {
    return Stream.of(
        example(Rule.CHOICE_CHOICES_REQUIRED, "/States/C", """
            {"StartAt": "C", "States": {
              @@"C": {"Type": "Choice", "Default": "D"},
              "D": {"Type": "Succeed"}}}
            """, "Choice state 'C' has no Choices", "required"),
        example(Rule.CHOICE_CHOICES_NONEMPTY, "/States/C/Choices", """
            {"StartAt": "C", "States": {
              "C": {"Type": "Choice", @@"Choices": [], "Default": "D"},
              "D": {"Type": "Succeed"}}}
            """, "Choice state 'C' has no rules", "add at least one"),
        example(Rule.CHOICE_RULE_NEXT_REQUIRED, "/States/C/Choices/0", """
            {"StartAt": "C", "States": {
              "C": {"Type": "Choice", "Default": "D",
                    "Choices": [@@{"Variable": "$.paid", "BooleanEquals": true}]},
              "D": {"Type": "Succeed"}}}
            """, "this Choice rule of state 'C' has no Next", "must say where to go"),
        example(Rule.CHOICE_NESTED_NO_NEXT, "/States/C/Choices/0/Not/Next", """
            {"StartAt": "C", "States": {
              "C": {"Type": "Choice", "Default": "D", "Choices": [
                {"Not": {"Variable": "$.paid", "BooleanEquals": true, @@"Next": "D"}, "Next": "D"}]},
              "D": {"Type": "Succeed"}}}
            """, "Next is only allowed on a top-level Choice rule", "not inside And, Or or Not", "move it up"),
        example(Rule.CHOICE_NOT_OBJECT, "/States/C/Choices/0/Not", """
            {"StartAt": "C", "States": {
              "C": {"Type": "Choice", "Default": "D", "Choices": [
                {@@"Not": [{"Variable": "$.paid", "BooleanEquals": true}], "Next": "D"}]},
              "D": {"Type": "Succeed"}}}
            """, "Not takes one rule object", "not an array"),
        example(Rule.CHOICE_ONE_OPERATOR, "/States/C/Choices/0", """
            {"StartAt": "C", "States": {
              "C": {"Type": "Choice", "Default": "D", "Choices": [
                @@{"Variable": "$.total", "NumericGreaterThan": 0, "NumericLessThan": 100, "Next": "D"}]},
              "D": {"Type": "Succeed"}}}
            """, "a Choice rule has exactly one test", "NumericGreaterThan, NumericLessThan",
            "split it with And or Or"),
        example(Rule.CHOICE_OPERATOR_REQUIRED, "/States/C/Choices/0", """
            {"StartAt": "C", "States": {
              "C": {"Type": "Choice", "Default": "D", "Choices": [@@{"Variable": "$.paid", "Next": "D"}]},
              "D": {"Type": "Succeed"}}}
            """, "this Choice rule has no test", "add a comparison such as StringEquals with a Variable"),
        example(Rule.CHOICE_VARIABLE_REQUIRED, "/States/C/Choices/0", """
            {"StartAt": "C", "States": {
              "C": {"Type": "Choice", "Default": "D", "Choices": [@@{"BooleanEquals": true, "Next": "D"}]},
              "D": {"Type": "Succeed"}}}
            """, "BooleanEquals needs a Variable", "the path of the value to test"),
        example(Rule.CHOICE_AND_NONEMPTY, "/States/C/Choices/0/Or", """
            {"StartAt": "C", "States": {
              "C": {"Type": "Choice", "Default": "D", "Choices": [{@@"Or": [], "Next": "D"}]},
              "D": {"Type": "Succeed"}}}
            """, "Or in Choice state 'C' holds no rule", "give it at least one"),
        example(Rule.CHOICE_OPERAND_TYPE, "/States/C/Choices/0/And/0/NumericEquals", """
            {"StartAt": "C", "States": {
              "C": {"Type": "Choice", "Default": "D", "Choices": [{"Next": "D", "And": [
                {"Variable": "$.n", @@"NumericEquals": "5"}]}]},
              "D": {"Type": "Succeed"}}}
            """, "NumericEquals in Choice state 'C' takes a number", "not the string \"5\""),
        example(Rule.CHOICE_NO_END, "/States/C/End", """
            {"StartAt": "C", "States": {
              "C": {"Type": "Choice", "Default": "D", @@"End": true,
                    "Choices": [{"Variable": "$.paid", "BooleanEquals": true, "Next": "D"}]},
              "D": {"Type": "Succeed"}}}
            """, "End is not allowed in a Choice state ('C')", "add a Succeed state to end there"),
        example(Rule.CHOICE_NO_NEXT, "/States/C/Next", """
            {"StartAt": "C", "States": {
              "C": {"Type": "Choice", "Default": "D", @@"Next": "D",
                    "Choices": [{"Variable": "$.paid", "BooleanEquals": true, "Next": "D"}]},
              "D": {"Type": "Succeed"}}}
            """, "Next is not allowed in a Choice state ('C')", "move this target into Default"),
        example(Rule.LINT_CHOICE_NO_DEFAULT, "/States/C", """
            {"StartAt": "C", "States": {
              @@"C": {"Type": "Choice", "Choices": [{"Variable": "$.paid", "BooleanEquals": true, "Next": "D"}]},
              "D": {"Type": "Succeed"}}}
            """, "Choice state 'C' has no Default", "fails with States.NoChoiceMatched", "add a Default"));
  }

  static Stream<Case> waitFailParallel() {
    return Stream.of(
        example(Rule.WAIT_EXACTLY_ONE, "/States/W", """
            {"StartAt": "W", "States": {
              @@"W": {"Type": "Wait", "Seconds": 5, "SecondsPath": "$.s", "End": true}}}
            """, "Wait state 'W' has 2 of Seconds, SecondsPath, Timestamp and TimestampPath", "needs exactly one"),
        example(Rule.WAIT_SECONDS_NONNEG, "/States/W/Seconds", """
            {"StartAt": "W", "States": {
              "W": {"Type": "Wait", @@"Seconds": -5, "End": true}}}
            """, "Seconds of Wait state 'W' is -5", "0 or more"),
        example(Rule.FAIL_NO_PATHS, "/States/F/OutputPath", """
            {"StartAt": "F", "States": {
              "F": {"Type": "Fail", "Error": "Rejected", @@"OutputPath": "$.reason"}}}
            """, "OutputPath is not allowed in a Fail state ('F')", "no input or output processing",
            "use Error/ErrorPath and Cause/CausePath"),
        example(Rule.FAIL_ERROR_EXCLUSIVE, "/States/F/ErrorPath", """
            {"StartAt": "F", "States": {
              "F": {"Type": "Fail", "Error": "Rejected", @@"ErrorPath": "$.error"}}}
            """, "Fail state 'F' has both Error and ErrorPath", "keep one"),
        example(Rule.FAIL_CAUSE_EXCLUSIVE, "/States/F/CausePath", """
            {"StartAt": "F", "States": {
              "F": {"Type": "Fail", "Cause": "Card declined", @@"CausePath": "$.cause"}}}
            """, "Fail state 'F' has both Cause and CausePath", "keep one"),
        example(Rule.ASSIGN_NOT_ON_FAIL, "/States/F/Assign", """
            {"StartAt": "F", "States": {
              "F": {"Type": "Fail", "Error": "Rejected", @@"Assign": {"failed": true}}}}
            """, "Assign is not allowed in a Fail state ('F')", "assign the variable in an earlier state"),
        example(Rule.ASSIGN_NOT_ON_SUCCEED, "/States/S/Assign", """
            {"StartAt": "S", "States": {
              "S": {"Type": "Succeed", @@"Assign": {"done": true}}}}
            """, "Assign is not allowed in a Succeed state ('S')", "assign the variable in an earlier state"),
        example(Rule.PARALLEL_BRANCHES_REQUIRED, "/States/P", """
            {"StartAt": "P", "States": {
              @@"P": {"Type": "Parallel", "End": true}}}
            """, "Parallel state 'P' has no Branches", "required"),
        example(Rule.PARALLEL_BRANCH_STARTAT, "/States/P/Branches/0", """
            {"StartAt": "P", "States": {
              "P": {"Type": "Parallel", "End": true,
                    "Branches": [@@{"States": {"B": {"Type": "Succeed"}}}]}}}
            """, "branch 0 of Parallel state 'P' has no StartAt", "required"),
        example(Rule.PARALLEL_BRANCHES_NONEMPTY, "/States/P/Branches", """
            {"StartAt": "P", "States": {
              "P": {"Type": "Parallel", @@"Branches": [], "End": true}}}
            """, "Parallel state 'P' has no branches", "add at least one"));
  }

  static Stream<Case> maps() {
    return Stream.of(
        example(Rule.MAP_PROCESSOR_REQUIRED, "/States/M", """
            {"StartAt": "M", "States": {
              @@"M": {"Type": "Map", "End": true}}}
            """, "Map state 'M' has no ItemProcessor", "needs one to process each item"),
        example(Rule.MAP_PROCESSOR_STARTAT, "/States/M/ItemProcessor", map("""
            @@"ItemProcessor": {"States": {"B": {"Type": "Succeed"}}}""", "\"Comment\": \"no StartAt\""),
            "ItemProcessor of Map state 'M' has no StartAt", "required"),
        example(Rule.MAP_PROCESSOR_EXCLUSIVE, "/States/M/Iterator", map("""
            @@"Iterator": {"StartAt": "C", "States": {"C": {"Type": "Succeed"}}}""", INLINE),
            "Map state 'M' has both ItemProcessor and the legacy Iterator", "keep ItemProcessor"),
        example(Rule.MAP_MODE_ENUM, "/States/M/ItemProcessor/ProcessorConfig/Mode", map("""
            "ItemProcessor": {"ProcessorConfig": {@@"Mode": "Inline"},
              "StartAt": "B", "States": {"B": {"Type": "Succeed"}}}""", "\"Comment\": \"c\""),
            "Mode must be one of INLINE, DISTRIBUTED", "not \"Inline\"", "did you mean 'INLINE'?"),
        example(Rule.MAP_EXECUTIONTYPE_ENUM, "/States/M/ItemProcessor/ProcessorConfig/ExecutionType", map("""
            "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", @@"ExecutionType": "FAST"},
              "StartAt": "B", "States": {"B": {"Type": "Succeed"}}}""", "\"Comment\": \"c\""),
            "ExecutionType must be one of STANDARD, EXPRESS", "not \"FAST\""),
        example(Rule.MAP_EXECUTIONTYPE_REQUIRED, "/States/M/ItemProcessor/ProcessorConfig", map("""
            "ItemProcessor": {@@"ProcessorConfig": {"Mode": "DISTRIBUTED"},
              "StartAt": "B", "States": {"B": {"Type": "Succeed"}}}""", "\"Comment\": \"c\""),
            "Map state 'M' runs DISTRIBUTED but has no ExecutionType", "set STANDARD or EXPRESS"),
        example(Rule.MAP_SELECTOR_EXCLUSIVE, "/States/M/Parameters", map("""
            "ItemSelector": {"id.$": "$.id"}, @@"Parameters": {"id.$": "$.id"}""", INLINE),
            "Map state 'M' has both ItemSelector and the legacy Parameters", "keep ItemSelector"),
        example(Rule.MAP_ITEMS_EXCLUSIVE, "/States/M/ItemsPath", map("""
            "ItemReader": {"Resource": "arn:aws:states:::s3:getObject"}, @@"ItemsPath": "$.orders\"""", DISTRIBUTED),
            "Map state 'M' takes its items from ItemReader and ItemsPath", "keep one"),
        example(Rule.MAP_MAXCONCURRENCY_NONNEG, "/States/M/MaxConcurrency", map("""
            @@"MaxConcurrency": -1""", INLINE), "MaxConcurrency of Map state 'M' is -1", "0 (no limit) or more"),
        example(Rule.MAP_FIELD_EXCLUSIVE, "/States/M/ItemBatcher/MaxItemsPerBatchPath", map("""
            "ItemBatcher": {"MaxItemsPerBatch": 10, @@"MaxItemsPerBatchPath": "$.size"}""", DISTRIBUTED),
            "Map state 'M' has both MaxItemsPerBatch and MaxItemsPerBatchPath", "keep one"),
        example(Rule.MAP_DISTRIBUTED_ONLY, "/States/M/ToleratedFailurePercentage", map("""
            @@"ToleratedFailurePercentage": 5""", INLINE),
            "ToleratedFailurePercentage of Map state 'M' only works in DISTRIBUTED mode",
            "set ItemProcessor.ProcessorConfig to {\"Mode\": \"DISTRIBUTED\""),
        example(Rule.MAP_TOLERANCE_RANGE, "/States/M/ToleratedFailureCount", map("""
            @@"ToleratedFailureCount": -2""", DISTRIBUTED),
            "ToleratedFailureCount of Map state 'M' is -2", "0 or more"),
        example(Rule.MAP_BATCHER_MAX, "/States/M/ItemBatcher/MaxInputBytesPerBatch", map("""
            "ItemBatcher": {@@"MaxInputBytesPerBatch": 300000}""", DISTRIBUTED),
            "MaxInputBytesPerBatch of Map state 'M' is 300000", "between 1 and 262144 (256 KiB)"),
        example(Rule.MAP_READER_RESOURCE, "/States/M/ItemReader", map("""
            @@"ItemReader": {"ReaderConfig": {"InputType": "JSON"}}""", DISTRIBUTED),
            "ItemReader has no Resource", "required"),
        example(Rule.MAP_READER_INPUTTYPE_ENUM, "/States/M/ItemReader/ReaderConfig/InputType", map("""
            "ItemReader": {"Resource": "arn:aws:states:::s3:getObject", "ReaderConfig": {@@"InputType": "XML"}}""",
            DISTRIBUTED), "InputType must be one of CSV, JSON, JSONL, MANIFEST, PARQUET", "not \"XML\""),
        example(Rule.MAP_READER_CSVHEADER_ENUM, "/States/M/ItemReader/ReaderConfig/CSVHeaderLocation", map("""
            "ItemReader": {"Resource": "arn:aws:states:::s3:getObject",
              "ReaderConfig": {"InputType": "CSV", @@"CSVHeaderLocation": "FIRST_LINE"}}""", DISTRIBUTED),
            "CSVHeaderLocation must be one of FIRST_ROW, GIVEN", "not \"FIRST_LINE\""),
        example(Rule.MAP_READER_DELIMITER_ENUM, "/States/M/ItemReader/ReaderConfig/CSVDelimiter", map("""
            "ItemReader": {"Resource": "arn:aws:states:::s3:getObject",
              "ReaderConfig": {"InputType": "CSV", "CSVHeaderLocation": "FIRST_ROW", @@"CSVDelimiter": ";"}}""",
            DISTRIBUTED), "CSVDelimiter must be one of COMMA, PIPE, SEMICOLON, SPACE, TAB", "not \";\""),
        example(Rule.MAP_READER_MANIFEST_ENUM, "/States/M/ItemReader/ReaderConfig/ManifestType", map("""
            "ItemReader": {"Resource": "arn:aws:states:::s3:getObject",
              "ReaderConfig": {"InputType": "MANIFEST", @@"ManifestType": "S3_INVENTORIES"}}""", DISTRIBUTED),
            "ManifestType must be one of ATHENA_DATA, S3_INVENTORY, CSV", "did you mean 'S3_INVENTORY'?"),
        example(Rule.MAP_READER_CSV_HEADERS, "/States/M/ItemReader/ReaderConfig/CSVHeaders", map("""
            "ItemReader": {"Resource": "arn:aws:states:::s3:getObject",
              "ReaderConfig": {"InputType": "CSV", "CSVHeaderLocation": "FIRST_ROW", @@"CSVHeaders": ["id"]}}""",
            DISTRIBUTED), "has CSVHeaders but CSVHeaderLocation is not GIVEN", "set it to GIVEN or drop the headers"),
        example(Rule.MAP_WRITER_RESOURCE, "/States/M/ResultWriter", map("""
            @@"ResultWriter": {"Parameters": {"Bucket": "results", "Prefix": "run"}}""", DISTRIBUTED),
            "the ResultWriter of Map state 'M' has no Resource", "use arn:aws:states:::s3:putObject"),
        example(Rule.MAP_LABEL, "/States/M/Label", map("""
            @@"Label": "nightly run\"""", DISTRIBUTED), "Label of Map state 'M' is \"nightly run\"",
            "at most 40 characters, without whitespace"));
  }

  static Stream<Case> languagesAndVariables() {
    return Stream.of(
        example(Rule.JSONATA_NO_JSONPATH_FIELD, "/States/A/InputPath", """
            {"QueryLanguage": "JSONata", "StartAt": "A", "States": {
              "A": {"Type": "Pass", @@"InputPath": "$.order", "End": true}}}
            """, "InputPath is a JSONPath field, but state 'A' is JSONata",
            "use Arguments with {% $states.input... %} expressions"),
        example(Rule.JSONPATH_NO_JSONATA_FIELD, "/States/A/Output", """
            {"StartAt": "A", "States": {
              "A": {"Type": "Pass", @@"Output": {"status": "ok"}, "End": true}}}
            """, "Output is a JSONata field, but state 'A' is JSONPath", "use OutputPath, ResultSelector or ResultPath"),
        example(Rule.JSONATA_JSONPATH_STATE, "/States/A/QueryLanguage", """
            {"QueryLanguage": "JSONata", "StartAt": "A", "States": {
              "A": {"Type": "Pass", @@"QueryLanguage": "JSONPath", "End": true}}}
            """, "state 'A' is JSONPath in a state machine whose QueryLanguage is JSONata",
            "rewrite the state in JSONata or make the machine JSONPath"),
        example(Rule.JSONATA_STATES_RESULT, "/States/A/Arguments/Message", """
            {"QueryLanguage": "JSONata", "StartAt": "A", "States": {
              "A": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish", "End": true,
                    "Arguments": {@@"Message": "{% $states.result %}"}}}}
            """, "$states.result is not available in Arguments of state 'A'",
            "only Output and Assign of Task, Parallel and Map states see a result", "use $states.input"),
        example(Rule.JSONATA_STATES_ERROR_OUTPUT, "/States/A/Output", """
            {"QueryLanguage": "JSONata", "StartAt": "A", "States": {
              "A": {"Type": "Pass", @@"Output": "{% $states.errorOutput %}", "End": true}}}
            """, "$states.errorOutput is only available in a catcher's Output and Assign",
            "not in Output of state 'A'"),
        example(Rule.ASSIGN_OUTER_SCOPE, "/States/P/Branches/0/States/B/Assign/count", """
            {"StartAt": "Init", "States": {
              "Init": {"Type": "Pass", "Assign": {"count": 0}, "Next": "P"},
              "P": {"Type": "Parallel", "End": true, "Branches": [{"StartAt": "B", "States": {
                "B": {"Type": "Pass", "Assign": {@@"count": 1}, "End": true}}}]}}}
            """, "state 'B' in branch 1 of Parallel state 'P' assigns $count",
            "a variable of the state machine (assigned by 'Init')", "use another name"));
  }

  static Stream<Case> dataFlow() {
    return Stream.of(
        example(Rule.FLOW_PATH_MISSING, "/States/Notify/Parameters/message.$", """
            {"StartAt": "Load", "States": {
              "Load": {"Type": "Pass", "Result": {"id": 1}, "Next": "Fetch"},
              "Fetch": {"Type": "Pass", "Result": {"rows": 3}, "ResultPath": "$.data.lambdaresult",
                        "OutputPath": "$.data", "Next": "Notify"},
              "Notify": {"Type": "Pass", "Parameters": {@@"message.$": "$.data.lambdaresult"}, "End": true}}}
            """, "Parameters 'message.$' of state 'Notify' reads $.data.lambdaresult, which can never resolve",
            "the object at $ has no field 'data'", "OutputPath '$.data' of state 'Fetch' selected",
            "did you mean $.lambdaresult?"),
        example(Rule.FLOW_PATH_MAYBE, "/States/Bill/Parameters/d.$", """
            {"StartAt": "Start", "States": {
              "Start": {"Type": "Pass", "Result": {"vip": true}, "Next": "Pick"},
              "Pick": {"Type": "Choice", "Choices": [{"Variable": "$.vip", "BooleanEquals": true, "Next": "Discount"}],
                       "Default": "Skip"},
              "Discount": {"Type": "Pass", "Result": 10, "ResultPath": "$.discount", "Next": "Bill"},
              "Skip": {"Type": "Pass", "Next": "Bill"},
              "Bill": {"Type": "Pass", "Parameters": {@@"d.$": "$.discount"}, "End": true}}}
            """, "reads $.discount, which may not resolve", "not set when coming from 'Skip'"),
        example(Rule.FLOW_VARIABLE_UNASSIGNED, "/States/B/Parameters/t.$", """
            {"StartAt": "A", "States": {
              "A": {"Type": "Pass", "Assign": {"total": 1}, "Next": "B"},
              "B": {"Type": "Pass", "Parameters": {@@"t.$": "$totl"}, "End": true}}}
            """, "reads $totl before any state assigns it", "assign it in an earlier state"),
        example(Rule.FLOW_VARIABLE_MAYBE_UNASSIGNED, "/States/Use/Parameters/d.$", """
            {"StartAt": "Pick", "States": {
              "Pick": {"Type": "Choice", "Choices": [{"Variable": "$.vip", "IsPresent": true, "Next": "Vip"}],
                       "Default": "Use"},
              "Vip": {"Type": "Pass", "Assign": {"discount": 10}, "Next": "Use"},
              "Use": {"Type": "Pass", "Parameters": {@@"d.$": "$discount"}, "End": true}}}
            """, "reads $discount, which is not assigned when coming from 'Pick'"),
        example(Rule.FLOW_VARIABLE_UNUSED, "/States/A/Assign/unused", """
            {"StartAt": "A", "States": {"A": {"Type": "Pass", "Assign": {@@"unused": 1}, "End": true}}}
            """, "$unused is assigned but never read"));
  }

  /** Rules whose diagnostic has no source position today (see the test's report). */
  static Stream<Case> unpositioned() {
    return Stream.of(
        example(Rule.JSON_TOO_DEEP, "", "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"Result\": "
            + "[".repeat(600) + "]".repeat(600) + ", \"End\": true}}}", "nests deeper than 512 levels"));
  }

  static Stream<Case> all() {
    return Stream.of(syntax(), definition(), transitions(), tasksRetriesAndCatchers(), choices(),
        waitFailParallel(), maps(), languagesAndVariables(), dataFlow(), unpositioned()).flatMap(s -> s);
  }
}
