package dev.baton.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Declares an ASL Parallel state: each branch is a nested type whose members are the branch's states. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface Parallel {
  /** The state name (ASL key under {@code States}); when empty, the String constant's value or the member's name. */
  String name() default "";

  /** ASL {@code Comment}. */
  String comment() default "";

  /** ASL {@code Branches}: one type per branch; its first declared state is the branch's {@code StartAt}. */
  Class<?>[] branches();

  /** ASL {@code Parameters} (JSONPath): JSON text of a payload template. */
  String parameters() default "";

  /** ASL {@code Arguments} (JSONata). */
  String arguments() default "";

  /** ASL {@code ResultSelector} (JSONPath): JSON text of a payload template reshaping the result. */
  String resultSelector() default "";

  /** ASL {@code ResultPath} (JSONPath): a Reference Path where the result goes in the input. */
  String resultPath() default "";

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

  /** ASL {@code Next}: the name of the next state in the same type. */
  String next() default "";

  /** ASL {@code End}; a state with no {@code next} ends the workflow anyway. */
  boolean end() default false;
}
