package dev.ao.operator.session;

import dev.ao.api.v1alpha1.project.Project;
import dev.ao.api.v1alpha1.project.ProjectSpec;
import dev.ao.api.v1alpha1.session.Session;
import dev.ao.operator.agent.ResolvedAgent;
import java.util.List;

/** Pure: turns a Session, its Project, the resolved agent and the branch into a {@link SessionPlan}. */
public final class SessionPlanner {
  static final String DEFAULT_AUTHOR_NAME = "agent-orchestrator";
  static final String DEFAULT_AUTHOR_EMAIL = "agent@agent-orchestrator.io";

  private SessionPlanner() {}

  public static SessionPlan plan(
      Session session,
      Project project,
      ResolvedAgent agent,
      String branch,
      PromptRenderer.IssueDetails issue,
      int runnerPort,
      int exitLingerSeconds) {
    ProjectSpec p = project.getSpec();
    String prompt = PromptRenderer.render(project.getMetadata().getName(), p, session.getSpec(), branch, issue);
    return new SessionPlan(
        session,
        branch,
        prompt,
        agent,
        p.repo.url,
        p.repo.defaultBranchOrMain(),
        p.repo.tokenSecret,
        p.repo.author != null && p.repo.author.name != null ? p.repo.author.name : DEFAULT_AUTHOR_NAME,
        p.repo.author != null && p.repo.author.email != null ? p.repo.author.email : DEFAULT_AUTHOR_EMAIL,
        p.workspace == null || p.workspace.setupCommands == null ? List.of() : p.workspace.setupCommands,
        p.workspace == null ? "5Gi" : p.workspace.sizeOrDefault(),
        p.workspace == null ? null : p.workspace.storageClassName,
        runnerPort,
        exitLingerSeconds);
  }

  /** Issue details for the prompt: the tracker's when it answered, otherwise what the Session itself says. */
  public static PromptRenderer.IssueDetails issueDetails(Session session, dev.ao.operator.tracker.IssueInfo info) {
    PromptRenderer.IssueDetails own = issueOnly(session);
    if (info == null || own == null) {
      return own;
    }
    return new PromptRenderer.IssueDetails(own.id(), info.title(), info.body(), info.url() != null ? info.url() : own.url(),
        info.labels() == null || info.labels().isEmpty() ? null : String.join(", ", info.labels()));
  }

  /** Issue details known without a tracker: the id only. The tracker fills in title and body. */
  public static PromptRenderer.IssueDetails issueOnly(Session session) {
    IssueRef ref = IssueRef.parse(session.getSpec().issue);
    if (ref == null) {
      return null;
    }
    String url = session.getSpec().issue.startsWith("http") ? session.getSpec().issue : null;
    return new PromptRenderer.IssueDetails(ref.numeric() ? "#" + ref.id() : ref.id(), session.getStatus() == null ? null : session.getStatus().issueTitle, null, url, null);
  }
}
