package dev.baton.model;

import java.util.Optional;

/**
 * The query language of a state machine or of one state: ASL field {@code QueryLanguage}.
 *
 * <p>Default: {@link #JSONPATH} at the top level; a state inherits the top-level value unless it
 * sets its own. A JSONata state machine cannot contain JSONPath states.
 */
public enum QueryLanguage {
  /** {@code "JSONPath"}: InputPath, Parameters, ResultSelector, ResultPath, OutputPath. */
  JSONPATH("JSONPath"),
  /** {@code "JSONata"}: Arguments, Output and {@code {% %}} expressions. */
  JSONATA("JSONata");

  private final String aslName;

  QueryLanguage(String aslName) {
    this.aslName = aslName;
  }

  /** The spelling used in ASL JSON. */
  public String aslName() {
    return aslName;
  }

  /** The constant whose ASL spelling is {@code name}, if any. */
  public static Optional<QueryLanguage> fromAslName(String name) {
    for (QueryLanguage language : values()) {
      if (language.aslName.equals(name)) {
        return Optional.of(language);
      }
    }
    return Optional.empty();
  }
}
