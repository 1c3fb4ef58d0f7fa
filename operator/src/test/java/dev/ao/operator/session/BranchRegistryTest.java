package dev.ao.operator.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ao.api.v1alpha1.session.Session;
import dev.ao.api.v1alpha1.session.SessionStatus;
import dev.ao.operator.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class BranchRegistryTest {
  private static Session s(String name, String created) {
    Session s = Fixtures.issueSession(name, "webapp", "42");
    s.getMetadata().setCreationTimestamp(created);
    return s;
  }

  @Test
  void should_give_two_sessions_on_the_same_issue_different_branches_even_before_status_is_written() {
    BranchRegistry registry = new BranchRegistry();
    Session a = s("a", "2026-01-01T00:00:00Z");
    Session b = s("b", "2026-01-01T00:00:01Z");
    List<Session> both = List.of(a, b);
    String first = registry.claim(a, both, "feat/42-x").branch();
    String second = registry.claim(b, both, "feat/42-x").branch();
    assertThat(first).isEqualTo("feat/42-x");
    assertThat(second).isEqualTo("feat/42-x-2");
    assertThat(registry.claim(a, both, "feat/42-x").branch()).isEqualTo(first);
  }

  @Test
  void should_rebuild_from_recorded_status_after_a_restart() {
    Session a = s("a", "2026-01-01T00:00:00Z");
    a.setStatus(new SessionStatus());
    a.getStatus().branch = "feat/42-x";
    Session b = s("b", "2026-01-01T00:00:01Z");
    assertThat(new BranchRegistry().claim(b, List.of(a, b), "feat/42-x").branch()).isEqualTo("feat/42-x-2");
  }

  @Test
  void should_refuse_an_explicit_branch_an_older_session_already_uses() {
    Session a = s("a", "2026-01-01T00:00:00Z");
    a.getSpec().branch = "hotfix/login";
    Session b = s("b", "2026-01-01T00:00:01Z");
    b.getSpec().branch = "hotfix/login";
    BranchRegistry registry = new BranchRegistry();
    BranchRegistry.Claim claim = registry.claim(b, List.of(a, b), "ignored");
    assertThat(claim.branch()).isNull();
    assertThat(claim.heldBy()).isEqualTo("a");
    assertThat(registry.claim(a, List.of(a, b), "ignored").branch()).isEqualTo("hotfix/login");
  }

  @Test
  void should_free_a_deleted_sessions_branch() {
    BranchRegistry registry = new BranchRegistry();
    Session a = s("a", "2026-01-01T00:00:00Z");
    registry.claim(a, List.of(a), "feat/42");
    registry.release(a);
    Session c = s("c", "2026-01-01T00:00:05Z");
    assertThat(registry.claim(c, List.of(c), "feat/42").branch()).isEqualTo("feat/42");
  }
}
