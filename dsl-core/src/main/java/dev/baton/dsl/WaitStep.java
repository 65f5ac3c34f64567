package dev.baton.dsl;

import dev.baton.annotations.ReferencePathExpression;

import dev.baton.expr.Jsonata;
import dev.baton.expr.ReferencePath;
import dev.baton.model.Value;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** A Wait step: pauses for a number of seconds or until a time. Set exactly one duration. */
public final class WaitStep extends ContinuingStep<WaitStep> {
  Value<Integer> seconds;
  ReferencePath secondsPath;
  Value<String> timestamp;
  ReferencePath timestampPath;

  WaitStep(String name) {
    super(name);
  }

  /** Sets ASL {@code Seconds}: how long to wait, at least 0. */
  public WaitStep seconds(int seconds) {
    if (seconds < 0) {
      throw misuse("Seconds must be 0 or more, not " + seconds);
    }
    clear();
    this.seconds = Value.of(seconds);
    return this;
  }

  /** Sets ASL {@code Seconds} to a JSONata expression (JSONata states). */
  public WaitStep seconds(Jsonata seconds) {
    clear();
    this.seconds = Value.jsonata(seconds);
    return this;
  }

  /** Sets ASL {@code SecondsPath}: where to read the seconds in the input (JSONPath states). */
  public WaitStep secondsPath(@ReferencePathExpression String path) {
    ReferencePath parsed = referencePath("SecondsPath", path);
    clear();
    this.secondsPath = parsed;
    return this;
  }

  /** Sets ASL {@code Timestamp}: the time to wait until, written in RFC 3339 UTC form. */
  public WaitStep timestamp(OffsetDateTime until) {
    clear();
    this.timestamp = Value.of(until.withOffsetSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)
        .replace("+00:00", "Z"));
    return this;
  }

  /** Sets ASL {@code Timestamp} to a JSONata expression (JSONata states). */
  public WaitStep timestamp(Jsonata until) {
    clear();
    this.timestamp = Value.jsonata(until);
    return this;
  }

  /** Sets ASL {@code TimestampPath}: where to read the time in the input (JSONPath states). */
  public WaitStep timestampPath(@ReferencePathExpression String path) {
    ReferencePath parsed = referencePath("TimestampPath", path);
    clear();
    this.timestampPath = parsed;
    return this;
  }

  private void clear() {
    if (seconds != null || secondsPath != null || timestamp != null || timestampPath != null) {
      throw misuse("a Wait state has exactly one of Seconds, SecondsPath, Timestamp and TimestampPath;"
          + " it already has one");
    }
  }

  @Override
  WaitStep copyAs(String newName) {
    WaitStep copy = new WaitStep(newName);
    copyContinuingTo(copy);
    copy.seconds = seconds;
    copy.secondsPath = secondsPath;
    copy.timestamp = timestamp;
    copy.timestampPath = timestampPath;
    return copy;
  }
}
