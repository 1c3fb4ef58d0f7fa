package dev.ao.operator.agent;

import dev.ao.api.v1alpha1.common.AgentSpec;
import dev.ao.api.v1alpha1.common.EnvVarSpec;
import dev.ao.api.v1alpha1.project.AgentProfile;
import dev.ao.api.v1alpha1.project.ProjectSpec;
import dev.ao.api.v1alpha1.session.SessionRole;
import dev.ao.api.v1alpha1.session.SessionSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Pure merge of agent configuration: built-in profile ← Project profile override ← Project agent
 * (or orchestrator agent) ← Session agent. Later layers win field by field; env merges by name.
 */
public final class AgentResolver {
  private final Map<String, AgentProfile> builtIns;

  public AgentResolver(Map<String, AgentProfile> builtIns) {
    this.builtIns = builtIns;
  }

  /** Profile names available to a Project: built-ins plus the Project's own, in that order. */
  public List<String> availableProfiles(ProjectSpec project) {
    List<String> names = new ArrayList<>(builtIns.keySet());
    if (project.agentProfiles != null) {
      project.agentProfiles.stream().map(p -> p.name).filter(n -> !names.contains(n)).forEach(names::add);
    }
    return names;
  }

  /** The merged profile by name, or empty when neither built-in nor defined by the Project. */
  public Optional<AgentProfile> profile(ProjectSpec project, String name) {
    AgentProfile base = builtIns.get(name);
    AgentProfile override =
        project.agentProfiles == null
            ? null
            : project.agentProfiles.stream().filter(p -> name.equals(p.name)).findFirst().orElse(null);
    if (base == null && override == null) {
      return Optional.empty();
    }
    return Optional.of(mergeProfile(base, override));
  }

  public Resolution resolve(ProjectSpec project, SessionSpec session) {
    AgentSpec projectAgent =
        session.role == SessionRole.ORCHESTRATOR && project.orchestrator != null && project.orchestrator.agent != null
            ? overlay(project.agent, project.orchestrator.agent)
            : project.agent;
    AgentSpec effective = overlay(projectAgent, session.agent);
    String name = effective != null && effective.profile != null ? effective.profile : BuiltInAgentProfiles.DEFAULT_PROFILE;
    Optional<AgentProfile> profile = profile(project, name);
    if (profile.isEmpty()) {
      return Resolution.error(
          "agent profile \"" + name + "\" not found; available: " + String.join(", ", availableProfiles(project))
              + ". Define it in Project spec.agentProfiles or pick another agent.profile");
    }
    AgentProfile p = profile.get();
    String image = effective != null && effective.image != null ? effective.image : p.image;
    if (image == null || image.isBlank()) {
      return Resolution.error("agent profile \"" + name + "\" has no image; set spec.agentProfiles[].image or agent.image");
    }
    if (p.command == null || p.command.isEmpty()) {
      return Resolution.error("agent profile \"" + name + "\" has no command; set spec.agentProfiles[].command");
    }
    String model = effective == null ? null : effective.model;
    List<String> command = renderModel(p.command, model);
    if (effective != null && effective.args != null) {
      command.addAll(effective.args);
    }
    List<EnvVarSpec> env = mergeEnv(p.env, projectAgent == null ? null : projectAgent.env, session.agent == null ? null : session.agent.env);
    return Resolution.ok(
        new ResolvedAgent(
            name,
            image,
            List.copyOf(command),
            p.promptDelivery == null ? AgentProfile.PromptDelivery.POST_LAUNCH : p.promptDelivery,
            p.submitKeys == null || p.submitKeys.isEmpty() ? List.of("Enter") : List.copyOf(p.submitKeys),
            p.readyPattern,
            p.activity,
            p.apiKeyEnv == null ? List.of() : List.copyOf(p.apiKeyEnv),
            env,
            effective == null ? null : effective.resources));
  }

  static List<String> renderModel(List<String> template, String model) {
    List<String> out = new ArrayList<>();
    for (String arg : template) {
      if (arg.contains("{{model}}")) {
        if (model != null && !model.isBlank()) {
          out.add(arg.replace("{{model}}", model));
        }
      } else {
        out.add(arg);
      }
    }
    return out;
  }

  private static List<EnvVarSpec> mergeEnv(List<EnvVarSpec>... layers) {
    Map<String, EnvVarSpec> byName = new LinkedHashMap<>();
    for (List<EnvVarSpec> layer : layers) {
      if (layer != null) {
        layer.forEach(e -> byName.put(e.name, e));
      }
    }
    return List.copyOf(byName.values());
  }

  private static AgentSpec overlay(AgentSpec base, AgentSpec top) {
    if (base == null) {
      return top;
    }
    if (top == null) {
      return base;
    }
    AgentSpec out = new AgentSpec();
    out.profile = top.profile != null ? top.profile : base.profile;
    out.image = top.image != null ? top.image : base.image;
    out.model = top.model != null ? top.model : base.model;
    out.args = top.args != null ? top.args : base.args;
    out.env = mergeEnv(base.env, top.env);
    out.resources = top.resources != null ? top.resources : base.resources;
    return out;
  }

  private static AgentProfile mergeProfile(AgentProfile base, AgentProfile top) {
    if (base == null) {
      return top;
    }
    if (top == null) {
      return base;
    }
    AgentProfile out = new AgentProfile();
    out.name = base.name;
    out.image = top.image != null ? top.image : base.image;
    out.command = top.command != null ? top.command : base.command;
    out.promptDelivery = top.promptDelivery != null ? top.promptDelivery : base.promptDelivery;
    out.submitKeys = top.submitKeys != null ? top.submitKeys : base.submitKeys;
    out.readyPattern = top.readyPattern != null ? top.readyPattern : base.readyPattern;
    out.apiKeyEnv = top.apiKeyEnv != null ? top.apiKeyEnv : base.apiKeyEnv;
    out.env = mergeEnv(base.env, top.env);
    out.activity = top.activity != null ? top.activity : base.activity;
    return out;
  }

  /** A resolved agent or the reason it could not be resolved. */
  public record Resolution(ResolvedAgent agent, String error) {
    static Resolution ok(ResolvedAgent agent) {
      return new Resolution(agent, null);
    }

    static Resolution error(String error) {
      return new Resolution(null, error);
    }

    public boolean isOk() {
      return agent != null;
    }
  }
}
