package dev.ao.api.validation;

import dev.ao.api.v1alpha1.common.AgentSpec;
import dev.ao.api.v1alpha1.common.EnvVarSpec;
import dev.ao.api.v1alpha1.common.Patterns;
import dev.ao.api.v1alpha1.session.Message;
import dev.ao.api.v1alpha1.session.Session;
import dev.ao.api.v1alpha1.session.SessionRole;
import dev.ao.api.v1alpha1.session.SessionSpec;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The Session rules the CRD schema enforces, as pure Java, with the same field paths and the fix in
 * each message. The operator uses it for objects that reached the API without the schema (older
 * CRDs, local mode), and the CLI uses it before submitting.
 */
public final class SessionValidator {
  private SessionValidator() {}

  public static List<Violation> validate(Session session) {
    Violations v = new Violations();
    SessionSpec spec = session.getSpec();
    if (spec == null) {
      v.add("spec", "Required value: a Session needs spec.project and spec.issue or spec.prompt");
      return v.list();
    }
    v.required("spec.project", spec.project, "name the Project this Session belongs to");
    v.pattern("spec.project", spec.project, Patterns.DNS_SUBDOMAIN, "must be a Project name (lowercase, digits, '-')");
    v.pattern("spec.issue", spec.issue, Patterns.ISSUE, "use 42, #42, ENG-100 or the issue URL");
    v.maxLength("spec.prompt", spec.prompt, 65536);
    if (spec.role != SessionRole.ORCHESTRATOR && isBlank(spec.issue) && isBlank(spec.prompt)) {
      v.add("spec", "Invalid value: a worker Session needs spec.issue or spec.prompt");
    }
    validateBranch(v, "spec.branch", spec.branch);
    validateAgent(v, "spec.agent", spec.agent);
    validateMessages(v, spec.messages);
    return v.list();
  }

  static void validateBranch(Violations v, String field, String branch) {
    if (branch == null) {
      return;
    }
    v.pattern(field, branch, Patterns.BRANCH, "a branch starts with a letter or digit and uses only A-Z a-z 0-9 . _ / -");
    if (!BranchRules.isValidRef(branch)) {
      v.add(field, "Invalid value \"" + branch + "\": " + Patterns.BRANCH_RULE_MESSAGE);
    }
  }

  static void validateAgent(Violations v, String field, AgentSpec agent) {
    if (agent == null) {
      return;
    }
    v.pattern(field + ".profile", agent.profile, Patterns.PROFILE_NAME, "use a profile name like claude-code");
    v.maxItems(field + ".args", agent.args, 32);
    validateEnv(v, field + ".env", agent.env);
  }

  static void validateEnv(Violations v, String field, List<EnvVarSpec> env) {
    if (env == null) {
      return;
    }
    v.maxItems(field, env, 64);
    for (int i = 0; i < env.size(); i++) {
      EnvVarSpec e = env.get(i);
      String f = field + "[" + i + "]";
      v.required(f + ".name", e.name, "give the variable a name");
      v.pattern(f + ".name", e.name, Patterns.ENV_NAME, "letters, digits and '_', not starting with a digit");
      if ((e.value != null) == (e.secretKeyRef != null)) {
        v.add(f, "Invalid value: set exactly one of value or secretKeyRef");
      }
      if (e.secretKeyRef != null) {
        v.required(f + ".secretKeyRef.name", e.secretKeyRef.name, "name the Secret");
      }
    }
  }

  private static void validateMessages(Violations v, List<Message> messages) {
    if (messages == null) {
      return;
    }
    v.maxItems("spec.messages", messages, SessionSpec.MAX_MESSAGES);
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < messages.size(); i++) {
      Message m = messages.get(i);
      String f = "spec.messages[" + i + "]";
      v.required(f + ".id", m.id, "give each message a unique id");
      v.pattern(f + ".id", m.id, Patterns.MESSAGE_ID, "letters, digits, '.', '_', '-'; at most 63");
      v.required(f + ".text", m.text, "a message needs text");
      v.maxLength(f + ".text", m.text, 16384);
      if (m.id != null && !ids.add(m.id)) {
        v.add("spec.messages", "Invalid value: message ids must be unique (\"" + m.id + "\" repeats)");
      }
    }
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
