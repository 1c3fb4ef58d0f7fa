package dev.ao.operator.scm;

import io.javaoperatorsdk.operator.processing.event.ResourceID;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Polls each repository once per cycle for all of its Sessions together and keeps the latest PR
 * snapshot per Session. Reconciles read snapshots from here and never call the SCM themselves;
 * when a Session's snapshot changes, the listener is told so that Session reconciles.
 */
public class ScmPoller {
  private static final Logger LOG = Logger.getLogger(ScmPoller.class);

  private final ScmClient client;
  private final TokenSource tokens;
  private final Clock clock;
  private final RandomGenerator random;
  private final Map<ResourceID, Tracked> tracked = new ConcurrentHashMap<>();
  private final Map<ResourceID, PullRequestSnapshot> snapshots = new ConcurrentHashMap<>();
  private final Map<RepoKey, RepoState> repos = new ConcurrentHashMap<>();
  private volatile Consumer<Set<ResourceID>> listener = ids -> {};

  public ScmPoller(ScmClient client, TokenSource tokens, Clock clock, RandomGenerator random) {
    this.client = client;
    this.tokens = tokens;
    this.clock = clock;
    this.random = random;
  }

  /** A Session to poll for: its repository, branch and the Project's poll interval. */
  public record Tracked(RepoKey repo, String branch, Duration interval) {}

  /** What the last poll of a repository did, for status and metrics. */
  public record RepoState(Instant lastPolledAt, Instant nextPollAt, String lastError, RateBudget budget, int sessions) {}

  public void onChange(Consumer<Set<ResourceID>> listener) {
    this.listener = listener;
  }

  /** Idempotent: called by every reconcile of an active Session. */
  public void track(ResourceID session, Tracked what) {
    Tracked before = tracked.put(session, what);
    if (before == null || !before.equals(what)) {
      repos.computeIfAbsent(what.repo(), k -> new RepoState(null, clock.instant(), null, null, 0));
    }
  }

  public void untrack(ResourceID session) {
    tracked.remove(session);
    snapshots.remove(session);
  }

  public Optional<PullRequestSnapshot> snapshot(ResourceID session) {
    return Optional.ofNullable(snapshots.get(session));
  }

  /** Whether this process has polled the repository yet (after a restart, snapshots start empty). */
  public boolean hasPolled(RepoKey repo) {
    RepoState s = repos.get(repo);
    return s != null && s.lastPolledAt() != null;
  }

  public Optional<RepoState> repoState(RepoKey repo) {
    return Optional.ofNullable(repos.get(repo));
  }

  public ScmClient client() {
    return client;
  }

  /** The target (with its current token) for writes such as merges. */
  public ScmTarget target(RepoKey repo) {
    return new ScmTarget(repo.apiUrl(), repo.owner(), repo.repo(), tokens.token(repo.namespace(), repo.secretName(), repo.secretKey()));
  }

  /** One scheduler tick: poll every repository that is due. Never throws. */
  public void tick() {
    Instant now = clock.instant();
    // Ticks come often so a due poll starts on time; most find nothing due and cost one look per repository.
    if (repos.values().stream().noneMatch(s -> s.nextPollAt() == null || !s.nextPollAt().isAfter(now))) {
      return;
    }
    Map<RepoKey, List<Map.Entry<ResourceID, Tracked>>> byRepo =
        tracked.entrySet().stream().collect(Collectors.groupingBy(e -> e.getValue().repo()));
    for (var entry : byRepo.entrySet()) {
      RepoState state = repos.computeIfAbsent(entry.getKey(), k -> new RepoState(null, now, null, null, 0));
      if (state.nextPollAt() == null || !state.nextPollAt().isAfter(now)) {
        pollRepository(entry.getKey(), entry.getValue(), now);
      }
    }
  }

  /** Polls one repository now, regardless of its schedule. */
  void pollRepository(RepoKey repo, List<Map.Entry<ResourceID, Tracked>> sessions, Instant now) {
    Duration interval = sessions.stream().map(e -> e.getValue().interval()).min(Duration::compareTo).orElse(Duration.ofSeconds(30));
    ScmTarget target = target(repo);
    Set<String> branches = sessions.stream().map(e -> e.getValue().branch()).collect(Collectors.toSet());
    Set<ResourceID> changed = new HashSet<>();
    String error = null;
    Instant retryAt = null;
    try {
      Map<String, PullRequestSnapshot> summaries = client.pollRepository(target, branches);
      Map<ResourceID, PullRequestSnapshot> current = new HashMap<>();
      Map<Integer, ScmClient.DetailRequest> toDetail = new LinkedHashMap<>();
      for (var e : sessions) {
        PullRequestSnapshot before = snapshots.get(e.getKey());
        PullRequestSnapshot summary = summaries.get(e.getValue().branch());
        if (summary == null && before != null) {
          // Our PR fell out of the batch window (e.g. merged long enough ago): ask for it by number.
          summary = client.pullRequest(target, before.number());
        }
        if (summary != null) {
          current.put(e.getKey(), summary);
          if (SnapshotChange.needsDetail(before, summary)) {
            toDetail.putIfAbsent(summary.number(), new ScmClient.DetailRequest(summary, before));
          }
        }
      }
      // One batched detail read for every PR of the repository that changed, however many Sessions share them.
      Map<Integer, PullRequestSnapshot> detailed = toDetail.isEmpty() ? Map.of() : client.withDetail(target, List.copyOf(toDetail.values()));
      for (var e : sessions) {
        ResourceID id = e.getKey();
        PullRequestSnapshot before = snapshots.get(id);
        PullRequestSnapshot after = next(before, current.get(id), detailed);
        if (!java.util.Objects.equals(before, after)) {
          if (after == null) {
            snapshots.remove(id);
          } else {
            snapshots.put(id, after);
          }
          changed.add(id);
        }
      }
    } catch (ScmException e) {
      error = e.getMessage();
      retryAt = e.retryAt();
      LOG.warnf("polling %s failed: %s", repo.slug(), e.getMessage());
    } catch (RuntimeException e) {
      error = e.getClass().getSimpleName() + ": " + e.getMessage();
      LOG.warnf(e, "polling %s failed", repo.slug());
    }
    RateBudget budget = client.budgets().stream().min(java.util.Comparator.comparingDouble(RateBudget::fractionLeft)).orElse(null);
    Instant next = PollSchedule.next(now, interval, budget, retryAt, random);
    repos.put(repo, new RepoState(now, next, error, budget, sessions.size()));
    if (!changed.isEmpty()) {
      listener.accept(changed);
    }
  }

  /** What a Session sees after this poll: the detailed PR, its unchanged previous snapshot, or the bare summary. */
  private static PullRequestSnapshot next(PullRequestSnapshot before, PullRequestSnapshot summary, Map<Integer, PullRequestSnapshot> detailed) {
    if (summary == null) {
      return null;
    }
    PullRequestSnapshot withDetail = detailed.get(summary.number());
    if (withDetail != null && SnapshotChange.needsDetail(before, summary)) {
      return withDetail;
    }
    return before != null && !SnapshotChange.summaryChanged(before, summary) ? before : summary;
  }
}
