package dev.ao.api.validation;

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
 * CRDs, local mode), and the CLI uses it before submitting. Transition rules (spec.project and
 * spec.branch may not change) need the stored object and are left to the API server.
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
    v.maxLength("spec.project", spec.project, 253);
    v.pattern("spec.issue", spec.issue, Patterns.ISSUE, "use 42, #42, ENG-100 or the issue URL");
    v.minLength("spec.prompt", spec.prompt, 1);
    v.maxLength("spec.prompt", spec.prompt, 65536);
    if (spec.role != SessionRole.ORCHESTRATOR && spec.issue == null && spec.prompt == null) {
      v.add("spec", "Invalid value: a worker Session needs spec.issue or spec.prompt");
    }
    CommonRules.branch(v, "spec.branch", spec.branch);
    CommonRules.agent(v, "spec.agent", spec.agent);
    messages(v, spec.messages);
    return v.list();
  }

  private static void messages(Violations v, List<Message> messages) {
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
      v.maxLength(f + ".id", m.id, Patterns.MESSAGE_ID_MAX);
      if (m.text == null) {
        v.add(f + ".text", "Required value: a message needs text");
      }
      v.minLength(f + ".text", m.text, 1);
      v.maxLength(f + ".text", m.text, 16384);
      if (m.id != null && !ids.add(m.id)) {
        v.add("spec.messages", "Invalid value: message ids must be unique (\"" + m.id + "\" repeats)");
      }
    }
  }
}
