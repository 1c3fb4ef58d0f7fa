package dev.ao.operator.scm;

import dev.ao.api.v1alpha1.session.Session;
import io.javaoperatorsdk.operator.processing.event.Event;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.javaoperatorsdk.operator.processing.event.source.AbstractEventSource;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Plugs the shared {@link ScmPoller} into JOSDK: ticks it on one scheduler thread and turns
 * "this Session's PR changed" into a reconcile of that Session.
 */
public class ScmPollingEventSource extends AbstractEventSource<PullRequestSnapshot, Session> {
  private final ScmPoller poller;
  private final Duration tick;
  private ScheduledExecutorService scheduler;

  public ScmPollingEventSource(ScmPoller poller, Duration tick) {
    super(PullRequestSnapshot.class, "scm-poller");
    this.poller = poller;
    this.tick = tick;
  }

  @Override
  public synchronized void start() {
    poller.onChange(ids -> ids.forEach(id -> getEventHandler().handleEvent(new Event(id))));
    scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "scm-poller");
      t.setDaemon(true);
      return t;
    });
    scheduler.scheduleWithFixedDelay(poller::tick, tick.toMillis(), tick.toMillis(), TimeUnit.MILLISECONDS);
    super.start();
  }

  @Override
  public synchronized void stop() {
    if (scheduler != null) {
      scheduler.shutdownNow();
    }
    super.stop();
  }

  @Override
  public Set<PullRequestSnapshot> getSecondaryResources(Session primary) {
    return poller.snapshot(ResourceID.fromResource(primary)).map(Set::of).orElse(Set.of());
  }
}
