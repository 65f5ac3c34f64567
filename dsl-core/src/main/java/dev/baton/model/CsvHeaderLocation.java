package dev.baton.model;

/** Where a CSV dataset's column names are: ASL ReaderConfig {@code CSVHeaderLocation}. Constants are spelled as in ASL JSON. */
public enum CsvHeaderLocation {
  /** {@code "FIRST_ROW"}. */
  FIRST_ROW,
  /** {@code "GIVEN"}. */
  GIVEN
}
