package dev.baton.model;

import java.util.List;

/** Builds the lists of {@link State#transitions()}: the checks ask every state for them, so no list is built twice. */
final class Transitions {
  private Transitions() {}

  /** {@code next} (when present), then the Next of every catcher. */
  static List<String> of(String next, List<Catcher> catchers) {
    if (catchers.isEmpty()) {
      return next == null ? List.of() : List.of(next);
    }
    String[] targets = new String[catchers.size() + (next == null ? 0 : 1)];
    int i = 0;
    if (next != null) {
      targets[i++] = next;
    }
    for (Catcher catcher : catchers) {
      targets[i++] = catcher.next();
    }
    return List.of(targets);
  }

  /** The Next of every rule, then the Default (when present). */
  static List<String> ofChoice(List<ChoiceRule> rules, String defaultState) {
    String[] targets = new String[rules.size() + (defaultState == null ? 0 : 1)];
    int i = 0;
    for (ChoiceRule rule : rules) {
      targets[i++] = rule.next();
    }
    if (defaultState != null) {
      targets[i] = defaultState;
    }
    return List.of(targets);
  }
}
