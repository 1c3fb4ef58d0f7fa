package dev.ao.operator.project;

import dev.ao.api.v1alpha1.project.Project;
import dev.ao.api.v1alpha1.project.ProjectStatus;
import dev.ao.api.v1alpha1.session.Session;
import dev.ao.operator.status.Conditions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Pure: the Project's status from what the reconciler found. Keeps condition transition times. */
public final class ProjectStatusBuilder {
  public static final String READY = "Ready";
  public static final String NOT_READY = "NotReady";
  public static final String CONDITION_READY = "Ready";
  public static final String CONDITION_CREDENTIALS = "AgentCredentialsConfigured";

  private ProjectStatusBuilder() {}

  /** What the reconciler checked. {@code problems} name the field and the fix; empty means ready. */
  public record Findings(List<String> problems, List<String> missingApiKeyEnv, List<String> profiles, List<Session> sessions) {}

  public static ProjectStatus build(Project project, Findings f, Instant now) {
    ProjectStatus previous = project.getStatus() == null ? new ProjectStatus() : project.getStatus();
    ProjectStatus s = new ProjectStatus();
    s.conditions.addAll(previous.conditions);
    Long gen = project.getMetadata().getGeneration();
    s.observedGeneration = gen;
    boolean ready = f.problems().isEmpty();
    s.phase = ready ? READY : NOT_READY;
    s.message = ready ? "repository, Secrets and agent profiles resolve" : String.join("; ", f.problems());
    Conditions.set(s.conditions, CONDITION_READY, ready, ready ? "Validated" : "ValidationFailed", s.message, gen, now);
    boolean creds = f.missingApiKeyEnv().isEmpty();
    Conditions.set(
        s.conditions,
        CONDITION_CREDENTIALS,
        creds,
        creds ? "ApiKeysReferenced" : "ApiKeyEnvMissing",
        creds
            ? "the default agent's API key variables are set"
            : "the default agent expects " + String.join(", ", f.missingApiKeyEnv())
                + " but spec.agent.env does not set them; add them with secretKeyRef",
        gen,
        now);
    s.agentProfiles = List.copyOf(f.profiles());
    Map<String, Integer> byPhase = new TreeMap<>();
    for (Session session : f.sessions()) {
      String phase = session.getStatus() == null || session.getStatus().phase == null ? "Pending" : session.getStatus().phase.name();
      byPhase.merge(phase, 1, Integer::sum);
    }
    s.sessionsByPhase = byPhase;
    s.sessions = f.sessions().size();
    return s;
  }
}
