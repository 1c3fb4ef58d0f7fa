package dev.ao.operator.project;

import dev.ao.api.v1alpha1.project.Project;
import dev.ao.api.v1alpha1.session.Session;
import dev.ao.api.validation.ProjectValidator;
import dev.ao.api.validation.Violation;
import dev.ao.operator.session.SessionConditions;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Pure: may this Session use its Project now, must it wait, or is something wrong? */
public final class ProjectReadiness {
  private ProjectReadiness() {}

  /** Exactly one of error / waitReason is set when the Session cannot proceed; both null means go. */
  public record Verdict(String reason, String error, String waitReason) {
    static final Verdict GO = new Verdict(null, null, null);
  }

  public static Verdict forSession(Session session, Optional<Project> project) {
    String name = session.getSpec().project;
    String ns = session.getMetadata().getNamespace();
    if (project.isEmpty()) {
      return new Verdict(
          SessionConditions.PROJECT_NOT_FOUND,
          "Project \"" + name + "\" not found in namespace " + ns + "; create it (ao init, or kubectl apply -f a Project manifest)"
              + " or fix spec.project",
          null);
    }
    List<Violation> invalid = ProjectValidator.validate(project.get());
    if (!invalid.isEmpty()) {
      return new Verdict(
          SessionConditions.PROJECT_INVALID,
          "Project \"" + name + "\" is invalid: " + invalid.stream().map(Violation::toString).collect(Collectors.joining("; ")),
          null);
    }
    boolean started = session.getStatus() != null && session.getStatus().startedAt != null;
    if (project.get().getMetadata().getDeletionTimestamp() != null && !started) {
      return new Verdict(SessionConditions.PROJECT_INVALID, "Project \"" + name + "\" is being deleted; no new Sessions start", null);
    }
    var status = project.get().getStatus();
    if (status == null || status.phase == null) {
      return new Verdict(SessionConditions.POD_PENDING, null, "waiting for Project \"" + name + "\" to be validated");
    }
    if (!ProjectStatusBuilder.READY.equals(status.phase) && !started) {
      return new Verdict(SessionConditions.PROJECT_INVALID, "Project \"" + name + "\" is not ready: " + status.message, null);
    }
    return Verdict.GO;
  }
}
