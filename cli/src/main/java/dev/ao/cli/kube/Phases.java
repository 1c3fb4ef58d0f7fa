package dev.ao.cli.kube;

import dev.ao.api.v1alpha1.session.Session;
import dev.ao.api.v1alpha1.session.SessionPhase;

/** Phase questions the commands ask. */
public final class Phases {
  private Phases() {}

  public static SessionPhase of(Session s) {
    return s.getStatus() == null ? null : s.getStatus().phase;
  }

  /** Still working on its task: any phase but Done, Killed, Errored (a Session without status yet counts). */
  public static boolean isActive(Session s) {
    SessionPhase phase = of(s);
    return phase == null || !phase.isTerminal();
  }

  public static String describe(Session s) {
    SessionPhase phase = of(s);
    return phase == null ? "no phase yet" : phase.name();
  }
}
