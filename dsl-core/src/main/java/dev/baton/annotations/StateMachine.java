package dev.baton.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a whole workflow on a type: its fields or methods annotated {@link Task}, {@link Pass},
 * {@link Choice}, {@link Wait}, {@link Succeed}, {@link Fail}, {@link Parallel} or {@link Map} are its
 * states, in declaration order. The processor validates the workflow (syntax, structure and, with
 * {@link #inputType()}, data flow) and writes {@code stepfunctions/<name>.asl.json} into the class
 * output; it also generates {@code <Type>Workflow.stateMachine()} returning the same model.
 *
 * <p>A state's name is its annotation's {@code name}, else the value of the annotated
 * {@code String} constant, else the member's simple name. A state with neither {@code next} nor
 * {@code end} (other than Choice, Succeed and Fail) ends the workflow, as in the DSL.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface StateMachine {
  /** The workflow's name: the file is {@code stepfunctions/<name>.asl.json}; required. */
  String name();

  /** ASL {@code Comment}; absent when empty. */
  String comment() default "";

  /** ASL {@code StartAt}: the first state's name; the first declared state when empty. */
  String startAt() default "";

  /** ASL {@code QueryLanguage}: {@code "JSONPath"} or {@code "JSONata"}; absent (JSONPath) when empty. */
  String queryLanguage() default "";

  /** ASL {@code TimeoutSeconds}; absent when 0. */
  int timeoutSeconds() default 0;

  /** ASL {@code Version}; absent when empty. */
  String version() default "";

  /**
   * The Java type of the execution input (a record or bean, usually {@link WorkflowData}); the
   * data-flow check proves every path against its JSON shape. {@code void.class} (the default)
   * declares nothing: the input is open.
   */
  Class<?> inputType() default void.class;
}
