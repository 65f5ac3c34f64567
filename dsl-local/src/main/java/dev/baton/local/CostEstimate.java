package dev.baton.local;

import dev.baton.model.ExecutionType;
import java.math.BigDecimal;

/**
 * What one execution would cost on AWS, from its state transitions (STANDARD) or its duration
 * (EXPRESS).
 *
 * <p>Assumptions (AWS list prices for us-east-1, as published on aws.amazon.com/step-functions/pricing;
 * the free tier is ignored; service integrations such as Lambda are billed separately and not
 * included):
 *
 * <ul>
 *   <li>STANDARD: $0.025 per 1,000 state transitions; every state entered and every retry is a
 *       transition.
 *   <li>EXPRESS: $1.00 per million requests ($0.000001 per execution), plus $0.00001667 per
 *       GB-second of duration, where duration is rounded up to the next 100 ms and memory is
 *       assumed to be one 64 MB chunk (AWS bills memory in 64 MB chunks, from the definition and
 *       payload sizes; small workflows use one).
 * </ul>
 *
 * @param type the execution type the estimate is for
 * @param transitions the state transitions counted
 * @param billedMillis the duration billed (EXPRESS), rounded up to 100 ms
 * @param usd the estimated cost in US dollars
 */
public record CostEstimate(ExecutionType type, long transitions, long billedMillis, BigDecimal usd) {

  /** STANDARD: US dollars per state transition ($0.025 per 1,000). */
  public static final BigDecimal STANDARD_PER_TRANSITION = new BigDecimal("0.000025");
  /** EXPRESS: US dollars per request ($1.00 per million). */
  public static final BigDecimal EXPRESS_PER_REQUEST = new BigDecimal("0.000001");
  /** EXPRESS: US dollars per GB-second of duration. */
  public static final BigDecimal EXPRESS_PER_GB_SECOND = new BigDecimal("0.00001667");
  /** EXPRESS: memory assumed, in GB (one 64 MB chunk). */
  public static final BigDecimal EXPRESS_MEMORY_GB = new BigDecimal("0.0625");

  /**
   * Estimates the cost.
   *
   * @param type STANDARD or EXPRESS
   * @param transitions state transitions (entries plus retries)
   * @param durationMillis the execution's duration, simulated on the virtual clock
   * @return the estimate
   */
  public static CostEstimate of(ExecutionType type, long transitions, long durationMillis) {
    if (type == ExecutionType.EXPRESS) {
      long billed = Math.max(100, ((durationMillis + 99) / 100) * 100);
      BigDecimal seconds = BigDecimal.valueOf(billed).movePointLeft(3);
      BigDecimal usd = EXPRESS_PER_REQUEST.add(
          seconds.multiply(EXPRESS_MEMORY_GB).multiply(EXPRESS_PER_GB_SECOND));
      return new CostEstimate(type, transitions, billed, usd.stripTrailingZeros());
    }
    BigDecimal usd = STANDARD_PER_TRANSITION.multiply(BigDecimal.valueOf(transitions));
    return new CostEstimate(type, transitions, 0, usd.stripTrailingZeros());
  }

  /** The cost of {@code executions} runs like this one. */
  public BigDecimal times(long executions) {
    return usd.multiply(BigDecimal.valueOf(executions));
  }
}
