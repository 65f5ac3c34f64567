package dev.baton.local.engine;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A {@link Clock} reading the scheduler's (virtual or real) time, for JSONata's {@code $now()}. */
final class SchedulerClock extends Clock {

  private final Scheduler scheduler;

  SchedulerClock(Scheduler scheduler) {
    this.scheduler = scheduler;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return Instant.ofEpochMilli(scheduler.now());
  }

  @Override
  public long millis() {
    return scheduler.now();
  }
}
