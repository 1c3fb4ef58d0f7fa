package dev.ao.operator.scm.github;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ao.api.v1alpha1.project.ScmSpec;
import dev.ao.operator.scm.PullRequestSnapshot;
import dev.ao.operator.scm.PullRequestSnapshot.CheckResult;
import dev.ao.operator.scm.RateBudget;
import dev.ao.operator.scm.ScmClient;
import dev.ao.operator.scm.ScmException;
import dev.ao.operator.scm.ScmTarget;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** GitHub and GitHub Enterprise through GraphQL (batched reads) and REST (conditional reads, writes). */
public class GitHubScmClient implements ScmClient {
  private final GitHubHttp http;

  public GitHubScmClient(GitHubHttp http) {
    this.http = http;
  }

  /** {@code https://api.github.com} → {@code /graphql}; {@code https://host/api/v3} → {@code https://host/api/graphql}. */
  public static String graphqlUrl(String apiUrl) {
    String base = apiUrl.endsWith("/") ? apiUrl.substring(0, apiUrl.length() - 1) : apiUrl;
    return base.endsWith("/api/v3") ? base.substring(0, base.length() - "/v3".length()) + "/graphql" : base + "/graphql";
  }

  private static String rest(ScmTarget t, String path) {
    String base = t.apiUrl().endsWith("/") ? t.apiUrl().substring(0, t.apiUrl().length() - 1) : t.apiUrl();
    return base + "/repos/" + t.owner() + "/" + t.repo() + path;
  }

  @Override
  public Map<String, PullRequestSnapshot> pollRepository(ScmTarget t, Set<String> branches) throws ScmException {
    Map<String, List<PullRequestSnapshot>> byBranch = new HashMap<>();
    String after = null;
    boolean first = true;
    do {
      Map<String, Object> vars = new LinkedHashMap<>();
      vars.put("owner", t.owner());
      vars.put("name", t.repo());
      if (!first) {
        vars.put("after", after);
      }
      JsonNode repo = http.graphql(graphqlUrl(t.apiUrl()), t.token(), first ? GitHubQueries.BATCH_FIRST : GitHubQueries.BATCH_NEXT, vars).path("repository");
      if (repo.isMissingNode() || repo.isNull()) {
        throw new ScmException("repository " + t.slug() + " not found or not visible to the token", 404, null);
      }
      collect(repo.path("open").path("nodes"), branches, byBranch);
      if (first) {
        collect(repo.path("recent").path("nodes"), branches, byBranch);
      }
      JsonNode page = repo.path("open").path("pageInfo");
      after = page.path("hasNextPage").asBoolean(false) ? page.path("endCursor").asText(null) : null;
      first = false;
    } while (after != null && !byBranch.keySet().containsAll(branches));
    Map<String, PullRequestSnapshot> out = new HashMap<>();
    byBranch.forEach((branch, prs) -> out.put(branch, prs.stream().min(PREFERRED).orElseThrow()));
    return out;
  }

  /** An open PR wins over closed ones of the same branch; then the most recently updated. */
  private static final Comparator<PullRequestSnapshot> PREFERRED =
      Comparator.comparing((PullRequestSnapshot p) -> p.state() != PullRequestSnapshot.PrState.OPEN)
          .thenComparing(PullRequestSnapshot::updatedAt, Comparator.nullsLast(Comparator.reverseOrder()));

  private static void collect(JsonNode nodes, Set<String> branches, Map<String, List<PullRequestSnapshot>> into) {
    for (JsonNode n : nodes) {
      String head = n.path("headRefName").asText();
      if (branches.contains(head)) {
        into.computeIfAbsent(head, k -> new ArrayList<>()).add(GitHubSnapshots.summary(n));
      }
    }
  }

  @Override
  public PullRequestSnapshot pullRequest(ScmTarget t, int number) throws ScmException {
    JsonNode pr = http.graphql(graphqlUrl(t.apiUrl()), t.token(), GitHubQueries.ONE, Map.of("owner", t.owner(), "name", t.repo(), "number", number))
        .path("repository").path("pullRequest");
    return pr.isMissingNode() || pr.isNull() ? null : GitHubSnapshots.summary(pr);
  }

  /**
   * PRs whose head, update time and review decision are what the Session saw only had check runs move: their checks
   * are revalidated over REST with an ETag (a 304 is free) and their threads kept. The rest are read together in
   * aliased GraphQL requests of up to {@link GitHubQueries#DETAIL_BATCH} PRs.
   */
  @Override
  public Map<Integer, PullRequestSnapshot> withDetail(ScmTarget t, List<DetailRequest> requests) throws ScmException {
    Map<Integer, PullRequestSnapshot> out = new HashMap<>();
    List<PullRequestSnapshot> toRead = new ArrayList<>();
    for (DetailRequest r : requests) {
      if (onlyChecksCanHaveMoved(r.summary(), r.previous())) {
        out.put(r.summary().number(), refreshChecks(t, r.summary(), r.previous()));
      } else {
        toRead.add(r.summary());
      }
    }
    for (int from = 0; from < toRead.size(); from += GitHubQueries.DETAIL_BATCH) {
      List<PullRequestSnapshot> batch = toRead.subList(from, Math.min(toRead.size(), from + GitHubQueries.DETAIL_BATCH));
      Map<String, Object> vars = new LinkedHashMap<>();
      vars.put("owner", t.owner());
      vars.put("name", t.repo());
      for (int i = 0; i < batch.size(); i++) {
        vars.put("n" + i, batch.get(i).number());
      }
      JsonNode repo = http.graphql(graphqlUrl(t.apiUrl()), t.token(), GitHubQueries.detail(batch.size()), vars).path("repository");
      for (int i = 0; i < batch.size(); i++) {
        out.put(batch.get(i).number(), detailed(t, batch.get(i), repo.path("pr" + i)));
      }
    }
    return out;
  }

  private static boolean onlyChecksCanHaveMoved(PullRequestSnapshot s, PullRequestSnapshot previous) {
    return previous != null && !previous.checks().isEmpty() && Objects.equals(previous.headSha(), s.headSha())
        && Objects.equals(previous.updatedAt(), s.updatedAt()) && previous.reviewDecision() == s.reviewDecision();
  }

  private PullRequestSnapshot refreshChecks(ScmTarget t, PullRequestSnapshot s, PullRequestSnapshot previous) throws ScmException {
    JsonNode runs = checkRuns(t, s.headSha());
    List<CheckResult> checks = refreshConclusions(previous.checks(), runs);
    if (checks.stream().anyMatch(CheckResult::failing)) {
      checks = GitHubSnapshots.withExcerpts(checks, runs);
    }
    return snapshot(s, checks, previous.unresolvedThreads());
  }

  private PullRequestSnapshot detailed(ScmTarget t, PullRequestSnapshot s, JsonNode pr) throws ScmException {
    List<CheckResult> checks = GitHubSnapshots.checks(pr);
    if (s.ci() != PullRequestSnapshot.CiState.PASSING && s.ci() != PullRequestSnapshot.CiState.NONE) {
      // Prime the ETag now, so the next cycles' revalidation of a pending or red CI answers 304.
      checks = GitHubSnapshots.withExcerpts(checks, checkRuns(t, s.headSha()));
    }
    return snapshot(s, checks, GitHubSnapshots.unresolvedThreads(pr));
  }

  private static PullRequestSnapshot snapshot(PullRequestSnapshot s, List<CheckResult> checks, List<PullRequestSnapshot.ReviewThreadInfo> threads) {
    return new PullRequestSnapshot(s.number(), s.url(), s.title(), s.state(), s.draft(), s.headRef(), s.headSha(), s.updatedAt(),
        s.mergeable(), s.mergeStateStatus(), s.reviewDecision(), s.ci(), checks, threads);
  }

  private JsonNode checkRuns(ScmTarget t, String sha) throws ScmException {
    return http.get(rest(t, "/commits/" + sha + "/check-runs?per_page=100"), t.token());
  }

  /** Check runs change without touching the PR; take their latest conclusions, keep what GraphQL said is required. */
  private static List<CheckResult> refreshConclusions(List<CheckResult> known, JsonNode runs) {
    Map<String, JsonNode> byName = new HashMap<>();
    runs.path("check_runs").forEach(r -> byName.put(r.path("name").asText(), r));
    List<CheckResult> out = new ArrayList<>();
    for (CheckResult c : known) {
      JsonNode r = byName.get(c.name());
      if (r == null) {
        out.add(c);
      } else {
        String conclusion = r.hasNonNull("conclusion") ? r.path("conclusion").asText().toLowerCase(Locale.ROOT) : null;
        out.add(new CheckResult(c.name(), r.path("status").asText(c.status()), conclusion, r.path("html_url").asText(c.url()), c.required(), c.excerpt()));
      }
    }
    return out;
  }

  @Override
  public MergeResult merge(ScmTarget t, int number, String headSha, ScmSpec.MergeMethod method) throws ScmException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("merge_method", method == null ? "squash" : method.name().toLowerCase(Locale.ROOT));
    body.put("sha", headSha);
    try {
      JsonNode r = http.send("PUT", rest(t, "/pulls/" + number + "/merge"), t.token(), body);
      return new MergeResult(r.path("merged").asBoolean(false), false, r.path("message").asText("merged"));
    } catch (ScmException e) {
      if (e.status() == 405 || e.status() == 409 || e.status() == 422) {
        return new MergeResult(false, false, e.getMessage());
      }
      throw e;
    }
  }

  @Override
  public void comment(ScmTarget t, int number, String body) throws ScmException {
    http.send("POST", rest(t, "/issues/" + number + "/comments"), t.token(), Map.of("body", body));
  }

  @Override
  public List<RateBudget> budgets() {
    return http.budgets();
  }
}
