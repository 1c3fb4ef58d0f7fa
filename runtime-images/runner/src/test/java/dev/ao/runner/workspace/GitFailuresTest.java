package dev.ao.runner.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.UnknownHostException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.errors.NoRemoteRepositoryException;
import org.eclipse.jgit.transport.URIish;
import org.junit.jupiter.api.Test;

class GitFailuresTest {
  static final String URL = "https://github.com/acme/webapp.git";

  String reason(Throwable t, boolean tokenPresent) {
    return GitFailures.reason(t, "fetching", URL, tokenPresent);
  }

  @Test
  void rejected_credentials_name_the_token() {
    TransportException e = new TransportException(URL + ": not authorized");
    assertThat(reason(e, true)).isEqualTo("git authentication failed for " + URL + ": the token was rejected");
    assertThat(reason(e, false)).isEqualTo("git authentication required for " + URL + " but no token file is mounted");
  }

  @Test
  void a_missing_repository_is_named() throws Exception {
    Exception e = new TransportException("fetch failed",
        new NoRemoteRepositoryException(new URIish(URL), "not found"));
    assertThat(reason(e, true)).isEqualTo("repository not found: " + URL);
  }

  @Test
  void forbidden_disk_full_and_unreachable_hosts_have_their_own_reasons() {
    assertThat(reason(new TransportException(URL + ": 403 Forbidden"), true))
        .isEqualTo("access denied to " + URL + ": the token lacks permission");
    assertThat(reason(new IOException("write failed", new IOException("No space left on device")), true))
        .isEqualTo("disk full while fetching (No space left on device)");
    assertThat(reason(new TransportException("cannot open", new UnknownHostException("github.com")), true))
        .isEqualTo("cannot reach " + URL + ": github.com");
  }

  @Test
  void anything_else_keeps_the_first_line_of_the_message() {
    assertThat(reason(new IllegalStateException("packfile is corrupt\nat offset 12"), true))
        .isEqualTo("git fetching failed: packfile is corrupt");
  }
}
