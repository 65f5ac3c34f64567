package dev.baton.local.engine;

import java.util.ArrayDeque;
import java.util.PriorityQueue;

/**
 * A single-threaded discrete-event scheduler: the heart of the virtual clock.
 *
 * <p>Work is either ready now ({@link #post}) or due at a time ({@link #at}). {@link #runUntilIdle}
 * runs ready work in FIFO order; when none is left it moves the clock to the earliest timer (or, on
 * a real clock, sleeps until it is due). Because every branch, Map iteration and retry of an
 * execution runs on the caller's thread in this order, concurrent constructs are deterministic
 * under the virtual clock and a sequential flow never switches threads. Internal API.
 */
public final class Scheduler {

  /** A piece of work due at a time; can be cancelled before it runs. */
  public static final class Timer implements Comparable<Timer> {
    final long due;
    final long sequence;
    final Runnable work;
    final boolean guard;
    boolean cancelled;

    Timer(long due, long sequence, Runnable work, boolean guard) {
      this.due = due;
      this.sequence = sequence;
      this.work = work;
      this.guard = guard;
    }

    /** Cancels the timer; cancelling a timer that already ran does nothing. */
    public void cancel() {
      cancelled = true;
    }

    @Override
    public int compareTo(Timer o) {
      int c = Long.compare(due, o.due);
      return c != 0 ? c : Long.compare(sequence, o.sequence);
    }
  }

  private final boolean realTime;
  private long virtualNow;
  private long sequence;
  private int awaitingCallbacks;
  private int activeRuns;
  private final ArrayDeque<Runnable> ready = new ArrayDeque<>();
  private final PriorityQueue<Timer> timers = new PriorityQueue<>();

  /**
   * Creates a scheduler.
   *
   * @param realTime whether time is the wall clock (timers sleep) instead of virtual
   * @param startMillis the virtual clock's start, in epoch milliseconds (ignored on a real clock)
   */
  public Scheduler(boolean realTime, long startMillis) {
    this.realTime = realTime;
    this.virtualNow = startMillis;
  }

  /** Returns the current time in epoch milliseconds. */
  public long now() {
    return realTime ? System.currentTimeMillis() : virtualNow;
  }

  /** Whether this scheduler follows the wall clock. */
  public boolean isRealTime() {
    return realTime;
  }

  /** Queues work to run now, after the work already queued. */
  public void post(Runnable work) {
    ready.add(work);
  }

  /** Schedules work at an absolute time in epoch milliseconds (now if in the past). */
  public Timer at(long dueMillis, Runnable work) {
    Timer timer = new Timer(dueMillis, sequence++, work, false);
    timers.add(timer);
    return timer;
  }

  /**
   * Schedules a guard: a timeout that must not fire just because nothing else is left to do
   * while a task waits for the outside world (a task token). While a callback is awaited,
   * {@link #runUntilIdle} stops before a guard instead of jumping to it, so the test gets the
   * chance to answer; {@link #advance} moves time past it.
   */
  public Timer guard(long delayMillis, Runnable work) {
    Timer timer = new Timer(now() + Math.max(0, delayMillis), sequence++, work, true);
    timers.add(timer);
    return timer;
  }

  /** Moves the clock forward by {@code millis}, running everything due on the way, guards too. */
  public void advance(long millis) {
    long target = now() + millis;
    while (true) {
      runUntilIdle();
      Timer timer = timers.peek();
      if (timer == null || timer.due > target) {
        break;
      }
      timers.poll();
      if (!timer.cancelled) {
        if (!realTime && timer.due > virtualNow) {
          virtualNow = timer.due;
        }
        timer.work.run();
      }
    }
    if (!realTime && target > virtualNow) {
      virtualNow = target;
    }
    runUntilIdle();
  }

  /** Schedules work after a delay in milliseconds. */
  public Timer after(long delayMillis, Runnable work) {
    return at(now() + Math.max(0, delayMillis), work);
  }

  /**
   * Runs work until nothing is ready and no timer is pending (the execution finished or waits for
   * a callback from outside).
   */
  public void runUntilIdle() {
    while (true) {
      Runnable next = ready.poll();
      if (next != null) {
        next.run();
        continue;
      }
      Timer timer = timers.peek();
      if (timer == null) {
        return;
      }
      if (timer.cancelled) {
        timers.poll();
        continue;
      }
      if (timer.guard && awaitingCallbacks > 0) {
        return;
      }
      timers.poll();
      if (realTime) {
        long wait = timer.due - System.currentTimeMillis();
        if (wait > 0) {
          try {
            Thread.sleep(wait);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            timers.add(timer);
            return;
          }
        }
      } else if (timer.due > virtualNow) {
        virtualNow = timer.due;
      }
      timer.work.run();
    }
  }

  /** Notes that a task waits for a callback from outside: guards stop the run from now on. */
  public void callbackAwaited() {
    awaitingCallbacks++;
  }

  /** Notes that a waiting task got its answer (or gave up). */
  public void callbackSettled() {
    awaitingCallbacks--;
  }

  /** Notes that an execution started on this scheduler. */
  public void runStarted() {
    activeRuns++;
  }

  /**
   * Notes that an execution ended; when none is left, the work still queued (timers of Waits and
   * tasks that were cut short) is dropped, so that a real clock does not sleep for nothing.
   */
  public void runEnded() {
    if (--activeRuns == 0) {
      clear();
    }
  }

  /** Drops all pending work (the execution stopped). */
  public void clear() {
    ready.clear();
    timers.clear();
  }
}
