package dev.ao.api.validation;

import dev.ao.api.v1alpha1.common.Patterns;
import dev.ao.api.v1alpha1.project.AgentProfile;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Rules for a Project's {@code agentProfiles}: agents defined as data. */
final class AgentProfileRules {
  private AgentProfileRules() {}

  static void validate(Violations v, List<AgentProfile> profiles) {
    if (profiles == null) {
      return;
    }
    v.maxItems("spec.agentProfiles", profiles, 32);
    Set<String> names = new HashSet<>();
    for (int i = 0; i < profiles.size(); i++) {
      AgentProfile p = profiles.get(i);
      String f = "spec.agentProfiles[" + i + "]";
      v.required(f + ".name", p.name, "name the profile");
      v.pattern(f + ".name", p.name, Patterns.PROFILE_NAME, "lowercase letters, digits and '-'");
      v.maxLength(f + ".name", p.name, Patterns.PROFILE_NAME_MAX);
      if (p.name != null && !names.add(p.name)) {
        v.add("spec.agentProfiles", "Invalid value: agent profile names must be unique (\"" + p.name + "\" repeats)");
      }
      v.maxLength(f + ".image", p.image, 512);
      if (p.command != null && p.command.isEmpty()) {
        v.add(f + ".command", "Invalid value: a launch command needs at least the program name");
      }
      v.maxItems(f + ".command", p.command, 32);
      v.maxItems(f + ".submitKeys", p.submitKeys, 8);
      v.maxLength(f + ".readyPattern", p.readyPattern, 512);
      v.maxItems(f + ".apiKeyEnv", p.apiKeyEnv, 16);
      CommonRules.env(v, f + ".env", p.env);
      if (p.activity != null) {
        v.maxItems(f + ".activity.waitingInputPatterns", p.activity.waitingInputPatterns, 16);
        v.maxItems(f + ".activity.activePatterns", p.activity.activePatterns, 16);
        v.maxLength(f + ".activity.sessionLogGlob", p.activity.sessionLogGlob, 512);
      }
    }
  }
}
