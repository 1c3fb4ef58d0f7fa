package dev.ao.operator.lifecycle;

import dev.ao.api.v1alpha1.project.Project;
import dev.ao.api.v1alpha1.project.ReactionKeys;
import dev.ao.api.v1alpha1.session.Session;
import dev.ao.api.v1alpha1.session.SessionPhase;
import dev.ao.api.v1alpha1.session.SessionStatus;
import dev.ao.operator.Durations;
import dev.ao.operator.reaction.ReactionDefaults;
import dev.ao.operator.reaction.ReactionPolicy;
import dev.ao.operator.reaction.ReactionTriggers;
import dev.ao.operator.runner.RunnerClient;
import dev.ao.operator.scm.PullRequestSnapshot;
import dev.ao.operator.scm.RepoKey;
import dev.ao.operator.scm.ScmPoller;
import dev.ao.operator.scm.ScmTarget;
import dev.ao.operator.scm.ScmTargets;
import dev.ao.operator.session.IssueRef;
import dev.ao.operator.tracker.IssueCache;
import dev.ao.operator.tracker.IssueInfo;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Secret;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lifecycle of a Session whose agent runs: observe (runner, PR snapshot from the shared
 * poller, tracker), decide the phase (pure), then react and deliver messages. The reconciler calls
 * {@link #observe} and, once the phase is recorded, {@link #act}.
 */
public class SessionLifecycle {
  static final Duration DEFAULT_POLL = Duration.ofSeconds(30);
  static final Duration DEFAULT_STUCK = Duration.ofMinutes(10);
  static final Duration RUNNER_GRACE = Duration.ofSeconds(120);
  // Status is written when something changed, and otherwise only this often: every write is an API-server
  // (etcd) write that all watchers decode, and it wakes the Session's reconcile once more. At 60 s, 1,000 idle
  // Sessions cost 17 writes/s and doubled the resync reconciles (bench/README.md); the kubelet reports an
  // unchanged Node status every 5 minutes for the same reason.
  static final Duration STATUS_HEARTBEAT = Duration.ofMinutes(5);

  private final ScmPoller poller;
  private final RunnerClient runner;
  private final IssueCache issues;
  private final MessageDelivery messages;
  private final ReactionExecutor reactions;
  private final Clock clock;
  private final Map<ResourceID, Instant> unreachableSince = new ConcurrentHashMap<>();
  // The informer may hand a reconcile a Session whose status predates our own last write; a finished
  // Session must never get its agent pod back because of that, so finishing is remembered here too.
  private final Map<String, String> finished = new ConcurrentHashMap<>();

  public SessionLifecycle(ScmPoller poller, RunnerClient runner, IssueCache issues, MessageDelivery messages, ReactionExecutor reactions, Clock clock) {
    this.poller = poller;
    this.runner = runner;
    this.issues = issues;
    this.messages = messages;
    this.reactions = reactions;
    this.clock = clock;
  }

  /** What one observation found; {@link #act} needs it. */
  public record Observed(LifecyclePhase.Decision decision, PullRequestSnapshot pr, RunnerClient.Endpoint endpoint, boolean awaitingPoll) {}

  /** The Session's tracker issue (cached per poll interval), or null without an issue or tracker. */
  public IssueInfo issue(Project p, Session s) {
    IssueRef ref = IssueRef.parse(s.getSpec().issue);
    return ref == null ? null : issues.issue(p, ref.id(), pollInterval(p));
  }

  public Observed observe(Session s, Project p, Pod pod, Secret runnerSecret, SessionStatus status, SessionPhase previous) {
    ResourceID id = ResourceID.fromResource(s);
    Instant now = clock.instant();
    RepoKey repo = ScmTargets.repoKey(p);
    if (repo != null && status.branch != null) {
      poller.track(id, new ScmPoller.Tracked(repo, status.branch, pollInterval(p)));
    }
    PullRequestSnapshot pr = poller.snapshot(id).orElse(null);
    if (repo != null && status.pr != null && !poller.hasPolled(repo) && previous != null && !previous.isTerminal()) {
      // Just restarted: no poll yet, so "no PR" would be a lie. Keep the phase and react to nothing until the first poll.
      return new Observed(new LifecyclePhase.Decision(previous, "AwaitingPoll", status.message), null, null, true);
    }
    IssueInfo issue = issue(p, s);
    if (issue != null && issue.title() != null) {
      status.issueTitle = issue.title();
    }
    RunnerClient.Endpoint endpoint = endpoint(pod, runnerSecret);
    RunnerObservation observation = endpoint == null ? null : runner.status(endpoint);
    if (observation != null && !observation.reachable()) {
      unreachableSince.putIfAbsent(id, now);
    } else {
      unreachableSince.remove(id);
    }
    if (observation != null && observation.reachable() && observation.activity() != null) {
      status.activity = observation.activity();
    }
    LifecyclePhase.Decision decision = LifecyclePhase.decide(new LifecyclePhase.Inputs(previous, observation, unreachableSince.get(id), pr,
        issue != null && issue.completed(), now, stuckAfter(p), RUNNER_GRACE));
    status.pr = PullRequestStatusMapper.toStatus(pr);
    if (pr != null && status.firstPrSeenAt == null) {
      status.firstPrSeenAt = now.toString();
    }
    // A heartbeat, not a per-reconcile stamp: writing it every time would make each status write
    // trigger the next reconcile, forever.
    if (status.lastPolled == null || Duration.between(Instant.parse(status.lastPolled), now).compareTo(STATUS_HEARTBEAT) >= 0) {
      status.lastPolled = now.toString();
    }
    return new Observed(decision, pr, endpoint, false);
  }

  /** Reactions for the recorded phase, then pending spec.messages. Returns a delivery problem, or null. */
  public String act(Session s, Project p, SessionStatus status, Observed o) {
    if (o.awaitingPoll()) {
      return null;
    }
    var triggers = ReactionTriggers.evaluate(new ReactionTriggers.Observation(status.phase, o.decision().reason(), status.phaseSince, o.pr()));
    ReactionPolicy.Plan plan = ReactionPolicy.plan(s.getMetadata().getName(), triggers, p.getSpec().reactions, status.reactions, o.pr(), clock.instant());
    status.reactions = new java.util.LinkedHashMap<>(plan.states());
    RepoKey repo = ScmTargets.repoKey(p);
    ScmTarget target = repo == null ? null : poller.target(repo);
    reactions.execute(plan, new ReactionExecutor.Target(s, p, o.endpoint(), poller.client(), target, o.pr() == null ? null : o.pr().url()), status);
    if (status.phase.isTerminal() || status.phase == SessionPhase.Merged) {
      return null;
    }
    return messages.deliverPending(s, o.endpoint(), status);
  }

  /** The event source that wakes Sessions when their PR changes. */
  public dev.ao.operator.scm.ScmPollingEventSource eventSource() {
    // A poll starts at most one tick late: at 500 ms, cycles ran 9% over a 10 s interval (bench/README.md).
    return new dev.ao.operator.scm.ScmPollingEventSource(poller, Duration.ofMillis(100));
  }

  /** Records that the Session's work is finished (pod stopped), with the message to keep showing. */
  public void markFinished(Session s, String message) {
    finished.put(s.getMetadata().getUid(), message);
  }

  /** The finish message when this operator already finished the Session, else null. */
  public String finishedMessage(Session s) {
    return finished.get(s.getMetadata().getUid());
  }

  public void forgetFinished(Session s) {
    finished.remove(s.getMetadata().getUid());
  }

  public void forget(Session s) {
    ResourceID id = ResourceID.fromResource(s);
    poller.untrack(id);
    unreachableSince.remove(id);
  }

  static RunnerClient.Endpoint endpoint(Pod pod, Secret secret) {
    if (pod == null || pod.getStatus() == null || pod.getStatus().getPodIP() == null || secret == null || secret.getData() == null) {
      return null;
    }
    String token = secret.getData().get("token");
    if (token == null) {
      return null;
    }
    int port = pod.getSpec().getContainers().stream().flatMap(c -> c.getPorts() == null ? java.util.stream.Stream.empty() : c.getPorts().stream())
        .filter(cp -> "runner".equals(cp.getName())).map(cp -> cp.getContainerPort()).findFirst().orElse(7420);
    return new RunnerClient.Endpoint(pod.getStatus().getPodIP(), port, new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8));
  }

  static Duration pollInterval(Project p) {
    return p.getSpec().scm == null ? DEFAULT_POLL : Durations.parse(p.getSpec().scm.pollInterval, DEFAULT_POLL);
  }

  static Duration stuckAfter(Project p) {
    if (p.getSpec().limits != null && p.getSpec().limits.idleTimeout != null) {
      return Durations.parse(p.getSpec().limits.idleTimeout, DEFAULT_STUCK);
    }
    Duration threshold = ReactionDefaults.effective(ReactionKeys.AGENT_STUCK, p.getSpec().reactions).threshold();
    return threshold == null ? DEFAULT_STUCK : threshold;
  }
}
