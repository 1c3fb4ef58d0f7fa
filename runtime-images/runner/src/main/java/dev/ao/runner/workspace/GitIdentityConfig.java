package dev.ao.runner.workspace;

import java.io.IOException;
import java.util.List;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;

/** Local git config that lets the agent commit and push with the command-line git. */
final class GitIdentityConfig {
  private GitIdentityConfig() {}

  static void apply(Repository repo, WorkspaceSettings settings, GitToken token) throws IOException {
    StoredConfig config = repo.getConfig();
    config.setString("user", null, "name", settings.authorName());
    config.setString("user", null, "email", settings.authorEmail());
    if (token.present()) {
      // The empty entry resets helpers inherited from system/global config (git's documented rule).
      config.setStringList(
          "credential", null, "helper", List.of("", CredentialHelper.script(token.username(), token.file())));
    } else {
      config.unset("credential", null, "helper");
    }
    // A plain `git push` from the agent publishes the current branch under the same name.
    config.setString("push", null, "default", "current");
    config.setBoolean("push", null, "autoSetupRemote", true);
    config.save();
  }
}
