package dev.ao.api.v1alpha1.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.ao.api.v1alpha1.common.AgentSpec;
import dev.ao.api.v1alpha1.common.Patterns;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.fabric8.generator.annotation.ValidationRule;
import java.util.List;
import java.util.Map;

/** One repository and how its agents work. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class ProjectSpec {
  @Required
  @JsonPropertyDescription("The repository: clone URL, default branch, token Secret.")
  public RepoSpec repo;

  @Pattern(Patterns.SESSION_PREFIX)
  @JsonPropertyDescription("Sessions created by `ao spawn` are named <sessionPrefix>-<n>. Defaults to the Project name.")
  public String sessionPrefix;

  @JsonPropertyDescription("Default agent for this Project's Sessions (profile, image, model, args, env, resources).")
  public AgentSpec agent;

  @Size(max = 32)
  @ValidationRule(
      value = "self.all(p, self.exists_one(q, q.name == p.name))",
      message = "agent profile names must be unique")
  @JsonPropertyDescription(
      "Agent profiles added or overridden for this Project. An entry named like a built-in profile overrides the fields it sets.")
  public List<AgentProfile> agentProfiles;

  @JsonPropertyDescription("Workspace volume: size, storage class, setup commands, retention.")
  public WorkspaceSpec workspace;

  @JsonPropertyDescription("Issue tracker (GitHub Issues or Linear).")
  public TrackerSpec tracker;

  @JsonPropertyDescription("SCM (GitHub) and poll interval.")
  public ScmSpec scm;

  @Size(max = 16)
  @ValidationRule(
      value = "self.all(n, self.exists_one(m, m.name == n.name))",
      message = "notifier names must be unique")
  @JsonPropertyDescription("Where people are told (Kubernetes Events are always written).")
  public List<NotifierSpec> notifiers;

  @Size(max = ReactionKeys.COUNT)
  @ValidationRule(value = ReactionKeys.KEYS_RULE, message = ReactionKeys.KEYS_RULE_MESSAGE)
  @JsonPropertyDescription(
      "Reactions per event key (ci-failed, changes-requested, bugbot-comments, merge-conflicts, approved-and-green, agent-stuck,"
          + " agent-needs-input, agent-exited, pr-closed, all-complete). Each entry is merged over the key's default.")
  public Map<String, ReactionSpec> reactions;

  @JsonPropertyDescription("Concurrency and time limits.")
  public LimitsSpec limits;

  @Size(max = 65536)
  @JsonPropertyDescription("Rules every worker agent follows (coding standards, how to test); included in the prompt.")
  public String agentRules;

  @Size(max = 65536)
  @JsonPropertyDescription(
      "Prompt template for issue-based Sessions. Placeholders: {{issue.id}}, {{issue.title}}, {{issue.body}}, {{issue.url}},"
          + " {{issue.labels}}, {{agentRules}}, {{prompt}}, {{branch}}. A sensible default is used when unset.")
  public String promptTemplate;

  @JsonPropertyDescription("The orchestrator Session's rules and agent.")
  public OrchestratorSpec orchestrator;
}
