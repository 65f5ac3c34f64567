package dev.baton.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Declares an ASL Wait state in a {@link StateMachine} type; set exactly one of the four durations. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface Wait {
  /** The state name (ASL key under {@code States}); when empty, the String constant's value or the member's name. */
  String name() default "";

  /** ASL {@code Comment}. */
  String comment() default "";

  /** ASL {@code Seconds}. */
  int seconds() default 0;

  /** ASL {@code Timestamp}: an RFC 3339 timestamp such as {@code 2026-01-01T00:00:00Z}. */
  String timestamp() default "";

  /** ASL {@code SecondsPath}: a Reference Path to the number of seconds. */
  String secondsPath() default "";

  /** ASL {@code TimestampPath}: a Reference Path to the timestamp. */
  String timestampPath() default "";

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
