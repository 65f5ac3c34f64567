package dev.baton.model;

import java.math.BigDecimal;

/** Compares JSON numbers by value, so that {@code 2} and {@code 2.0} are the same rate. */
final class Numbers {
  private Numbers() {}

  static boolean equal(BigDecimal a, BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }
}
