package dev.ao.operator.project;

import dev.ao.api.v1alpha1.common.EnvVarSpec;
import dev.ao.api.v1alpha1.common.SecretKeyRef;
import dev.ao.api.v1alpha1.project.AgentProfile;
import dev.ao.api.v1alpha1.project.NotifierSpec;
import dev.ao.api.v1alpha1.project.ProjectSpec;
import java.util.ArrayList;
import java.util.List;

/** Pure: every Secret key a Project refers to, with the field that refers to it. */
public final class SecretReferences {
  private SecretReferences() {}

  /** A reference found at {@code field}. */
  public record Ref(String field, SecretKeyRef secret) {}

  public static List<Ref> of(ProjectSpec spec) {
    List<Ref> refs = new ArrayList<>();
    add(refs, "spec.repo.tokenSecret", spec.repo == null ? null : spec.repo.tokenSecret);
    if (spec.scm != null && spec.scm.github != null) {
      add(refs, "spec.scm.github.tokenSecret", spec.scm.github.tokenSecret);
    }
    if (spec.tracker != null) {
      if (spec.tracker.github != null) {
        add(refs, "spec.tracker.github.tokenSecret", spec.tracker.github.tokenSecret);
      }
      if (spec.tracker.linear != null) {
        add(refs, "spec.tracker.linear.apiKeySecret", spec.tracker.linear.apiKeySecret);
      }
    }
    if (spec.notifiers != null) {
      for (int i = 0; i < spec.notifiers.size(); i++) {
        NotifierSpec n = spec.notifiers.get(i);
        if (n.slack != null) {
          add(refs, "spec.notifiers[" + i + "].slack.webhookUrlSecret", n.slack.webhookUrlSecret);
        }
        if (n.webhook != null) {
          add(refs, "spec.notifiers[" + i + "].webhook.hmacSecret", n.webhook.hmacSecret);
        }
      }
    }
    if (spec.agent != null) {
      env(refs, "spec.agent.env", spec.agent.env);
    }
    if (spec.orchestrator != null && spec.orchestrator.agent != null) {
      env(refs, "spec.orchestrator.agent.env", spec.orchestrator.agent.env);
    }
    if (spec.agentProfiles != null) {
      for (int i = 0; i < spec.agentProfiles.size(); i++) {
        AgentProfile p = spec.agentProfiles.get(i);
        env(refs, "spec.agentProfiles[" + i + "].env", p.env);
      }
    }
    return refs;
  }

  private static void env(List<Ref> refs, String field, List<EnvVarSpec> env) {
    if (env == null) {
      return;
    }
    for (int i = 0; i < env.size(); i++) {
      add(refs, field + "[" + i + "].secretKeyRef", env.get(i).secretKeyRef);
    }
  }

  private static void add(List<Ref> refs, String field, SecretKeyRef ref) {
    if (ref != null && ref.name != null) {
      refs.add(new Ref(field, ref));
    }
  }
}
