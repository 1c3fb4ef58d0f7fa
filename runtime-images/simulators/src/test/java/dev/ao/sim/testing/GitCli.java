package dev.ao.sim.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the real {@code git} command line, isolated from the user's configuration and never prompting. */
public final class GitCli {

  /** The outcome of one git command. */
  public record Result(int exitCode, String output) {

    public Result assertOk() {
      if (exitCode != 0) {
        throw new AssertionError("git failed (" + exitCode + "): " + output);
      }
      return this;
    }
  }

  private final Path home;

  public GitCli(Path home) throws IOException {
    this.home = Files.createDirectories(home);
    Files.writeString(home.resolve(".gitconfig"),
        "[user]\n\tname = Agent\n\temail = agent@example.com\n[init]\n\tdefaultBranch = main\n");
  }

  public Result run(Path dir, String... args) {
    List<String> command = new ArrayList<>();
    command.add("git");
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    builder.environment().put("HOME", home.toString());
    builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
    builder.environment().put("GIT_TERMINAL_PROMPT", "0");
    builder.environment().put("GIT_ASKPASS", "/bin/false");
    try {
      Process process = builder.start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("git timed out: " + command);
      }
      return new Result(process.exitValue(), output);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** {@code http://user:token@host/...} from a clone URL. */
  public static String withToken(String cloneUrl, String token) {
    return cloneUrl.replace("http://", "http://x-access-token:" + token + "@");
  }
}
