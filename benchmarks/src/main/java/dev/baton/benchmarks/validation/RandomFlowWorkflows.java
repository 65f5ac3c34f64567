package dev.baton.benchmarks.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random small workflows that give the data-flow analysis plenty to report: paths that may or may
 * not resolve, ResultPath merges, catchers, Choice loops, Parallel branches, inline and distributed
 * Maps, variables, and JSONata states. {@link FlowCpuTime} {@code --fuzz} analyses them with two
 * builds of Baton and requires the same findings from both, so a change that only makes the analysis
 * faster can be checked to change nothing it reports. Not every workflow is structurally valid; those
 * are still compared (their structure findings) but do not reach the flow layer.
 */
final class RandomFlowWorkflows {
  private static final String[] PATHS = {"$", "$.a", "$.a.b", "$.a.c", "$.b", "$.items", "$.items[0].v",
      "$.items[1]", "$.result", "$.result.Payload", "$.result.StatusCode", "$.result.MessageId", "$.err.Error",
      "$.err.Cause", "$.x", "$.call.status", "$.r", "$.r.Id", "$.r.JobRunState", "$.r[0]", "$.out.a", "$.v",
      "$.n", "$$.Execution.Input.a", "$$.Map.Item.Value", "$$.Task.Token", "$$.State.Name", "$.each[0]",
      "$.fan[1].a", "$.Error", "$.Cause", "$.c.d", "$v1", "$v2.a", "$v2", "$v3.b"};
  private static final String[] RESULT_PATHS = {"$.result", "$.a.b", "$.err", "$", "$.r", "$.out", "$.x", "$.c.d"};
  private static final String[] RESOURCES = {"arn:aws:states:::lambda:invoke", "arn:aws:states:::sns:publish",
      "arn:aws:states:::glue:startJobRun.sync", "arn:aws:states:::states:startExecution.sync:2",
      "arn:aws:lambda:us-east-1:123456789012:function:work", "arn:aws:states:::sqs:sendMessage"};
  private static final String[] JSONATA = {"$states.input.a", "$states.input.a.b", "$states.input.items",
      "$states.input.x", "$states.result.Payload", "$states.result.MessageId", "$states.input.result.Payload",
      "$v1", "$v2.a", "$states.context.Execution.Input.a", "$states.input.err.Cause", "$states.errorOutput.Cause"};

  private final Random random;
  private final boolean jsonata;

  private RandomFlowWorkflows(long seed) {
    this.random = new Random(seed);
    this.jsonata = random.nextInt(4) == 0;
  }

  /** The ASL text of the workflow of this seed. */
  static String json(long seed) {
    RandomFlowWorkflows w = new RandomFlowWorkflows(seed);
    StringBuilder sb = new StringBuilder("{");
    if (w.jsonata) {
      sb.append("\"QueryLanguage\": \"JSONata\", ");
    }
    // Every fifth workflow is longer, so that loops meet more often and run into the widening.
    w.scope(sb, "S", 0, 2 + w.random.nextInt(seed % 5 == 4 ? 30 : 9));
    return sb.append("}").toString();
  }

  /** An input sample for the hints (or null: nothing declared). */
  static String inputSample(long seed) {
    Random r = new Random(~seed);
    return switch (r.nextInt(4)) {
      case 0 -> "{\"a\": {\"b\": 1}, \"items\": [{\"v\": 1}, {\"v\": 2, \"w\": true}], \"x\": \"s\"}";
      case 1 -> "{\"a\": {\"c\": [1, 2]}, \"b\": null, \"call\": {\"status\": \"NEW\"}}";
      default -> null;
    };
  }

  private void scope(StringBuilder sb, String prefix, int depth, int count) {
    sb.append("\"StartAt\": \"").append(prefix).append("0\", \"States\": {");
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append('"').append(prefix).append(i).append("\": ");
      state(sb, prefix, i, count, depth);
    }
    sb.append("}");
  }

  private void state(StringBuilder sb, String prefix, int i, int count, int depth) {
    boolean last = i == count - 1;
    String next = last ? null : prefix + (i + 1);
    int kind = random.nextInt(depth < 2 ? 10 : 8);
    List<String> f = new ArrayList<>();
    if (last && random.nextInt(3) == 0) {
      f.add(random.nextBoolean() ? "\"Type\": \"Succeed\"" : fail());
      sb.append("{").append(String.join(", ", f)).append("}");
      return;
    }
    switch (kind) {
      case 0, 1 -> {
        f.add("\"Type\": \"Pass\"");
        if (jsonata) {
          maybe(f, "\"Output\": " + jsonataTemplate());
        } else {
          maybe(f, "\"InputPath\": \"" + pick(PATHS) + "\"");
          if (random.nextBoolean()) {
            f.add("\"Result\": " + literal(2));
          } else {
            maybe(f, "\"Parameters\": " + template(2));
          }
          maybe(f, "\"ResultPath\": " + resultPath());
          maybe(f, "\"OutputPath\": \"" + pick(PATHS) + "\"");
        }
      }
      case 2, 3, 4 -> {
        f.add("\"Type\": \"Task\"");
        f.add("\"Resource\": \"" + pick(RESOURCES) + "\"");
        if (jsonata) {
          maybe(f, "\"Arguments\": " + jsonataTemplate());
          maybe(f, "\"Output\": " + jsonataTemplate());
        } else {
          maybe(f, "\"Parameters\": " + template(2));
          maybe(f, "\"ResultSelector\": " + template(1));
          maybe(f, "\"ResultPath\": " + resultPath());
          maybe(f, "\"OutputPath\": \"" + pick(PATHS) + "\"");
          maybe(f, "\"TimeoutSecondsPath\": \"" + pick(PATHS) + "\"");
        }
        catchers(f, prefix, i, count);
      }
      case 5, 6 -> {
        f.add("\"Type\": \"Choice\"");
        List<String> rules = new ArrayList<>();
        for (int r = 0, n = 1 + random.nextInt(3); r < n; r++) {
          String target = prefix + random.nextInt(count);
          String assign = random.nextInt(4) == 0 ? ", \"Assign\": " + assign() : "";
          rules.add(jsonata ? "{\"Condition\": \"{% " + pick(JSONATA) + " = 1 %}\", \"Next\": \"" + target + "\"" + assign + "}"
              : "{" + condition(2) + ", \"Next\": \"" + target + "\"" + assign + "}");
        }
        f.add("\"Choices\": [" + String.join(", ", rules) + "]");
        if (next != null) {
          f.add("\"Default\": \"" + next + "\"");
        }
        next = null;
        maybe(f, "\"Assign\": " + assign());
      }
      case 7 -> {
        f.add("\"Type\": \"Wait\"");
        f.add(jsonata || random.nextBoolean() ? "\"Seconds\": 1" : "\"SecondsPath\": \"" + pick(PATHS) + "\"");
      }
      case 8 -> {
        f.add("\"Type\": \"Parallel\"");
        List<String> branches = new ArrayList<>();
        for (int b = 0, n = 1 + random.nextInt(2); b < n; b++) {
          StringBuilder branch = new StringBuilder("{");
          scope(branch, prefix + i + "b" + b + "_", depth + 1, 1 + random.nextInt(3));
          branches.add(branch.append("}").toString());
        }
        f.add("\"Branches\": [" + String.join(", ", branches) + "]");
        if (!jsonata) {
          maybe(f, "\"Parameters\": " + template(1));
          maybe(f, "\"ResultSelector\": " + template(1));
          maybe(f, "\"ResultPath\": " + resultPath());
        }
        catchers(f, prefix, i, count);
      }
      default -> {
        f.add("\"Type\": \"Map\"");
        if (jsonata) {
          maybe(f, "\"Items\": \"{% " + pick(JSONATA) + " %}\"");
        } else {
          maybe(f, "\"ItemsPath\": \"" + pick(PATHS) + "\"");
          maybe(f, "\"ItemSelector\": " + template(1));
          maybe(f, "\"ResultPath\": " + resultPath());
        }
        boolean distributed = random.nextInt(4) == 0;
        StringBuilder processor = new StringBuilder("{\"ProcessorConfig\": {\"Mode\": \""
            + (distributed ? "DISTRIBUTED\", \"ExecutionType\": \"STANDARD\"" : "INLINE\"") + "}, ");
        scope(processor, prefix + i + "m_", depth + 1, 1 + random.nextInt(3));
        f.add("\"ItemProcessor\": " + processor.append("}"));
        catchers(f, prefix, i, count);
      }
    }
    if (kind != 5 && kind != 6 && random.nextInt(4) == 0) {
      f.add("\"Assign\": " + assign());
    }
    if (next != null) {
      f.add("\"Next\": \"" + next + "\"");
    } else if (kind != 5 && kind != 6) {
      f.add("\"End\": true");
    }
    sb.append("{").append(String.join(", ", f)).append("}");
  }

  private String fail() {
    return jsonata || random.nextBoolean() ? "\"Type\": \"Fail\", \"Error\": \"E\", \"Cause\": \"c\""
        : "\"Type\": \"Fail\", \"ErrorPath\": \"" + pick(PATHS) + "\", \"CausePath\": \"" + pick(PATHS) + "\"";
  }

  private void catchers(List<String> f, String prefix, int i, int count) {
    if (random.nextInt(3) > 0) {
      return;
    }
    String target = prefix + random.nextInt(count);
    String how = jsonata ? (random.nextBoolean() ? ", \"Output\": \"{% $states.errorOutput %}\"" : "")
        : random.nextBoolean() ? ", \"ResultPath\": " + resultPath() : "";
    String assign = random.nextInt(4) == 0 ? ", \"Assign\": " + assign() : "";
    f.add("\"Catch\": [{\"ErrorEquals\": [\"States.ALL\"]" + how + assign + ", \"Next\": \"" + target + "\"}]");
  }

  private String condition(int depth) {
    int kind = depth == 0 ? random.nextInt(3) : random.nextInt(6);
    return switch (kind) {
      case 0 -> "\"Variable\": \"" + pick(PATHS) + "\", \"IsPresent\": " + random.nextBoolean();
      case 1 -> "\"Variable\": \"" + pick(PATHS) + "\", \"StringEquals\": \"x\"";
      case 2 -> "\"Variable\": \"" + pick(PATHS) + "\", \"NumericEqualsPath\": \"" + pick(PATHS) + "\"";
      case 3 -> "\"And\": [{" + condition(depth - 1) + "}, {" + condition(depth - 1) + "}]";
      case 4 -> "\"Or\": [{" + condition(depth - 1) + "}, {" + condition(depth - 1) + "}]";
      default -> "\"Not\": {" + condition(depth - 1) + "}";
    };
  }

  private String assign() {
    List<String> fields = new ArrayList<>();
    String[] names = {"v1", "v2", "v3"};
    for (int i = 0, n = 1 + random.nextInt(2); i < n; i++) {
      String name = names[random.nextInt(names.length)];
      if (fields.stream().anyMatch(x -> x.startsWith("\"" + name + "\"") || x.startsWith("\"" + name + "."))) {
        continue;
      }
      fields.add(jsonata ? "\"" + name + "\": \"{% " + pick(JSONATA) + " %}\""
          : random.nextBoolean() ? "\"" + name + "\": " + literal(1) : "\"" + name + ".$\": \"" + pick(PATHS) + "\"");
    }
    return "{" + String.join(", ", fields) + "}";
  }

  private String resultPath() {
    return random.nextInt(6) == 0 ? "null" : "\"" + pick(RESULT_PATHS) + "\"";
  }

  private String template(int depth) {
    List<String> fields = new ArrayList<>();
    String[] names = {"a", "b", "items", "x", "v", "n", "c"};
    for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
      String name = names[random.nextInt(names.length)] + i;
      fields.add(switch (random.nextInt(depth > 0 ? 5 : 3)) {
        case 0 -> "\"" + name + "\": " + literal(1);
        case 1, 2 -> "\"" + name + ".$\": \"" + pick(PATHS) + "\"";
        case 3 -> "\"" + name + ".$\": \"States.Format('{}', " + pick(PATHS) + ")\"";
        default -> "\"" + name + "\": " + template(depth - 1);
      });
    }
    return "{" + String.join(", ", fields) + "}";
  }

  private String jsonataTemplate() {
    return random.nextBoolean() ? "\"{% " + pick(JSONATA) + " %}\""
        : "{\"a\": \"{% " + pick(JSONATA) + " %}\", \"b\": {\"c\": \"{% " + pick(JSONATA) + " & 'x' %}\"}, \"k\": 1}";
  }

  private String literal(int depth) {
    return switch (random.nextInt(depth > 0 ? 6 : 3)) {
      case 0 -> "1";
      case 1 -> "\"s\"";
      case 2 -> "true";
      case 3 -> "{\"a\": {\"b\": 2}, \"items\": [{\"v\": 1}]}";
      case 4 -> "[1, \"two\"]";
      default -> "{\"b\": " + literal(depth - 1) + ", \"x\": null}";
    };
  }

  private void maybe(List<String> fields, String field) {
    if (random.nextBoolean()) {
      fields.add(field);
    }
  }

  private String pick(String[] from) {
    return from[random.nextInt(from.length)];
  }
}
