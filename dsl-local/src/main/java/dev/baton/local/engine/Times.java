package dev.baton.local.engine;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Timestamp helpers: ISO-8601 text as AWS writes it (UTC, milliseconds). Internal API. */
public final class Times {

  private Times() {}

  /** Formats epoch milliseconds as {@code 2024-01-01T00:00:00.000Z}. */
  public static String iso(long epochMillis) {
    Instant i = Instant.ofEpochMilli(epochMillis);
    String s = i.toString();
    // Instant.toString drops a zero millisecond part; AWS always writes three digits.
    if (i.getNano() == 0) {
      return s.substring(0, s.length() - 1) + ".000Z";
    }
    return s;
  }

  /**
   * Parses an RFC 3339 timestamp (with {@code T}, a zone offset or {@code Z}) or returns null
   * when the text is not one.
   */
  public static Instant parse(String text) {
    if (text == null || text.length() < 20 || text.charAt(10) != 'T') {
      return null;
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
