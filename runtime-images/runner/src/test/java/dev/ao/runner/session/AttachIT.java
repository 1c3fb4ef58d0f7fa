package dev.ao.runner.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ao.runner.testing.FakeAgentSession;
import dev.ao.runner.testing.FakeAgentSession.Options;
import dev.ao.runner.testing.RunnerJar;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ao-runner attach} as a person uses it through {@code kubectl exec -it}: it needs a real
 * terminal, so it runs inside an outer tmux session standing in for the person's terminal.
 */
class AttachIT {
  @TempDir Path dir;

  @Test
  void a_person_attaches_read_write_and_what_they_type_reaches_the_agent() throws Exception {
    String outer = "ao-it-person-" + UUID.randomUUID().toString().substring(0, 8);
    try (FakeAgentSession session = FakeAgentSession.start(dir, Options.postLaunch(null))) {
      List<String> attach = new ArrayList<>(List.of("tmux", "-L", outer, "-f", "/dev/null", "new-session", "-d",
          "-x", "120", "-y", "40", "env", "AO_TMUX_SOCKET=" + session.tmuxSocket,
          Path.of(System.getProperty("java.home"), "bin", "java").toString()));
      attach.addAll(RunnerJar.imageJvmOptions());
      attach.addAll(List.of("-jar", RunnerJar.jar().toString(), "attach"));
      try {
        assertThat(new ProcessBuilder(attach).inheritIO().start().waitFor()).isZero();
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100))
            .until(() -> !tmux(session.tmuxSocket, "list-clients").isBlank());

        tmux(outer, "send-keys", "-l", "typed by a person");
        tmux(outer, "send-keys", "Enter");

        assertThat(session.awaitReceived("MSG", 1)).containsExactly("typed by a person");
      } finally {
        tmux(outer, "kill-server");
        Files.deleteIfExists(Path.of("/tmp", "tmux-" + Files.getAttribute(Path.of("/proc/self"), "unix:uid"), outer));
      }
    }
  }

  private static String tmux(String socket, String... args) throws Exception {
    List<String> argv = new ArrayList<>(List.of("tmux", "-L", socket));
    argv.addAll(List.of(args));
    Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    return out;
  }
}
