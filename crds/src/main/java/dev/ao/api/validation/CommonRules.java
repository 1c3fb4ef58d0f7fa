package dev.ao.api.validation;

import dev.ao.api.v1alpha1.common.AgentSpec;
import dev.ao.api.v1alpha1.common.EnvVarSpec;
import dev.ao.api.v1alpha1.common.Patterns;
import dev.ao.api.v1alpha1.common.SecretKeyRef;
import java.util.List;

/** Rules for the parts Sessions and Projects share: branches, Secret references, env vars, agent overrides. */
final class CommonRules {
  private CommonRules() {}

  static void branch(Violations v, String field, String branch) {
    if (branch == null) {
      return;
    }
    v.pattern(field, branch, Patterns.BRANCH, "a branch starts with a letter or digit and uses only A-Z a-z 0-9 . _ / -");
    v.maxLength(field, branch, Patterns.BRANCH_MAX);
    if (!BranchRules.isValidRef(branch)) {
      v.add(field, "Invalid value \"" + branch + "\": " + Patterns.BRANCH_RULE_MESSAGE);
    }
  }

  static void secretRef(Violations v, String field, SecretKeyRef ref) {
    if (ref == null) {
      return;
    }
    v.required(field + ".name", ref.name, "name the Secret");
    v.pattern(field + ".name", ref.name, Patterns.DNS_SUBDOMAIN, "a Secret name: lowercase letters, digits, '-' and '.'");
    v.pattern(field + ".key", ref.key, Patterns.SECRET_KEY, "a Secret key: letters, digits, '-', '_' and '.'");
  }

  static void agent(Violations v, String field, AgentSpec agent) {
    if (agent == null) {
      return;
    }
    v.pattern(field + ".profile", agent.profile, Patterns.PROFILE_NAME, "use a profile name like claude-code");
    v.maxLength(field + ".image", agent.image, 512);
    v.maxLength(field + ".model", agent.model, 128);
    v.maxItems(field + ".args", agent.args, 32);
    env(v, field + ".env", agent.env);
  }

  static void env(Violations v, String field, List<EnvVarSpec> env) {
    if (env == null) {
      return;
    }
    v.maxItems(field, env, 64);
    for (int i = 0; i < env.size(); i++) {
      EnvVarSpec e = env.get(i);
      String f = field + "[" + i + "]";
      v.required(f + ".name", e.name, "give the variable a name");
      v.pattern(f + ".name", e.name, Patterns.ENV_NAME, "letters, digits and '_', not starting with a digit");
      v.maxLength(f + ".value", e.value, 4096);
      if ((e.value != null) == (e.secretKeyRef != null)) {
        v.add(f, "Invalid value: set exactly one of value or secretKeyRef");
      }
      secretRef(v, f + ".secretKeyRef", e.secretKeyRef);
    }
  }
}
