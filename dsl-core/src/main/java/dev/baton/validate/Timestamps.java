package dev.baton.validate;

import java.util.regex.Pattern;

/** The timestamps ASL accepts: RFC 3339 with an uppercase T and Z, or a numeric offset. */
final class Timestamps {
  private static final Pattern RFC3339 = Pattern.compile(
      "\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d:([0-5]\\d|60)(\\.\\d+)?(Z|[+-]([01]\\d|2[0-3]):[0-5]\\d)");

  private Timestamps() {}

  static boolean isValid(String text) {
    return RFC3339.matcher(text).matches();
  }
}
