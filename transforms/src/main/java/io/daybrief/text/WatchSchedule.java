package io.daybrief.text;

/**
 * When a file watch lists its patterns again, and when it has been idle long enough to end. The
 * caller passes the clock in, so the rules are tested without waiting.
 */
public final class WatchSchedule {
  private final long pollMillis;
  private final long stopAfterIdleMillis;
  private long lastPollMillis;
  private boolean polledOnce;
  private long lastNewMillis;

  /**
   * @param pollMillis time between two listings
   * @param stopAfterIdleMillis end after this long without a new file; 0 never ends
   * @param lastNewMillis when the last new file was seen (the start, for a new watch)
   */
  public WatchSchedule(long pollMillis, long stopAfterIdleMillis, long lastNewMillis) {
    if (pollMillis <= 0) {
      throw new IllegalArgumentException("the poll interval must be more than 0, was " + pollMillis);
    }
    this.pollMillis = pollMillis;
    this.stopAfterIdleMillis = stopAfterIdleMillis;
    this.lastNewMillis = lastNewMillis;
  }

  /** The first listing is due at once, later ones a poll interval after the one before. */
  public boolean pollDue(long nowMillis) {
    return !polledOnce || nowMillis - lastPollMillis >= pollMillis;
  }

  public void polled(long nowMillis, boolean foundNewFiles) {
    polledOnce = true;
    lastPollMillis = nowMillis;
    if (foundNewFiles) {
      lastNewMillis = nowMillis;
    }
  }

  /** Idle: no new file for the idle limit, counted from the last new file (or the start). */
  public boolean idleExpired(long nowMillis) {
    return stopAfterIdleMillis > 0 && nowMillis - lastNewMillis >= stopAfterIdleMillis;
  }

  public long lastNewMillis() {
    return lastNewMillis;
  }
}
