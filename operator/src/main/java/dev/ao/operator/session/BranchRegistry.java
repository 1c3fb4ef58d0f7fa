package dev.ao.operator.session;

import dev.ao.api.v1alpha1.session.Session;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Hands out branch names so two Sessions of a Project never share one. Reconciles of different
 * Sessions run in parallel and the informer cache lags our own status writes, so reservations
 * made in this process are remembered here; after a restart they are rebuilt from status.branch.
 */
public final class BranchRegistry {
  private final Map<String, Map<String, String>> byProject = new HashMap<>();

  /**
   * The branch for {@code me}: its recorded or explicit branch, or a fresh derived one.
   *
   * @return the branch, or null when {@code me}'s explicit branch belongs to another Session
   */
  public synchronized Claim claim(Session me, List<Session> projectSessions, String preferred) {
    String key = me.getMetadata().getNamespace() + "/" + me.getSpec().project;
    Map<String, String> owners = byProject.computeIfAbsent(key, k -> new HashMap<>());
    String myName = me.getMetadata().getName();
    for (Session s : projectSessions) {
      String b = recorded(s);
      if (b != null && !s.getMetadata().getName().equals(myName)) {
        owners.putIfAbsent(b, s.getMetadata().getName());
      }
    }
    String mine = recorded(me);
    if (mine != null) {
      owners.put(mine, myName);
      return new Claim(mine, null);
    }
    String explicit = me.getSpec().branch;
    if (explicit != null) {
      String owner = owners.get(explicit);
      if (owner != null && !owner.equals(myName) && exists(projectSessions, owner)) {
        return new Claim(null, owner);
      }
      for (Session s : projectSessions) {
        if (!s.getMetadata().getName().equals(myName) && explicit.equals(s.getSpec().branch) && Admission.FIFO.compare(s, me) < 0) {
          return new Claim(null, s.getMetadata().getName());
        }
      }
      owners.put(explicit, myName);
      return new Claim(explicit, null);
    }
    Set<String> taken = new HashSet<>();
    owners.forEach((branch, owner) -> {
      if (!owner.equals(myName)) {
        taken.add(branch);
      }
    });
    projectSessions.stream()
        .filter(s -> !s.getMetadata().getName().equals(myName) && s.getSpec().branch != null)
        .forEach(s -> taken.add(s.getSpec().branch));
    String branch = BranchNamer.unique(preferred, taken);
    owners.put(branch, myName);
    return new Claim(branch, null);
  }

  /** Forgets a deleted Session's branches. */
  public synchronized void release(Session s) {
    Map<String, String> owners = byProject.get(s.getMetadata().getNamespace() + "/" + s.getSpec().project);
    if (owners != null) {
      owners.values().removeIf(owner -> owner.equals(s.getMetadata().getName()));
    }
  }

  private static String recorded(Session s) {
    return s.getStatus() == null ? null : s.getStatus().branch;
  }

  private static boolean exists(List<Session> sessions, String name) {
    return sessions.stream().anyMatch(s -> s.getMetadata().getName().equals(name));
  }

  /** The branch granted, or the Session that already has it. */
  public record Claim(String branch, String heldBy) {}
}
