package dev.baton.model;

/** A retrier's ASL {@code JitterStrategy}: whether retry intervals are randomised. Default {@link #NONE}. */
public enum JitterStrategy {
  /** Randomise each interval between 0 and the computed back-off. */
  FULL,
  /** Use the computed back-off exactly. */
  NONE
}
