package dev.ao.operator.session;

import dev.ao.api.v1alpha1.project.ProjectSpec;
import dev.ao.api.v1alpha1.session.SessionRole;
import dev.ao.api.v1alpha1.session.SessionSpec;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Renders the agent's initial prompt from the Project's template (or the default) with
 * {@code {{placeholder}}} substitution. Pure: the tracker's issue details are passed in.
 */
public final class PromptRenderer {
  static final String DEFAULT_WORKER_TEMPLATE =
      """
      You are a coding agent working in the git repository {{repo}}, on branch {{branch}} \
      (based on {{baseBranch}}).

      {{task}}

      {{agentRules}}

      Work in small commits. When the work is done and tests pass, push the branch and open a \
      pull request against {{baseBranch}}. CI results and review comments will be sent to you \
      here; address them and push again.
      """;

  static final String DEFAULT_ORCHESTRATOR_TEMPLATE =
      """
      You are the orchestrator for the project {{project}} ({{repo}}). You plan work and steer \
      worker agents; you do not write code yourself. Spawn a worker per issue with \
      `ao spawn {{project}} <issue>`, send guidance with `ao send <session> <text>`, and watch \
      progress with `ao status`.

      {{orchestratorRules}}
      """;

  private PromptRenderer() {}

  /** Issue details from the tracker; any field may be null when there is no tracker. */
  public record IssueDetails(String id, String title, String body, String url, String labels) {}

  public static String render(String project, ProjectSpec p, SessionSpec s, String branch, IssueDetails issue) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("project", project);
    values.put("repo", p.repo.url);
    values.put("branch", branch);
    values.put("baseBranch", p.repo.defaultBranchOrMain());
    values.put("agentRules", nz(p.agentRules));
    values.put("orchestratorRules", p.orchestrator == null ? "" : nz(p.orchestrator.rules));
    values.put("prompt", nz(s.prompt));
    values.put("issue.id", issue == null ? "" : nz(issue.id()));
    values.put("issue.title", issue == null ? "" : nz(issue.title()));
    values.put("issue.body", issue == null ? "" : nz(issue.body()));
    values.put("issue.url", issue == null ? "" : nz(issue.url()));
    values.put("issue.labels", issue == null ? "" : nz(issue.labels()));
    values.put("task", task(s, issue));
    String template;
    if (s.role == SessionRole.ORCHESTRATOR) {
      template = DEFAULT_ORCHESTRATOR_TEMPLATE;
      if (s.prompt != null && !s.prompt.isBlank()) {
        template = template + "\n{{prompt}}\n";
      }
    } else {
      template = p.promptTemplate != null && !p.promptTemplate.isBlank() ? p.promptTemplate : DEFAULT_WORKER_TEMPLATE;
    }
    return substitute(template, values).replaceAll("\n{3,}", "\n\n").strip() + "\n";
  }

  private static String task(SessionSpec s, IssueDetails issue) {
    StringBuilder t = new StringBuilder();
    if (issue != null && issue.id() != null) {
      t.append("Resolve issue ").append(issue.id());
      if (issue.title() != null && !issue.title().isBlank()) {
        t.append(": ").append(issue.title());
      }
      if (issue.url() != null && !issue.url().isBlank()) {
        t.append(" (").append(issue.url()).append(")");
      }
      t.append('.');
      if (issue.body() != null && !issue.body().isBlank()) {
        t.append("\n\n").append(issue.body().strip());
      }
    }
    if (s.prompt != null && !s.prompt.isBlank()) {
      if (t.length() > 0) {
        t.append("\n\nAdditional instructions:\n");
      }
      t.append(s.prompt.strip());
    }
    return t.toString();
  }

  static String substitute(String template, Map<String, String> values) {
    String out = template;
    for (Map.Entry<String, String> e : values.entrySet()) {
      out = out.replace("{{" + e.getKey() + "}}", e.getValue());
    }
    return out;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
