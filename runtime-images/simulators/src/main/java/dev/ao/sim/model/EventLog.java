package dev.ao.sim.model;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** An append-only, bounded log of model changes. Thread-safe. */
public final class EventLog {

  /** Enough for a 1,000-session benchmark run; older events are dropped first. */
  private static final int CAPACITY = 200_000;

  private final Clock clock;
  private final Deque<ModelEvent> events = new ArrayDeque<>();
  private long lastSeq;

  public EventLog(Clock clock) {
    this.clock = clock;
  }

  public synchronized ModelEvent record(String type, String repo, Integer number, String detail) {
    ModelEvent event = new ModelEvent(++lastSeq, clock.millis(), System.nanoTime(), type, repo, number, detail);
    events.addLast(event);
    if (events.size() > CAPACITY) {
      events.removeFirst();
    }
    return event;
  }

  /** Events with a sequence number greater than {@code afterSeq}, oldest first. */
  public synchronized List<ModelEvent> since(long afterSeq) {
    List<ModelEvent> result = new ArrayList<>();
    for (ModelEvent event : events) {
      if (event.seq() > afterSeq) {
        result.add(event);
      }
    }
    return result;
  }

  public synchronized void clear() {
    events.clear();
  }
}
