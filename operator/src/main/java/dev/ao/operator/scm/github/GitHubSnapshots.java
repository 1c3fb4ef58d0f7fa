package dev.ao.operator.scm.github;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ao.operator.scm.PullRequestSnapshot;
import dev.ao.operator.scm.PullRequestSnapshot.CheckResult;
import dev.ao.operator.scm.PullRequestSnapshot.CiState;
import dev.ao.operator.scm.PullRequestSnapshot.Mergeable;
import dev.ao.operator.scm.PullRequestSnapshot.PrState;
import dev.ao.operator.scm.PullRequestSnapshot.ReviewDecision;
import dev.ao.operator.scm.PullRequestSnapshot.ReviewThreadInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Pure: GitHub's JSON (GraphQL and REST) → snapshots. Public for the benchmark's per-Session baseline, which reads the same shapes. */
public final class GitHubSnapshots {
  private GitHubSnapshots() {}

  public static PullRequestSnapshot summary(JsonNode pr) {
    JsonNode rollup = pr.path("commits").path("nodes").path(0).path("commit").path("statusCheckRollup");
    return new PullRequestSnapshot(
        pr.path("number").asInt(),
        pr.path("url").asText(null),
        pr.path("title").asText(null),
        PrState.valueOf(pr.path("state").asText("OPEN")),
        pr.path("isDraft").asBoolean(false),
        pr.path("headRefName").asText(null),
        pr.path("headRefOid").asText(null),
        pr.hasNonNull("updatedAt") ? Instant.parse(pr.path("updatedAt").asText()) : null,
        enumOr(Mergeable.class, pr.path("mergeable").asText(null), Mergeable.UNKNOWN),
        pr.path("mergeStateStatus").asText(null),
        enumOr(ReviewDecision.class, pr.path("reviewDecision").asText(null), ReviewDecision.NONE),
        rollup.isMissingNode() || rollup.isNull() ? CiState.NONE : ci(rollup.path("state").asText()),
        List.of(),
        List.of());
  }

  static CiState ci(String rollupState) {
    return switch (rollupState == null ? "" : rollupState) {
      case "SUCCESS" -> CiState.PASSING;
      case "FAILURE", "ERROR" -> CiState.FAILING;
      case "PENDING", "EXPECTED" -> CiState.PENDING;
      default -> CiState.NONE;
    };
  }

  /** Checks from the GraphQL rollup contexts (CheckRun and commit StatusContext alike). */
  public static List<CheckResult> checks(JsonNode pullRequest) {
    List<CheckResult> out = new ArrayList<>();
    JsonNode contexts = pullRequest.path("commits").path("nodes").path(0).path("commit").path("statusCheckRollup").path("contexts").path("nodes");
    for (JsonNode c : contexts) {
      boolean required = c.path("isRequired").asBoolean(false);
      if ("StatusContext".equals(c.path("__typename").asText())) {
        String state = c.path("state").asText("");
        String conclusion = switch (state) {
          case "SUCCESS" -> "success";
          case "FAILURE" -> "failure";
          case "ERROR" -> "error";
          default -> null;
        };
        out.add(new CheckResult(c.path("context").asText(), state.toLowerCase(Locale.ROOT), conclusion, c.path("targetUrl").asText(null), required,
            c.path("description").asText(null)));
      } else {
        String conclusion = c.hasNonNull("conclusion") ? c.path("conclusion").asText().toLowerCase(Locale.ROOT) : null;
        out.add(new CheckResult(c.path("name").asText(), c.path("status").asText("").toLowerCase(Locale.ROOT), conclusion,
            c.path("detailsUrl").asText(null), required, null));
      }
    }
    return out;
  }

  public static List<ReviewThreadInfo> unresolvedThreads(JsonNode pullRequest) {
    List<ReviewThreadInfo> out = new ArrayList<>();
    for (JsonNode t : pullRequest.path("reviewThreads").path("nodes")) {
      if (t.path("isResolved").asBoolean(false) || t.path("isOutdated").asBoolean(false)) {
        continue;
      }
      JsonNode first = t.path("comments").path("nodes").path(0);
      JsonNode author = first.path("author");
      out.add(new ReviewThreadInfo(
          t.path("id").asText(),
          t.path("path").asText(null),
          t.hasNonNull("line") ? t.path("line").asInt() : null,
          author.path("login").asText("ghost"),
          "Bot".equals(author.path("__typename").asText()),
          first.path("body").asText(""),
          first.path("url").asText(null)));
    }
    return out;
  }

  /** Adds the REST check-run output (summary/text) to failing checks as their excerpt. */
  static List<CheckResult> withExcerpts(List<CheckResult> checks, JsonNode restCheckRuns) {
    List<CheckResult> out = new ArrayList<>();
    for (CheckResult c : checks) {
      String excerpt = c.excerpt();
      for (JsonNode run : restCheckRuns.path("check_runs")) {
        if (c.name().equals(run.path("name").asText()) && c.failing()) {
          JsonNode output = run.path("output");
          String text = (output.path("summary").asText("") + "\n" + output.path("text").asText("")).strip();
          if (!text.isEmpty()) {
            excerpt = text;
          }
        }
      }
      out.add(new CheckResult(c.name(), c.status(), c.conclusion(), c.url(), c.required(), excerpt));
    }
    return out;
  }

  static <E extends Enum<E>> E enumOr(Class<E> type, String value, E fallback) {
    if (value == null || value.isBlank() || "null".equals(value)) {
      return fallback;
    }
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      return fallback;
    }
  }
}
