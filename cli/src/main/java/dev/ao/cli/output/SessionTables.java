package dev.ao.cli.output;

import dev.ao.api.v1alpha1.session.PullRequestStatus;
import dev.ao.api.v1alpha1.session.Session;
import dev.ao.api.v1alpha1.session.SessionRole;
import dev.ao.api.v1alpha1.session.SessionStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The columns `ao status` and `ao session ls` show for Sessions, read from spec and status only. */
public final class SessionTables {
  private static final List<String> STATUS =
      List.of("SESSION", "PROJECT", "ISSUE", "PHASE", "ACTIVITY", "PR", "CI", "REVIEW", "AGE");
  private static final List<String> STATUS_WIDE = List.of("ROLE", "BRANCH", "POD", "MESSAGE");
  private static final List<String> LIST = List.of("NAME", "PROJECT", "ROLE", "ISSUE", "PHASE", "BRANCH", "AGE");
  private static final List<String> LIST_WIDE = List.of("POD", "WORKSPACE", "AGENT", "MESSAGE");

  private SessionTables() {}

  public static Table status(List<Session> sessions, Instant now, boolean wide) {
    Table table = new Table(wide ? concat(STATUS, STATUS_WIDE) : STATUS);
    sessions.forEach(s -> table.add(statusRow(s, now, wide)));
    return table;
  }

  public static Table statusHeader(boolean wide) {
    return new Table(wide ? concat(STATUS, STATUS_WIDE) : STATUS);
  }

  public static List<String> statusRow(Session s, Instant now, boolean wide) {
    SessionStatus st = status(s);
    PullRequestStatus pr = st.pr;
    List<String> row = new ArrayList<>(List.of(
        s.getMetadata().getName(),
        nz(s.getSpec().project),
        nz(s.getSpec().issue),
        st.phase == null ? "" : st.phase.name(),
        st.activity == null ? "" : st.activity.name(),
        pr == null || pr.number == null ? "" : "#" + pr.number + (pr.state == null || "open".equals(pr.state) ? "" : " " + pr.state),
        pr == null ? "" : nz(pr.ci),
        pr == null ? "" : nz(pr.reviewDecision),
        Ages.since(s.getMetadata().getCreationTimestamp(), now)));
    if (wide) {
      row.addAll(List.of(role(s), nz(st.branch), nz(st.pod), nz(st.message)));
    }
    return row;
  }

  public static Table list(List<Session> sessions, Instant now, boolean wide) {
    Table table = new Table(wide ? concat(LIST, LIST_WIDE) : LIST);
    for (Session s : sessions) {
      SessionStatus st = status(s);
      List<String> row = new ArrayList<>(List.of(
          s.getMetadata().getName(),
          nz(s.getSpec().project),
          role(s),
          nz(s.getSpec().issue),
          st.phase == null ? "" : st.phase.name(),
          st.branch != null ? st.branch : nz(s.getSpec().branch),
          Ages.since(s.getMetadata().getCreationTimestamp(), now)));
      if (wide) {
        row.addAll(List.of(nz(st.pod), nz(st.workspace), nz(st.agent), nz(st.message)));
      }
      table.add(row);
    }
    return table;
  }

  private static String role(Session s) {
    return s.getSpec().role == SessionRole.ORCHESTRATOR ? "orchestrator" : "worker";
  }

  private static SessionStatus status(Session s) {
    return s.getStatus() == null ? new SessionStatus() : s.getStatus();
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
