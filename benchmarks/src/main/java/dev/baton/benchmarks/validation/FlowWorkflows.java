package dev.baton.benchmarks.validation;

import dev.baton.model.StateMachine;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Generated JSONPath workflows for the data-flow analysis benchmark, of an exact number of states
 * (nested states included). They are written as ASL text and read with {@link StateMachine#fromJson}
 * because the larger ones are over the 1 MB definition quota that {@code Workflow.build()} enforces.
 *
 * <p>The shape gives the analysis something to do:
 * <ul>
 *   <li>{@code Init}: a Pass with an object {@code Result}, so the input of everything after it has a
 *       closed, known shape ({@code id}, {@code count}, {@code status}, {@code items[]} with
 *       {@code v} and {@code sub[]});</li>
 *   <li>segments of about {@value #SEGMENT} states, each opening with a retry-style loop: a Task
 *       {@code Call s} ({@code ResultPath $.call}), a Choice {@code Check s} reading
 *       {@code $.call.status} that goes back through a Wait {@code Backoff s} to {@code Call s}, or on;</li>
 *   <li>filler states cycling through a Task with {@code ResultPath $.wN}, a Pass with
 *       {@code Parameters} that reads {@code $.id}, {@code $.count}, {@code $.items} and a previous
 *       task result, and a Pass with {@code Result} and {@code ResultPath};</li>
 *   <li>every other segment (about every 50 states) an inline Map over {@code $.items} with
 *       {@code ResultPath $.each}, whose processor has three states (Pass with Parameters, Task with
 *       ResultPath, Pass); every other Map also holds a nested inline Map over {@code $.sub} with a
 *       two-state processor;</li>
 *   <li>a final Succeed {@code Done}.</li>
 * </ul>
 */
public final class FlowWorkflows {
  /** States per segment, loop included. */
  static final int SEGMENT = 25;
  private static final String FUNCTION = "arn:aws:lambda:us-east-1:123456789012:function:work";

  private FlowWorkflows() {}

  /** The model of the workflow of exactly {@code states} states. */
  public static StateMachine machine(int states) {
    StateMachine machine = StateMachine.fromJson(json(states));
    int counted = machine.allStates().size();
    if (counted != states) {
      throw new IllegalStateException("generated " + counted + " states, not " + states);
    }
    return machine;
  }

  /** The ASL JSON of the workflow of exactly {@code states} states (at least 10). */
  public static String json(int states) {
    if (states < 10) {
      throw new IllegalArgumentException("at least 10 states, not " + states);
    }
    // Top-level states in order; each one's Next is the following one's name.
    List<String> names = new ArrayList<>();
    List<Function<String, String>> bodies = new ArrayList<>();
    int used = 1; // Init
    int maps = 0;
    int budget = states - 1; // leave one for Done
    for (int s = 0; used < budget; s++) {
      int end = Math.min(budget, used + SEGMENT);
      if (end - used >= 4) {
        String call = "Call " + s;
        String backoff = "Backoff " + s;
        names.add(call);
        bodies.add(next -> "{\"Type\": \"Task\", \"Resource\": \"" + FUNCTION
            + "\", \"ResultPath\": \"$.call\", \"Next\": \"" + next + "\"}");
        names.add("Check " + s);
        // Check's Default is the state after Backoff, filled in when linking.
        bodies.add(null);
        names.add(backoff);
        bodies.add(next -> "{\"Type\": \"Wait\", \"Seconds\": 1, \"Next\": \"" + call + "\"}");
        used += 3;
      }
      boolean withMap = s % 2 == 1;
      for (int i = 0; used < end; i++) {
        boolean nested = maps % 2 == 1;
        int mapSize = nested ? 7 : 4;
        if (withMap && i >= 2 && end - used >= mapSize) {
          int seg = s;
          names.add("Each " + s);
          bodies.add(next -> map(seg, nested, next));
          used += mapSize;
          maps++;
          withMap = false;
        } else {
          int pos = i;
          names.add("Work " + s + "." + i);
          bodies.add(next -> filler(pos, next));
          used++;
        }
      }
    }
    StringBuilder sb = new StringBuilder(1 << 16);
    sb.append("{\n  \"Comment\": \"Flow benchmark: ").append(states).append(" states\",\n")
        .append("  \"StartAt\": \"Init\",\n  \"States\": {\n");
    sb.append("    \"Init\": {\"Type\": \"Pass\", \"Result\": {\"id\": \"order-1\", \"count\": 0, "
        + "\"status\": \"NEW\", \"items\": [{\"v\": 1, \"sub\": [1, 2]}, {\"v\": 2, \"sub\": [3]}]}, \"Next\": \"")
        .append(names.isEmpty() ? "Done" : names.get(0)).append("\"}");
    for (int k = 0; k < names.size(); k++) {
      String next = k + 1 < names.size() ? names.get(k + 1) : "Done";
      String body;
      if (bodies.get(k) == null) {
        // A Check: loop back through Backoff (k + 1) on RETRY, otherwise on past it.
        String after = k + 2 < names.size() ? names.get(k + 2) : "Done";
        body = "{\"Type\": \"Choice\", \"Choices\": [{\"Variable\": \"$.call.status\", \"StringEquals\": \"RETRY\", "
            + "\"Next\": \"" + next + "\"}], \"Default\": \"" + after + "\"}";
      } else {
        body = bodies.get(k).apply(next);
      }
      sb.append(",\n    \"").append(names.get(k)).append("\": ").append(body);
    }
    sb.append(",\n    \"Done\": {\"Type\": \"Succeed\"}\n  }\n}\n");
    return sb.toString();
  }

  private static String filler(int i, String next) {
    return switch (i % 3) {
      case 0 -> "{\"Type\": \"Task\", \"Resource\": \"" + FUNCTION + "\", \"ResultPath\": \"$.w" + (i % 5)
          + "\", \"Next\": \"" + next + "\"}";
      case 1 -> "{\"Type\": \"Pass\", \"Parameters\": {\"id.$\": \"$.id\", \"count.$\": \"$.count\", "
          + "\"status.$\": \"$.status\", \"items.$\": \"$.items\", \"call.$\": \"$.call\"}, \"Next\": \"" + next + "\"}";
      default -> "{\"Type\": \"Pass\", \"Result\": {\"step\": " + i + ", \"ok\": true}, \"ResultPath\": \"$.mark\", "
          + "\"Next\": \"" + next + "\"}";
    };
  }

  private static String map(int s, boolean nested, String next) {
    String p = "Item " + s;
    StringBuilder m = new StringBuilder();
    m.append("{\"Type\": \"Map\", \"ItemsPath\": \"$.items\", \"MaxConcurrency\": 4, \"ResultPath\": \"$.each\", ")
        .append("\"ItemProcessor\": {\"ProcessorConfig\": {\"Mode\": \"INLINE\"}, \"StartAt\": \"").append(p)
        .append(" A\", \"States\": {")
        .append("\"").append(p).append(" A\": {\"Type\": \"Pass\", \"Parameters\": {\"v.$\": \"$.v\", \"sub.$\": \"$.sub\"}, \"Next\": \"")
        .append(p).append(" B\"}, ")
        .append("\"").append(p).append(" B\": {\"Type\": \"Task\", \"Resource\": \"").append(FUNCTION)
        .append("\", \"ResultPath\": \"$.out\", \"Next\": \"").append(nested ? p + " Inner" : p + " C").append("\"}, ");
    if (nested) {
      String q = "Sub " + s;
      m.append("\"").append(p).append(" Inner\": {\"Type\": \"Map\", \"ItemsPath\": \"$.sub\", \"ResultPath\": \"$.subs\", ")
          .append("\"ItemProcessor\": {\"ProcessorConfig\": {\"Mode\": \"INLINE\"}, \"StartAt\": \"").append(q)
          .append(" A\", \"States\": {")
          .append("\"").append(q).append(" A\": {\"Type\": \"Pass\", \"Parameters\": {\"n.$\": \"$\"}, \"Next\": \"")
          .append(q).append(" B\"}, ")
          .append("\"").append(q).append(" B\": {\"Type\": \"Task\", \"Resource\": \"").append(FUNCTION)
          .append("\", \"ResultPath\": \"$.r\", \"End\": true}}}, \"Next\": \"").append(p).append(" C\"}, ");
    }
    m.append("\"").append(p).append(" C\": {\"Type\": \"Pass\", \"Parameters\": {\"v.$\": \"$.v\", \"out.$\": \"$.out\"}, \"End\": true}")
        .append("}}, \"Next\": \"").append(next).append("\"}");
    return m.toString();
  }
}
