package dev.baton.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One rule of a {@link Choice}: either a data test ({@link #variable()} {@link #operator()}
 * {@link #value()}), a JSONata {@link #condition()}, or a whole rule as {@link #json()} (for
 * {@code And}, {@code Or} and {@code Not}), with the state to go to.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Rule {
  /** ASL {@code Variable} (JSONPath): the path of the value tested. */
  String variable() default "";

  /** The ASL comparison operator, such as {@code "StringEquals"} or {@code "NumericGreaterThanPath"}. */
  String operator() default "";

  /**
   * The operand, written as text: a string, a number, {@code true}/{@code false}, a timestamp or a
   * path, as the operator requires.
   */
  String value() default "";

  /** ASL {@code Condition} (JSONata): a {@code {% ... %}} expression. */
  String condition() default "";

  /** The whole rule without {@code Next}, as JSON text, for {@code And}/{@code Or}/{@code Not}. */
  String json() default "";

  /** ASL {@code Next}: the state taken when the rule matches; required. */
  String next();

  /** ASL {@code Assign}: JSON text of an object assigning variables when the rule matches. */
  String assign() default "";
}
