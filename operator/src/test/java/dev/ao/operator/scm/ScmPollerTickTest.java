package dev.ao.operator.scm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ao.api.v1alpha1.project.ScmSpec;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** When the scheduler's ticks poll a repository: on time, once per interval, and right away for a new one. */
class ScmPollerTickTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-03T08:00:00Z"));
  private final RecordingClient client = new RecordingClient();
  private final ScmPoller poller = new ScmPoller(client, (ns, name, key) -> "t", clock, new SplittableRandom(7));

  @Test
  void should_poll_a_repository_once_per_interval_however_often_the_scheduler_ticks() {
    poller.track(session("a"), tracked("webapp", "feat/a"));
    poller.track(session("b"), tracked("webapp", "feat/b"));

    for (int i = 0; i < 600; i++) { // 60 s of 100 ms ticks
      poller.tick();
      clock.advance(Duration.ofMillis(100));
    }

    // 10 s ± 5% jitter: six polls in 60 s (at 0 s and then every 9.5–10.5 s), all of them for both Sessions together.
    assertThat(client.polled).hasSize(6).containsOnly("webapp");
  }

  @Test
  void should_poll_a_newly_tracked_repository_on_the_next_tick_while_the_others_are_not_due() {
    poller.track(session("a"), tracked("webapp", "feat/a"));
    poller.tick();
    clock.advance(Duration.ofSeconds(2));
    poller.tick();
    assertThat(client.polled).containsExactly("webapp");

    poller.track(session("c"), tracked("api", "feat/c"));
    clock.advance(Duration.ofMillis(100));
    poller.tick();

    assertThat(client.polled).containsExactly("webapp", "api");
  }

  @Test
  void should_keep_polling_a_repository_after_all_sessions_of_another_one_are_untracked() {
    poller.track(session("a"), tracked("webapp", "feat/a"));
    poller.track(session("c"), tracked("api", "feat/c"));
    poller.tick();
    poller.untrack(session("c"));
    client.polled.clear();

    clock.advance(Duration.ofSeconds(11));
    poller.tick();

    assertThat(client.polled).containsExactly("webapp");
  }

  private static ResourceID session(String name) {
    return new ResourceID(name, "ns");
  }

  private static ScmPoller.Tracked tracked(String repo, String branch) {
    return new ScmPoller.Tracked(new RepoKey("http://github.test", "acme", repo, "ns", "gh", "token"), branch, Duration.ofSeconds(10));
  }

  /** Answers every poll with no PRs, records which repository was polled, and fails the test if a tick writes to GitHub. */
  private static final class RecordingClient implements ScmClient {
    final List<String> polled = new ArrayList<>();

    @Override
    public Map<String, PullRequestSnapshot> pollRepository(ScmTarget target, Set<String> branches) {
      polled.add(target.repo());
      return Map.of();
    }

    @Override
    public PullRequestSnapshot pullRequest(ScmTarget target, int number) {
      return null;
    }

    @Override
    public Map<Integer, PullRequestSnapshot> withDetail(ScmTarget target, List<DetailRequest> requests) {
      return Map.of();
    }

    @Override
    public MergeResult merge(ScmTarget target, int number, String headSha, ScmSpec.MergeMethod method) {
      throw new AssertionError("a poll tick must never merge a PR");
    }

    @Override
    public void comment(ScmTarget target, int number, String body) {
      throw new AssertionError("a poll tick must never comment on a PR");
    }

    @Override
    public List<RateBudget> budgets() {
      return List.of();
    }
  }

  private static final class MutableClock extends Clock {
    private Instant now;

    MutableClock(Instant start) {
      this.now = start;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
