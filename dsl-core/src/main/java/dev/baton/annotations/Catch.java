package dev.baton.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** One ASL {@code Catch} entry of a Task, Parallel or Map state; repeat it for several, tried in order. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD})
@java.lang.annotation.Repeatable(Catches.class)
public @interface Catch {
  /** ASL {@code ErrorEquals}: the error names caught, such as {@code States.ALL}; required. */
  String[] errors();

  /** ASL {@code Next}: the state that handles the error; required. */
  String next();

  /** ASL {@code ResultPath} (JSONPath): where the error output goes in the input. */
  String resultPath() default "";

  /** ASL {@code Output} (JSONata). */
  String output() default "";

  /** ASL {@code Assign}: JSON text of an object assigning variables. */
  String assign() default "";
}
