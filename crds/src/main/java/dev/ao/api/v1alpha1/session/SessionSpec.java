package dev.ao.api.v1alpha1.session;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.ao.api.v1alpha1.common.AgentSpec;
import dev.ao.api.v1alpha1.common.Patterns;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.fabric8.generator.annotation.ValidationRule;
import java.util.List;

/** What the agent should work on and where. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@ValidationRule(
    value = "self.role == 'orchestrator' || has(self.issue) || has(self.prompt)",
    message = "a worker Session needs spec.issue or spec.prompt")
// A rule on the field itself would not see the branch being removed, so this one sits on spec and points at it.
@ValidationRule(
    value = "!has(oldSelf.branch) || (has(self.branch) && self.branch == oldSelf.branch)",
    message = "spec.branch is immutable once set",
    fieldPath = ".branch")
public class SessionSpec {
  public static final int MAX_MESSAGES = 100;

  @Required
  @Pattern(Patterns.DNS_SUBDOMAIN)
  @Size(max = 253)
  @ValidationRule(value = "self == oldSelf", message = "spec.project is immutable; create a new Session for another Project")
  @JsonPropertyDescription("Name of the Project (same namespace) whose repository and defaults this Session uses.")
  public String project;

  @Default("worker")
  @JsonPropertyDescription("worker: one agent on one task. orchestrator: plans and spawns worker Sessions.")
  public SessionRole role;

  @Pattern(Patterns.ISSUE)
  @JsonPropertyDescription("Tracker issue: `42`, `#42`, `ENG-100` (Linear), or the issue's URL.")
  public String issue;

  @Size(min = 1, max = 65536)
  @JsonPropertyDescription("Task for the agent. Required when there is no issue; appended to the issue prompt otherwise.")
  public String prompt;

  @Pattern(Patterns.BRANCH)
  @Size(max = Patterns.BRANCH_MAX)
  @ValidationRule(value = Patterns.BRANCH_RULE, message = Patterns.BRANCH_RULE_MESSAGE)
  @JsonPropertyDescription(
      "Git branch for the work. Derived as feat/<issue>-<title-slug> (or from the session name) when unset. Immutable.")
  public String branch;

  @JsonPropertyDescription("Agent override for this Session (profile, image, model, args, env, resources).")
  public AgentSpec agent;

  @Size(max = MAX_MESSAGES)
  @ValidationRule(
      value = "self.all(m, self.exists_one(n, n.id == m.id))",
      message = "message ids must be unique")
  @JsonPropertyDescription(
      "Messages to deliver to the agent, in order, each id exactly once. Append entries with new ids; an id already delivered is never sent again, so delivered entries may be pruned.")
  public List<Message> messages;
}
