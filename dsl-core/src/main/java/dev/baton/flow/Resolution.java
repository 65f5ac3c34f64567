package dev.baton.flow;

/**
 * What reading a path from a shape gives.
 *
 * @param status whether the value is there always, sometimes, never, or cannot be known
 * @param shape the value's shape when it may be there ({@link Shape#OPEN} when unknown)
 * @param reason for MAYBE and MISSING, why (which object lacks which field, and what made it)
 */
public record Resolution(Status status, Shape shape, String reason) {

  /** How sure the answer is. */
  public enum Status {
    /** The value is there on every path. */
    FOUND,
    /** The value is there on some paths only. */
    MAYBE,
    /** The value is never there. */
    MISSING,
    /** Nothing is known (an open shape, a wildcard or filter): no finding. */
    UNKNOWN
  }

  static Resolution found(Shape shape) {
    return new Resolution(Status.FOUND, shape, "");
  }

  static Resolution unknown() {
    return new Resolution(Status.UNKNOWN, Shape.OPEN, "");
  }

  static Resolution missing(String reason) {
    return new Resolution(Status.MISSING, Shape.NOTHING, reason);
  }
}
