package dev.ao.bench.operator;

import dev.ao.api.v1alpha1.project.ScmSpec;
import dev.ao.operator.scm.PullRequestSnapshot;
import dev.ao.operator.scm.RateBudget;
import dev.ao.operator.scm.ScmClient;
import dev.ao.operator.scm.ScmException;
import dev.ao.operator.scm.ScmTarget;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts repository polls (R polls make one poll cycle), the time between two polls of a repository, and the time
 * the poller spends in SCM reads, without
 * changing what the wrapped client does. The simulator counts the requests; this says how many cycles they served,
 * and whether a poll is under way, so the benchmark can open and close its windows between polls.
 *
 * <p>A poll starts with {@link #pollRepository} and ends, after the detail reads, with the poller asking for the
 * rate-limit budgets once on its own thread ({@code ScmPoller.pollRepository}); that call marks it finished.
 */
final class PollCycleCounter implements ScmClient {
  private final ScmClient delegate;
  private final AtomicLong started = new AtomicLong();
  private final AtomicLong finished = new AtomicLong();
  private final LongAdder readNanos = new LongAdder();
  private final Map<String, Long> lastStart = new ConcurrentHashMap<>();
  private final LongAdder gapNanos = new LongAdder();
  private final AtomicLong gaps = new AtomicLong();
  private volatile Thread poller;

  PollCycleCounter(ScmClient delegate) {
    this.delegate = delegate;
  }

  @Override
  public Map<String, PullRequestSnapshot> pollRepository(ScmTarget target, Set<String> branches) throws ScmException {
    poller = Thread.currentThread();
    started.incrementAndGet();
    long start = System.nanoTime();
    Long previous = lastStart.put(target.slug(), start);
    if (previous != null) {
      gapNanos.add(start - previous);
      gaps.incrementAndGet();
    }
    try {
      return delegate.pollRepository(target, branches);
    } finally {
      readNanos.add(System.nanoTime() - start);
    }
  }

  @Override
  public PullRequestSnapshot pullRequest(ScmTarget target, int number) throws ScmException {
    long start = System.nanoTime();
    try {
      return delegate.pullRequest(target, number);
    } finally {
      readNanos.add(System.nanoTime() - start);
    }
  }

  @Override
  public Map<Integer, PullRequestSnapshot> withDetail(ScmTarget target, List<DetailRequest> requests) throws ScmException {
    long start = System.nanoTime();
    try {
      return delegate.withDetail(target, requests);
    } finally {
      readNanos.add(System.nanoTime() - start);
    }
  }

  @Override
  public MergeResult merge(ScmTarget target, int number, String headSha, ScmSpec.MergeMethod method) throws ScmException {
    return delegate.merge(target, number, headSha, method);
  }

  @Override
  public void comment(ScmTarget target, int number, String body) throws ScmException {
    delegate.comment(target, number, body);
  }

  @Override
  public List<RateBudget> budgets() {
    if (Thread.currentThread() == poller && finished.get() < started.get()) {
      finished.incrementAndGet();
    }
    return delegate.budgets();
  }

  long pollsStarted() {
    return started.get();
  }

  long pollsFinished() {
    return finished.get();
  }

  long readNanos() {
    return readNanos.sum();
  }

  /** Sum of the times between two consecutive poll starts of the same repository: the cycle length, measured. */
  long pollGapNanos() {
    return gapNanos.sum();
  }

  long pollGaps() {
    return gaps.get();
  }
}
