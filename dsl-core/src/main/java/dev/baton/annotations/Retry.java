package dev.baton.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** One ASL {@code Retry} entry of a Task, Parallel or Map state; repeat it for several, tried in order. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD})
@java.lang.annotation.Repeatable(Retries.class)
public @interface Retry {
  /** ASL {@code ErrorEquals}: the error names matched, such as {@code States.ALL}; required. */
  String[] errors();

  /** ASL {@code IntervalSeconds}: seconds before the first retry; 1 when absent. */
  int intervalSeconds() default 1;

  /** ASL {@code MaxAttempts}: 3 when absent; 0 never retries. */
  int maxAttempts() default 3;

  /** ASL {@code BackoffRate}: multiplier of the interval; 2.0 when absent. */
  double backoffRate() default 2.0;

  /** ASL {@code MaxDelaySeconds}: the longest interval. */
  int maxDelaySeconds() default 0;

  /** ASL {@code JitterStrategy}: {@code "FULL"} or {@code "NONE"}. */
  String jitterStrategy() default "";
}
