package dev.baton.local.junit;

import dev.baton.local.LocalEngine;
import dev.baton.local.UnmockedTasks;
import dev.baton.model.ExecutionType;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension that injects a {@link LocalEngine.Builder} (fresh per test) or a {@link
 * LocalEngine} into test methods, constructors and lifecycle methods. Use it with {@link
 * BatonTest} (which also configures it) or {@code @ExtendWith(LocalEngineExtension.class)}.
 */
public final class LocalEngineExtension implements ParameterResolver {

  /** Creates the extension (JUnit does). */
  public LocalEngineExtension() {}

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context)
      throws ParameterResolutionException {
    Class<?> type = parameter.getParameter().getType();
    return type == LocalEngine.Builder.class || type == LocalEngine.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context)
      throws ParameterResolutionException {
    LocalEngine.Builder builder = builder(context);
    return parameter.getParameter().getType() == LocalEngine.class ? builder.build() : builder;
  }

  private static LocalEngine.Builder builder(ExtensionContext context) {
    UnmockedTasks unmocked = UnmockedTasks.FAIL;
    ExecutionType type = ExecutionType.STANDARD;
    long seed = 42;
    Class<?> testClass = context.getTestClass().orElse(null);
    BatonTest settings = testClass == null ? null : findSettings(testClass);
    if (settings != null) {
      unmocked = settings.unmockedTasks();
      type = settings.executionType();
      seed = settings.seed();
    }
    return LocalEngine.builder().unmockedTasks(unmocked).executionType(type).seed(seed);
  }

  private static BatonTest findSettings(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
      BatonTest b = c.getAnnotation(BatonTest.class);
      if (b != null) {
        return b;
      }
    }
    return null;
  }
}
