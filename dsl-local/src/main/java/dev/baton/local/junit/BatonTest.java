package dev.baton.local.junit;

import dev.baton.local.UnmockedTasks;
import dev.baton.model.ExecutionType;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a JUnit 5 test class whose test methods (and constructors, lifecycle methods) may take a
 * {@link dev.baton.local.LocalEngine.Builder} (a fresh one per test, configured from this
 * annotation: add mocks, then {@code build()}) or a ready {@link dev.baton.local.LocalEngine}.
 *
 * <pre>{@code
 * @BatonTest
 * class OrderWorkflowTest {
 *   @Test
 *   void chargesTheCard(LocalEngine.Builder engine) {
 *     Execution run = engine.mock("Charge", Mocks.returning("{\"paid\":true}")).build()
 *         .start(OrderWorkflow.definition(), "{\"total\":12}");
 *     ExecutionAssert.assertExecution(run).succeeded().visitedInOrder("Validate", "Charge");
 *   }
 * }
 * }</pre>
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(LocalEngineExtension.class)
public @interface BatonTest {

  /** What tasks without a mock do; default {@link UnmockedTasks#FAIL}. */
  UnmockedTasks unmockedTasks() default UnmockedTasks.FAIL;

  /** STANDARD or EXPRESS; default STANDARD. */
  ExecutionType executionType() default ExecutionType.STANDARD;

  /** Seed of jitter, UUIDs and random numbers; default 42. */
  long seed() default 42;
}
