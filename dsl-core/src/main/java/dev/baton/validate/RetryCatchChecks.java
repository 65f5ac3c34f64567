package dev.baton.validate;

import dev.baton.diagnostics.DidYouMean;
import dev.baton.model.Catcher;
import dev.baton.model.Retrier;
import dev.baton.model.State;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** Retry and Catch: error names, States.ALL placement, and retrier limits. */
final class RetryCatchChecks {
  /** The predefined error names (ASL spec and AWS). */
  static final Set<String> PREDEFINED_ERRORS = Set.of("States.ALL", "States.HeartbeatTimeout", "States.Timeout",
      "States.TaskFailed", "States.Permissions", "States.ResultPathMatchFailure", "States.ParameterPathFailure",
      "States.QueryEvaluationError", "States.BranchFailed", "States.NoChoiceMatched", "States.IntrinsicFailure",
      "States.ExceedToleratedFailureThreshold", "States.ItemReaderFailed", "States.ResultWriterFailed",
      "States.Runtime", "States.DataLimitExceeded");

  /** Above this, an interval that keeps growing deserves a MaxDelaySeconds cap. */
  private static final double UNBOUNDED_SECONDS = 3600;

  private RetryCatchChecks() {}

  static void check(Definition d, Findings f) {
    for (State state : d.allStates()) {
      List<Retrier> retriers = state.retry();
      for (int i = 0; i < retriers.size(); i++) {
        Retrier r = retriers.get(i);
        Entry entry = new Entry(d, state, "Retry", "retrier", i);
        checkErrors(r.errorEquals(), i == retriers.size() - 1, entry, f);
        checkLimits(r, entry, f);
      }
      List<Catcher> catchers = state.catchers();
      for (int i = 0; i < catchers.size(); i++) {
        checkErrors(catchers.get(i).errorEquals(), i == catchers.size() - 1, new Entry(d, state, "Catch", "catcher", i), f);
      }
    }
  }

  /**
   * A retrier or catcher, which names its pointer and itself in messages only when it has
   * something to report: most have nothing, and building both strings for each would cost more
   * than the checks.
   */
  private record Entry(Definition d, State state, String field, String kind, int index) {
    /** Its JSON pointer, e.g. {@code /States/Work/Retry/0}. */
    String at() {
      return d.pointerOf(state) + "/" + field + "/" + index;
    }

    /** How messages name it, e.g. {@code retrier 0 of state 'Work'}. */
    String what() {
      return kind + " " + index + " of state '" + state.name() + "'";
    }
  }

  private static void checkErrors(List<String> errors, boolean last, Entry entry, Findings f) {
    if (errors.isEmpty()) {
      f.report(Rule.RETRY_ERROREQUALS_NONEMPTY, entry.at() + "/ErrorEquals", entry.what()
          + " has an empty ErrorEquals; list the errors it handles, e.g. [\"States.ALL\"]");
    }
    for (int j = 0; j < errors.size(); j++) {
      String error = errors.get(j);
      if (error.equals("States.ALL") && (errors.size() > 1 || !last)) {
        f.report(Rule.RETRY_ALL_LAST, entry.at() + "/ErrorEquals/" + j, entry.what() + " uses States.ALL "
            + (errors.size() > 1 ? "with other error names" : "before the last entry")
            + "; States.ALL must be alone in the last retrier or catcher, because it matches everything");
      } else if (error.startsWith("States.") && !PREDEFINED_ERRORS.contains(error)) {
        f.report(Rule.RETRY_UNKNOWN_STATES_ERROR, entry.at() + "/ErrorEquals/" + j, entry.what() + " names '" + error
            + "', which is not a predefined error" + DidYouMean.hint(error, PREDEFINED_ERRORS)
            + "; custom error names must not start with States.");
      }
    }
  }

  private static void checkLimits(Retrier r, Entry entry, Findings f) {
    // Every retrier of a definition comes here: the fields are read once, without Optional chains.
    Integer maxAttempts = r.maxAttempts().orElse(null);
    Integer intervalSeconds = r.intervalSeconds().orElse(null);
    BigDecimal backoffRate = r.backoffRate().orElse(null);
    Integer maxDelaySeconds = r.maxDelaySeconds().orElse(null);
    if (maxAttempts != null && maxAttempts < 0) {
      f.report(Rule.RETRY_MAXATTEMPTS_MIN, entry.at() + "/MaxAttempts",
          "MaxAttempts of " + entry.what() + " is " + maxAttempts + "; it must be 0 (never retry) or more");
    }
    if (intervalSeconds != null && intervalSeconds < 1) {
      f.report(Rule.RETRY_INTERVAL_MIN, entry.at() + "/IntervalSeconds",
          "IntervalSeconds of " + entry.what() + " is " + intervalSeconds + "; it must be at least 1");
    }
    if (backoffRate != null && backoffRate.compareTo(BigDecimal.ONE) < 0) {
      f.report(Rule.RETRY_BACKOFF_MIN, entry.at() + "/BackoffRate", "BackoffRate of " + entry.what() + " is "
          + backoffRate.toPlainString() + "; it must be at least 1.0");
    }
    if (maxDelaySeconds != null && maxDelaySeconds < 1) {
      f.report(Rule.RETRY_MAXDELAY_MIN, entry.at() + "/MaxDelaySeconds",
          "MaxDelaySeconds of " + entry.what() + " is " + maxDelaySeconds + "; it must be at least 1");
    }
    if (maxDelaySeconds == null) {
      double interval = intervalSeconds == null ? 1 : intervalSeconds;
      double rate = backoffRate == null ? 2.0 : backoffRate.doubleValue();
      int attempts = maxAttempts == null ? 3 : maxAttempts;
      double longest = attempts <= 0 ? 0 : interval * Math.pow(rate, attempts - 1);
      if (longest > UNBOUNDED_SECONDS) {
        f.report(Rule.LINT_RETRY_UNBOUNDED_BACKOFF, entry.at(), entry.what() + " waits up to "
            + String.format("%.0f", longest) + " seconds before its last attempt (IntervalSeconds " + (int) interval
            + ", BackoffRate " + rate + ", MaxAttempts " + attempts + "); add MaxDelaySeconds to cap it");
      }
    }
  }
}
