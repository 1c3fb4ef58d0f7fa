package dev.ao.sim.control;

import dev.ao.sim.api.FaultInjector;
import dev.ao.sim.api.RateLimits;
import dev.ao.sim.api.RateResource;
import dev.ao.sim.api.RequestStats;
import dev.ao.sim.api.SimulatorStats;
import dev.ao.sim.model.Actor;
import dev.ao.sim.model.BranchProtection;
import dev.ao.sim.model.CheckConclusion;
import dev.ao.sim.model.CheckStatus;
import dev.ao.sim.model.GitHubModel;
import dev.ao.sim.model.MergeMethod;
import dev.ao.sim.model.MergeableState;
import dev.ao.sim.model.ModelEvent;
import dev.ao.sim.model.PullRequest;
import dev.ao.sim.model.Repo;
import dev.ao.sim.model.RepoSpec;
import dev.ao.sim.model.ReviewState;
import dev.ao.sim.model.StatusState;
import dev.ao.sim.ops.CheckRunInput;
import dev.ao.sim.ops.CiPolicy;
import dev.ao.sim.ops.OperationException;
import dev.ao.sim.ops.Operations;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The in-process control API for tests, the benchmark and the demo: set up the world (accounts, repositories,
 * commits, issues, PRs), play the other people (CI, reviewers, review bots, whoever merges), constrain the API
 * (rate limits, faults) and observe it (counters, time-stamped events). Every method is thread-safe. Failures throw
 * {@link OperationException} with GitHub's message.
 */
public final class SimulatorControl {

  private final Operations ops;
  private final GitHubModel model;
  private final RateLimits rateLimits;
  private final FaultInjector faults;
  private final RequestStats stats;

  public SimulatorControl(Operations ops, RateLimits rateLimits, FaultInjector faults, RequestStats stats) {
    this.ops = ops;
    this.model = ops.backend().model();
    this.rateLimits = rateLimits;
    this.faults = faults;
    this.stats = stats;
  }

  // --- accounts -----------------------------------------------------------------------------------------------

  /** Registers a token for a user; the token then works for REST, GraphQL and git (as the Basic password). */
  public Actor addToken(String token, String login) {
    Actor actor = model.actor(login, false);
    model.addToken(token, actor);
    return actor;
  }

  /** Registers a token for a bot (GitHub App) account: its reviews and comments show {@code __typename: Bot}. */
  public Actor addBotToken(String token, String login) {
    Actor actor = model.actor(login, true);
    model.addToken(token, actor);
    return actor;
  }

  // --- repositories and commits -------------------------------------------------------------------------------

  public boolean repoExists(String owner, String name) {
    return model.repo(owner, name).isPresent();
  }

  public Repo createRepo(RepoSpec spec) {
    return ops.repos().create(spec);
  }

  public void protectBranch(String owner, String name, String branch, BranchProtection protection) {
    ops.repos().protect(repo(owner, name), branch, protection);
  }

  /** Commits files (null content deletes) on a branch, creating it if needed; returns the commit SHA. */
  public String commit(String owner, String name, String branch, String message, Map<String, String> files,
      String authorLogin) {
    return ops.repos().commit(repo(owner, name), branch, message, files, model.actor(authorLogin, false));
  }

  public String createBranch(String owner, String name, String branch, String fromRevision) {
    Repo repo = repo(owner, name);
    return ops.repos().createBranch(repo, branch, fromRevision, repo.owner());
  }

  /** The commit a branch points at, or null. */
  public String branchTip(String owner, String name, String branch) {
    return ops.backend().git().branchTip(repo(owner, name), branch);
  }

  // --- issues and comments ------------------------------------------------------------------------------------

  public int createIssue(String owner, String name, String title, String body, List<String> labels,
      String authorLogin) {
    return ops.issues().create(repo(owner, name), title, body, labels, model.actor(authorLogin, false)).number();
  }

  public void setIssueClosed(String owner, String name, int number, boolean closed, String reason) {
    ops.issues().setState(repo(owner, name), number, closed, reason);
  }

  public long comment(String owner, String name, int number, String body, String login, boolean bot) {
    return ops.issues().comment(repo(owner, name), number, body, model.actor(login, bot)).databaseId();
  }

  // --- pull requests ------------------------------------------------------------------------------------------

  public int createPullRequest(String owner, String name, String head, String base, String title, String body,
      String authorLogin) {
    return ops.pulls()
        .create(repo(owner, name), title, head, base, body, false, model.actor(authorLogin, false))
        .number();
  }

  /** The PR's current head SHA (what GraphQL reports as {@code headRefOid}). */
  public String headSha(String owner, String name, int number) {
    return model.atomically(() -> pull(owner, name, number).headRefOid());
  }

  public boolean isMerged(String owner, String name, int number) {
    return model.atomically(() -> pull(owner, name, number).merged());
  }

  /** Forces GitHub's reported mergeability; null goes back to computing it from git. */
  public void setMergeable(String owner, String name, int number, MergeableState state) {
    ops.pulls().setMergeable(repo(owner, name), number, state);
  }

  public void setDraft(String owner, String name, int number, boolean draft) {
    ops.pulls().setDraft(repo(owner, name), number, draft);
  }

  public void closePullRequest(String owner, String name, int number) {
    ops.pulls().close(repo(owner, name), number);
  }

  /** Merges as {@code mergerLogin} under the same rules as the API (protection applies); returns the new base SHA. */
  public String mergePullRequest(String owner, String name, int number, MergeMethod method, String mergerLogin) {
    return ops.pulls()
        .merge(repo(owner, name), number, method, null, null, null, model.actor(mergerLogin, false))
        .sha();
  }

  // --- reviews ------------------------------------------------------------------------------------------------

  public long submitReview(String owner, String name, int number, String reviewer, boolean bot, ReviewState state,
      String body) {
    return ops.reviews()
        .submit(repo(owner, name), number, model.actor(reviewer, bot), state, body, List.of())
        .databaseId();
  }

  /** Opens a review thread at {@code path:line}; returns its node id (for resolving it). */
  public String addReviewThread(String owner, String name, int number, String path, Integer line, String body,
      String author, boolean bot) {
    return ops.reviews().addThread(repo(owner, name), number, path, line, body, model.actor(author, bot)).id();
  }

  public void replyToThread(String threadId, String body, String author, boolean bot) {
    ops.reviews().reply(threadId, body, model.actor(author, bot));
  }

  public void resolveThread(String threadId, boolean resolved, String byLogin) {
    ops.reviews().resolve(threadId, model.actor(byLogin, false), resolved);
  }

  // --- CI -----------------------------------------------------------------------------------------------------

  /** Reports a new check run on a commit (SHA or branch); returns its id. A conclusion completes it. */
  public long setCheckRun(String owner, String name, String revision, String checkName, CheckStatus status,
      CheckConclusion conclusion) {
    return ops.checks()
        .create(repo(owner, name), CheckRunInput.of(checkName, revision, status, conclusion),
            model.actor("sim-ci", true))
        .databaseId();
  }

  public void completeCheckRun(String owner, String name, long checkRunId, CheckConclusion conclusion) {
    ops.checks().update(repo(owner, name), checkRunId, CheckRunInput.of(null, null, null, conclusion));
  }

  public void setCommitStatus(String owner, String name, String revision, String context, StatusState state) {
    ops.checks().createStatus(repo(owner, name), revision, state, null, null, context,
        model.actor("sim-ci", true));
  }

  /** "CI mode": every push to the repository gets check runs from this policy; null turns it off. */
  public void setCiPolicy(String owner, String name, CiPolicy policy) {
    ops.ci().setPolicy(repo(owner, name), policy);
  }

  // --- rate limits and faults ---------------------------------------------------------------------------------

  public void setRateLimit(String login, RateResource resource, int limit, int remaining, Instant resetAt) {
    rateLimits.set(login, resource, limit, remaining, resetAt);
  }

  /** Primary-limit exhaustion for every account until {@code resetAt}. */
  public void exhaustRateLimit(RateResource resource, Instant resetAt) {
    rateLimits.exhaustUntil(resource, resetAt);
  }

  public void resetRateLimits() {
    rateLimits.reset();
  }

  /** The next {@code count} API requests fail with {@code status} (5xx). */
  public void failNextRequests(int count, int status) {
    faults.failNext(count, status);
  }

  /** The next {@code count} API requests hit a secondary rate limit (403 or 429) with {@code retry-after}. */
  public void secondaryRateLimitNext(int count, int status, int retryAfterSeconds) {
    faults.secondaryRateLimitNext(count, status, retryAfterSeconds);
  }

  public void clearFaults() {
    faults.clear();
  }

  // --- observation --------------------------------------------------------------------------------------------

  public SimulatorStats stats() {
    return stats.snapshot();
  }

  public void resetStats() {
    stats.reset();
  }

  /** Model changes after sequence number {@code afterSeq} (0 for all), oldest first. */
  public List<ModelEvent> events(long afterSeq) {
    return model.events().since(afterSeq);
  }

  public void clearEvents() {
    model.events().clear();
  }

  private Repo repo(String owner, String name) {
    return ops.backend().repo(owner, name);
  }

  private PullRequest pull(String owner, String name, int number) {
    return ops.backend().pull(repo(owner, name), number);
  }
}
