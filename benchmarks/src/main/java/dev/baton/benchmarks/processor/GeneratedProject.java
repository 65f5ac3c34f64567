package dev.baton.benchmarks.processor;

import java.util.ArrayList;
import java.util.List;

/**
 * The Java sources of a generated project of workflows with typed data, for measuring what Baton's
 * processor adds to javac. Workflow {@code i} has a {@code @WorkflowData} record {@code Order<i>}
 * (with nested {@code Customer} and {@code Item} records and a list) and either a builder class
 * with a {@code @Workflow} method whose path literals the processor checks (even {@code i}) or a
 * {@code @StateMachine} interface that the processor validates, data flow included, and writes as
 * JSON (odd {@code i}). Sizes cycle through 3, 8, 15, 30 and 50 states.
 */
public final class GeneratedProject {
  /** The sizes, in states, that workflows cycle through. */
  static final int[] SIZES = {3, 8, 15, 30, 50};

  private GeneratedProject() {}

  /**
   * One source file.
   *
   * @param className its qualified class name
   * @param text its Java source
   */
  public record Source(String className, String text) {}

  /** The sources of a project of {@code workflows} workflows. */
  public static List<Source> sources(int workflows) {
    List<Source> all = new ArrayList<>();
    for (int i = 0; i < workflows; i++) {
      int size = SIZES[i % SIZES.length];
      String pkg = "bench.w" + i;
      all.add(new Source(pkg + ".Order" + i, data(pkg, i)));
      all.add(i % 2 == 0 ? new Source(pkg + ".Flow" + i, builder(pkg, i, size))
          : new Source(pkg + ".Flow" + i, annotated(pkg, i, size)));
    }
    return all;
  }

  /** The number of states of workflow {@code i}. */
  static int size(int i) {
    return SIZES[i % SIZES.length];
  }

  private static String data(String pkg, int i) {
    return """
        package %s;

        import dev.baton.annotations.WorkflowData;
        import java.util.List;
        import java.util.Optional;

        @WorkflowData
        public record Order%d(String id, Customer customer, List<Item> items, int priority, Optional<String> note) {
          @WorkflowData
          public record Customer(String name, String email, Address address) {}

          @WorkflowData
          public record Address(String street, String city, String country) {}

          @WorkflowData
          public record Item(String sku, int quantity, double price) {}
        }
        """.formatted(pkg, i);
  }

  /** A builder workflow: a chain of Lambda tasks reading typed-data paths, then a Choice. */
  private static String builder(String pkg, int i, int size) {
    StringBuilder chain = new StringBuilder();
    int tasks = Math.max(1, size - 3);
    chain.append("    var done = succeed(\"Done\");\n");
    chain.append("    var failed = fail(\"Failed\").error(\"Rejected\");\n");
    chain.append("    var route = choice(\"Route\")\n")
        .append("        .when(variable(\"$.priority\").numericGreaterThan(5), done)\n")
        .append("        .otherwise(failed);\n");
    String next = "route";
    for (int t = tasks - 1; t >= 0; t--) {
      String field = t % 3 == 0 ? "$.customer.name" : t % 3 == 1 ? "$.items[0].sku" : "$.customer.address.city";
      chain.append("    var step").append(t).append(" = task(\"Step ").append(t)
          .append("\", Lambda.invoke(\"arn:aws:lambda:us-east-1:123456789012:function:f").append(t)
          .append("\").payload(path(\"").append(field).append("\")))\n")
          .append("        .resultPath(\"$.results.r").append(t).append("\")\n")
          .append("        .next(").append(next).append(");\n");
      next = "step" + t;
    }
    return """
        package %1$s;

        import static dev.baton.dsl.Baton.*;

        import dev.baton.integrations.Lambda;
        import dev.baton.model.StateMachine;

        public final class Flow%2$d {
          private Flow%2$d() {}

          @dev.baton.annotations.Workflow(name = "flow-%2$d")
          public static StateMachine flow() {
        %3$s    return dev.baton.dsl.Workflow.startingWith(%4$s).inputType(Order%2$d.class).build();
          }
        }
        """.formatted(pkg, i, chain, next);
  }

  /** An annotation-declared workflow: a chain of Task states with typed-data paths, then a Choice. */
  private static String annotated(String pkg, int i, int size) {
    StringBuilder members = new StringBuilder();
    int tasks = Math.max(1, size - 3);
    for (int t = 0; t < tasks; t++) {
      String next = t == tasks - 1 ? "Route" : "Step " + (t + 1);
      String field = t % 3 == 0 ? "$.customer.name" : t % 3 == 1 ? "$.items[0].sku" : "$.customer.address.city";
      members.append("""
            @Task(resource = "arn:aws:states:::lambda:invoke", parameters = \"""
                {"FunctionName": "arn:aws:lambda:us-east-1:123456789012:function:f%1$d", "Payload.$": "%2$s"}\""",
                resultPath = "$.results.r%1$d", next = "%3$s")
            String STEP_%1$d = "Step %1$d";

          """.formatted(t, field, next));
    }
    members.append("""
          @Choice(rules = @Rule(variable = "$.priority", operator = "NumericGreaterThan", value = "5", next = "Done"),
              defaultNext = "Failed")
          String ROUTE = "Route";

          @Succeed
          String DONE = "Done";

          @Fail(error = "Rejected")
          String FAILED = "Failed";
        """);
    return """
        package %1$s;

        import dev.baton.annotations.*;

        @StateMachine(name = "flow-%2$d", inputType = Order%2$d.class)
        public interface Flow%2$d {
        %3$s}
        """.formatted(pkg, i, members.toString().indent(2).stripTrailing() + "\n");
  }
}
