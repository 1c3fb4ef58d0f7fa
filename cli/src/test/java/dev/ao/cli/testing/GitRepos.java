package dev.ao.cli.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Real git repositories for `ao init`, made with the git CLI: a bare "remote" and a clone of it. */
public final class GitRepos {
  private GitRepos() {}

  /**
   * A clone whose origin's default branch is {@code defaultBranch}, with its remote URL then set to
   * {@code remoteUrl} (as a GitHub clone would have).
   */
  public static Path cloneWithRemote(Path parent, String defaultBranch, String remoteUrl) throws Exception {
    Path bare = parent.resolve("remote.git");
    Path seed = parent.resolve("seed");
    Path clone = parent.resolve("webapp");
    git(parent, "init", "-q", "--bare", bare.toString());
    git(parent, "init", "-q", "-b", defaultBranch, seed.toString());
    Files.writeString(seed.resolve("README.md"), "# webapp\n");
    git(seed, "add", "README.md");
    git(seed, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "first");
    git(seed, "push", "-q", bare.toString(), defaultBranch);
    git(bare, "symbolic-ref", "HEAD", "refs/heads/" + defaultBranch);
    git(parent, "clone", "-q", bare.toString(), clone.toString());
    git(clone, "remote", "set-url", "origin", remoteUrl);
    return clone;
  }

  public static void git(Path dir, String... args) throws IOException, InterruptedException {
    List<String> argv = new ArrayList<>(List.of("git"));
    argv.addAll(List.of(args));
    Process p = new ProcessBuilder(argv).directory(dir.toFile()).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes());
    if (p.waitFor() != 0) {
      throw new IllegalStateException(String.join(" ", argv) + " failed: " + output);
    }
  }
}
