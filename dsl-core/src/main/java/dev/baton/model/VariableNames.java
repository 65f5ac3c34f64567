package dev.baton.model;

import java.util.Optional;
import java.util.regex.Pattern;

/** The rule for variable names in ASL {@code Assign}: used by the DSL at the call and by the validator. */
public final class VariableNames {
  private static final Pattern NAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{Nd}_]*");
  /** The longest variable name AWS accepts. */
  public static final int MAX_LENGTH = 80;

  private VariableNames() {}

  /** What is wrong with {@code name} as a variable name, if anything. */
  public static Optional<String> problem(String name) {
    if (name == null || name.isEmpty()) {
      return Optional.of("a variable needs a name");
    }
    if (name.equals("states")) {
      return Optional.of("$states is reserved by Step Functions; choose another variable name");
    }
    if (!NAME.matcher(name).matches() || name.length() > MAX_LENGTH) {
      return Optional.of("'" + name + "' is not a valid variable name: use letters, digits and _, not starting"
          + " with a digit, at most " + MAX_LENGTH + " characters");
    }
    return Optional.empty();
  }
}
