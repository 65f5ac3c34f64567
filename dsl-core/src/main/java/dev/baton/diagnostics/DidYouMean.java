package dev.baton.diagnostics;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the closest known name to a misspelt one, for "did you mean" hints. */
public final class DidYouMean {
  private DidYouMean() {}

  /**
   * The candidate closest to {@code wrong} by edit distance (ignoring case first), if it is close
   * enough to be a plausible typo: at most a third of the longer name's length, and at most 3.
   */
  public static Optional<String> closest(String wrong, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String lowerWrong = wrong.toLowerCase(Locale.ROOT);
    for (String candidate : candidates) {
      if (candidate.equals(wrong)) {
        continue;
      }
      int distance = candidate.toLowerCase(Locale.ROOT).equals(lowerWrong) ? 0 : distance(wrong, candidate);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = candidate;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    int limit = Math.min(3, Math.max(1, Math.max(wrong.length(), best.length()) / 3));
    return bestDistance <= limit ? Optional.of(best) : Optional.empty();
  }

  /** {@code "; did you mean 'X'?"} or the empty string. */
  public static String hint(String wrong, Collection<String> candidates) {
    return closest(wrong, candidates).map(c -> "; did you mean '" + c + "'?").orElse("");
  }

  /**
   * Edit distance, case-insensitive, where swapping two adjacent letters is one edit (optimal
   * string alignment): "nmae" is one typo away from "name", as a reader sees it.
   */
  static int distance(String a, String b) {
    String x = a.toLowerCase(Locale.ROOT);
    String y = b.toLowerCase(Locale.ROOT);
    int[] beforePrevious = new int[y.length() + 1];
    int[] previous = new int[y.length() + 1];
    int[] current = new int[y.length() + 1];
    for (int j = 0; j <= y.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= x.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= y.length(); j++) {
        int cost = x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
        if (i > 1 && j > 1 && x.charAt(i - 1) == y.charAt(j - 2) && x.charAt(i - 2) == y.charAt(j - 1)) {
          current[j] = Math.min(current[j], beforePrevious[j - 2] + 1);
        }
      }
      int[] recycled = beforePrevious;
      beforePrevious = previous;
      previous = current;
      current = recycled;
    }
    return previous[y.length()];
  }
}
