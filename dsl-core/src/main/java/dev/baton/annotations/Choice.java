package dev.baton.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Declares an ASL Choice state in a {@link StateMachine} type: its {@link Rule}s in order, then its default. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface Choice {
  /** The state name (ASL key under {@code States}); when empty, the String constant's value or the member's name. */
  String name() default "";

  /** ASL {@code Comment}. */
  String comment() default "";

  /** ASL {@code Choices}: the rules, tried in order; at least one. */
  Rule[] rules();

  /** ASL {@code Default}: the state taken when no rule matches. */
  String defaultNext() default "";

  /** ASL {@code InputPath} (JSONPath): a path selecting the state input. */
  String inputPath() default "";

  /** ASL {@code OutputPath} (JSONPath): a path selecting the state output. */
  String outputPath() default "";

  /** ASL {@code Output} (JSONata): JSON text, or a {@code {% ... %}} expression. */
  String output() default "";

  /** ASL {@code Assign}: JSON text of an object assigning variables. */
  String assign() default "";

  /** ASL {@code QueryLanguage} of this state: {@code "JSONPath"} or {@code "JSONata"}. */
  String queryLanguage() default "";
}
