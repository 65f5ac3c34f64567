package dev.baton.expr;

import java.util.Optional;

/**
 * The hashing algorithms accepted by the {@code States.Hash} intrinsic function.
 *
 * <p>ASL names them {@code MD5}, {@code SHA-1}, {@code SHA-256}, {@code SHA-384} and {@code
 * SHA-512}; {@link #aslName()} returns that spelling, which is what is written as the second
 * argument, e.g. {@code States.Hash($.data, 'SHA-256')}.
 */
public enum HashAlgorithm {
  /** {@code MD5}. */
  MD5("MD5"),
  /** {@code SHA-1}. */
  SHA_1("SHA-1"),
  /** {@code SHA-256}. */
  SHA_256("SHA-256"),
  /** {@code SHA-384}. */
  SHA_384("SHA-384"),
  /** {@code SHA-512}. */
  SHA_512("SHA-512");

  private final String aslName;

  HashAlgorithm(String aslName) {
    this.aslName = aslName;
  }

  /**
   * Returns the algorithm name as written in ASL.
   *
   * @return e.g. {@code SHA-256}
   */
  public String aslName() {
    return aslName;
  }

  /**
   * Looks an algorithm up by its exact ASL name.
   *
   * @param name e.g. {@code SHA-256}; may be null
   * @return the algorithm, or empty when the name is not one of the five
   */
  public static Optional<HashAlgorithm> byAslName(String name) {
    for (HashAlgorithm a : values()) {
      if (a.aslName.equals(name)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }
}
