package dev.baton.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares an ASL Map state (inline mode): the item processor is a nested type whose members are
 * its states. The name clashes with {@link java.util.Map}; write it {@code @dev.baton.annotations.Map}
 * where both are used.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface Map {
  /** The state name (ASL key under {@code States}); when empty, the String constant's value or the member's name. */
  String name() default "";

  /** ASL {@code Comment}. */
  String comment() default "";

  /** ASL {@code ItemProcessor}: the type whose states run for each item; its first state is {@code StartAt}. */
  Class<?> itemProcessor();

  /** ASL {@code ItemsPath} (JSONPath): a Reference Path to the array. */
  String itemsPath() default "";

  /** ASL {@code Items} (JSONata): JSON text, or a {@code {% ... %}} expression. */
  String items() default "";

  /** ASL {@code ItemSelector}: JSON text of a template building each item's input. */
  String itemSelector() default "";

  /** ASL {@code MaxConcurrency}: 0 means no limit. */
  int maxConcurrency() default 0;

  /** ASL {@code Parameters} (JSONPath, the older name of ItemSelector). */
  String parameters() default "";

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
