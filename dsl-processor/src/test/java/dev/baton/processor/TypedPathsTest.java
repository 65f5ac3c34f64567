package dev.baton.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.baton.expr.Path;
import dev.baton.expr.ReferencePath;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/** {@code @WorkflowData} types get {@code <Name>Paths} classes whose methods are the typed paths. */
class TypedPathsTest {
  private static final javax.tools.JavaFileObject ORDER = JavaFileObjects.forResource("sources/Order.java");

  @Test
  void generatesThePathsClassOfARecord() {
    Compilation compilation = Compiled.compile(ORDER);
    assertThat(compilation).succeededWithoutWarnings();
    // byte for byte: the generated source is what users read in their IDE
    assertThat(compilation).generatedSourceFile("demo.OrderPaths").contentsAsUtf8String()
        .isEqualTo(Compiled.resource("golden/OrderPaths.java"));
    // one file for the whole tree: the nested types' paths are nested classes
    org.assertj.core.api.Assertions.assertThat(compilation.generatedSourceFiles()).hasSize(1);
  }

  @Test
  void thePathsAreThePathsOfTheJson() throws Exception {
    ClassLoader loader = Compiled.classLoader(Compiled.compile(ORDER));
    Class<?> paths = loader.loadClass("demo.OrderPaths");
    assertThat(call(paths, "id")).isEqualTo(ReferencePath.of("$.id"));
    assertThat(call(paths, "priority")).isEqualTo(ReferencePath.of("$.priority"));
    Object customer = call(paths, "customer");
    assertThat(call(customer, "name")).isEqualTo(ReferencePath.of("$.customer.name"));
    assertThat(call(customer, "address")).as("a type that is not @WorkflowData ends the path")
        .isEqualTo(ReferencePath.of("$.customer.address"));
    assertThat(call(customer, "path")).isEqualTo(ReferencePath.of("$.customer"));
    Object items = call(paths, "items");
    Object first = items.getClass().getMethod("at", int.class).invoke(items, 2);
    assertThat(call(first, "sku")).isEqualTo(ReferencePath.of("$.items[2].sku"));
    assertThat(call(items, "all")).isEqualTo(Path.of("$.items[*]"));
    Object tags = call(paths, "tags");
    assertThat(tags.getClass().getMethod("at", int.class).invoke(tags, 0)).isEqualTo(ReferencePath.of("$.tags[0]"));
    Object underVariable = paths.getMethod("under", ReferencePath.class).invoke(null, ReferencePath.of("$order"));
    assertThat(call(call(underVariable, "customer"), "name")).isEqualTo(ReferencePath.of("$order.customer.name"));
  }

  @Test
  void aPartHasOneInstanceOnlyClassWithRootAndUnder() throws Exception {
    ClassLoader loader = Compiled.classLoader(Compiled.compile(ORDER));
    Class<?> customerPaths = loader.loadClass("demo.OrderPaths$CustomerPaths");
    Object root = customerPaths.getField("ROOT").get(null);
    assertThat(call(root, "name")).isEqualTo(ReferencePath.of("$.name"));
    assertThat(call(root, "path")).isEqualTo(ReferencePath.of("$"));
    Object moved = customerPaths.getMethod("under", ReferencePath.class).invoke(root, ReferencePath.of("$c"));
    assertThat(moved).isInstanceOf(customerPaths);
    assertThat(call(moved, "name")).isEqualTo(ReferencePath.of("$c.name"));
    assertThat(moved.toString()).isEqualTo("$c");
    // the top-level type keeps its static methods and its At class; its parts need no second class
    assertThat(loader.loadClass("demo.OrderPaths$At")).isNotNull();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> loader.loadClass("demo.OrderPaths$CustomerPaths$At"))
        .isInstanceOf(ClassNotFoundException.class);
  }

  @Test
  void listsOfListsAreTypedToTheElement() throws Exception {
    Compilation compilation = Compiled.compile(Compiled.source("demo.Grid", """
        package demo;

        import java.util.List;

        @dev.baton.annotations.WorkflowData
        public record Grid(List<List<Cell>> rows, List<List<String>> labels) {
          @dev.baton.annotations.WorkflowData
          public record Cell(String value) {}
        }
        """));
    assertThat(compilation).succeededWithoutWarnings();
    Class<?> paths = Compiled.classLoader(compilation).loadClass("demo.GridPaths");
    Object rows = call(paths, "rows");
    Object row = rows.getClass().getMethod("at", int.class).invoke(rows, 1);
    Object cell = row.getClass().getMethod("at", int.class).invoke(row, 2);
    assertThat(call(cell, "value")).isEqualTo(ReferencePath.of("$.rows[1][2].value"));
    Object labels = call(paths, "labels");
    Object labelRow = labels.getClass().getMethod("at", int.class).invoke(labels, 0);
    assertThat(labelRow.getClass().getMethod("at", int.class).invoke(labelRow, 3)).isEqualTo(ReferencePath.of("$.labels[0][3]"));
    assertThat(call(labelRow, "all")).isEqualTo(Path.of("$.labels[0][*]"));
  }

  @Test
  void typedPathsAreAcceptedWhereTheDslTakesAPath() {
    Compilation compilation = Compiled.compile(ORDER, Compiled.source("demo.UsesPaths", """
        package demo;

        import static dev.baton.dsl.Baton.*;

        import dev.baton.dsl.Workflow;
        import dev.baton.integrations.Lambda;
        import dev.baton.model.StateMachine;

        class UsesPaths {
          static StateMachine machine() {
            return Workflow.startingWith(
                    task("Price", Lambda.function("arn:aws:lambda:us-east-1:123456789012:function:price"))
                        .inputPath(OrderPaths.customer().path())
                        .resultPath(OrderPaths.items().at(0).sku())
                        .next(choice("Big?")
                            .when(variable(OrderPaths.priority()).numericGreaterThan(3), succeed("Yes"))
                            .otherwise(succeed("No"))))
                .inputType(Order.class)
                .build();
          }
        }
        """));
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void readsBeansWithJacksonNamesAndIgnoredProperties() throws Exception {
    Compilation compilation = Compiled.compile(Compiled.source("demo.Bean", """
        package demo;

        @dev.baton.annotations.WorkflowData
        public class Bean {
          public String getName() { return ""; }
          public boolean isActive() { return true; }
          @com.fasterxml.jackson.annotation.JsonProperty("order-id") public String getOrderId() { return ""; }
          @com.fasterxml.jackson.annotation.JsonIgnore public String getSecret() { return ""; }
          public String getPath() { return ""; }
          public static String getStatic() { return ""; }
        }
        """));
    assertThat(compilation).succeededWithoutWarnings();
    Class<?> paths = Compiled.classLoader(compilation).loadClass("demo.BeanPaths");
    assertThat(call(paths, "name")).isEqualTo(ReferencePath.of("$.name"));
    assertThat(call(paths, "active")).isEqualTo(ReferencePath.of("$.active"));
    assertThat(call(paths, "order_id")).isEqualTo(ReferencePath.of("$['order-id']"));
    assertThat(call(paths, "path_")).as("a property named like a generated method gets a _ suffix")
        .isEqualTo(ReferencePath.of("$.path"));
    assertThat(paths.getMethods()).extracting(Method::getName).doesNotContain("secret", "static_", "static");
  }

  @Test
  void workflowDataOnAnInterfaceIsAnError() {
    javax.tools.JavaFileObject source = Compiled.source("demo.NotData", """
        package demo;

        @dev.baton.annotations.WorkflowData
        public interface NotData {}
        """);
    Compilation compilation = Compiled.compile(source);
    assertThat(compilation).hadErrorContaining("[BatonNotData] @WorkflowData goes on a record or a class, not on interface NotData")
        .inFile(source).onLine(4);
  }

  private static Object call(Object target, String method) throws Exception {
    if (target instanceof Class<?> type) {
      return type.getMethod(method).invoke(null);
    }
    Method m = target.getClass().getMethod(method);
    m.setAccessible(true);
    return m.invoke(target);
  }
}
