package dev.baton.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Declares an ASL Succeed state in a {@link StateMachine} type. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface Succeed {
  /** The state name (ASL key under {@code States}); when empty, the String constant's value or the member's name. */
  String name() default "";

  /** ASL {@code Comment}. */
  String comment() default "";

  /** ASL {@code InputPath} (JSONPath). */
  String inputPath() default "";

  /** ASL {@code OutputPath} (JSONPath). */
  String outputPath() default "";

  /** ASL {@code Output} (JSONata): JSON text, or a {@code {% ... %}} expression. */
  String output() default "";

  /** ASL {@code QueryLanguage} of this state. */
  String queryLanguage() default "";
}
