package dev.ao.bench.kube;

import dev.ao.api.v1alpha1.session.SessionStatus;
import java.util.function.Predicate;

/**
 * "This Session's status will show that change": registered before the change is made, stamped with the change's
 * time at the GitHub simulator once it is made, and with the time the Session watch first saw the status show it.
 * Both times are {@link System#nanoTime()} in the benchmark's JVM, where the simulator runs too.
 */
public final class Expectation {
  private final String session;
  private final String change;
  private final Predicate<SessionStatus> shown;
  private volatile long changedAtNanos = -1;
  private volatile long seenAtNanos = -1;

  public Expectation(String session, String change, Predicate<SessionStatus> shown) {
    this.session = session;
    this.change = change;
    this.shown = shown;
  }

  public String session() {
    return session;
  }

  public String change() {
    return change;
  }

  boolean shownBy(SessionStatus status) {
    return status != null && shown.test(status);
  }

  public void changedAt(long nanos) {
    changedAtNanos = nanos;
  }

  void seenAt(long nanos) {
    seenAtNanos = nanos;
  }

  public boolean seen() {
    return seenAtNanos >= 0;
  }

  /** Change → status latency in milliseconds, or -1 while either side is unknown. */
  public double latencyMillis() {
    return seenAtNanos < 0 || changedAtNanos < 0 ? -1 : (seenAtNanos - changedAtNanos) / 1e6;
  }
}
