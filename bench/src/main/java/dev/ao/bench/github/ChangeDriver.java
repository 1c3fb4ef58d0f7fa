package dev.ao.bench.github;

import dev.ao.bench.kube.Expectation;
import dev.ao.bench.kube.SessionWatch;
import dev.ao.sim.control.SimulatorControl;
import dev.ao.sim.model.ModelEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Makes SCM changes at a set rate on randomly chosen Sessions (never one whose previous change the watch has not
 * seen yet, so every change is measured on its own), and registers for each what the Session's status must show.
 * The change's time is the simulator's own: the time stamp of the first model event the change recorded.
 */
public final class ChangeDriver {
  private final SimulatorControl github;
  private final GitHubWorld world;
  private final SessionWatch watch;
  private final RandomGenerator random;
  private long lastSeq;

  public ChangeDriver(SimulatorControl github, GitHubWorld world, SessionWatch watch, RandomGenerator random) {
    this.github = github;
    this.world = world;
    this.watch = watch;
    this.random = random;
    List<ModelEvent> setup = github.events(0);
    this.lastSeq = setup.isEmpty() ? 0 : setup.get(setup.size() - 1).seq();
  }

  /** Makes {@code perSecond} changes a second for {@code duration}; returns one expectation per change made. */
  public List<Expectation> run(Duration duration, double perSecond) throws InterruptedException {
    List<Expectation> made = new ArrayList<>();
    long start = System.nanoTime();
    long gapNanos = (long) (1e9 / perSecond);
    for (long due = start; due - start < duration.toNanos(); due += gapNanos) {
      long wait = due - System.nanoTime();
      if (wait > 0) {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      }
      Expectation e = changeOne();
      if (e != null) {
        made.add(e);
      }
    }
    return made;
  }

  private Expectation changeOne() {
    List<BranchWork> candidates = world.branches().stream().filter(w -> !w.merged() && !watch.awaiting(w.session())).toList();
    if (candidates.isEmpty()) {
      return null;
    }
    BranchWork work = candidates.get(random.nextInt(candidates.size()));
    ChangeKind kind = pick(work);
    long before = System.nanoTime();
    Expectation e = new Expectation(work.session(), kind.name(), kind.apply(github, work));
    watch.expect(e);
    e.changedAt(changeTime(before));
    return e;
  }

  private ChangeKind pick(BranchWork work) {
    List<ChangeKind> applicable = Arrays.stream(ChangeKind.values()).filter(k -> k.appliesTo(work)).toList();
    int total = applicable.stream().mapToInt(k -> k.weight).sum();
    int roll = random.nextInt(total);
    for (ChangeKind k : applicable) {
      if (roll < k.weight) {
        return k;
      }
      roll -= k.weight;
    }
    throw new IllegalStateException("no change applies to " + work.session());
  }

  private long changeTime(long fallback) {
    List<ModelEvent> events = github.events(lastSeq);
    if (events.isEmpty()) {
      return fallback;
    }
    lastSeq = events.get(events.size() - 1).seq();
    return events.get(0).nanoTime();
  }
}
