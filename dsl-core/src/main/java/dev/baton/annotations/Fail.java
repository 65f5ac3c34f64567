package dev.baton.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Declares an ASL Fail state in a {@link StateMachine} type. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface Fail {
  /** The state name (ASL key under {@code States}); when empty, the String constant's value or the member's name. */
  String name() default "";

  /** ASL {@code Comment}. */
  String comment() default "";

  /** ASL {@code Error}: the error name. */
  String error() default "";

  /** ASL {@code Cause}: a human-readable explanation. */
  String cause() default "";

  /** ASL {@code ErrorPath} (JSONPath): a Reference Path or an intrinsic function. */
  String errorPath() default "";

  /** ASL {@code CausePath} (JSONPath): a Reference Path or an intrinsic function. */
  String causePath() default "";

  /** ASL {@code QueryLanguage} of this state. */
  String queryLanguage() default "";
}
