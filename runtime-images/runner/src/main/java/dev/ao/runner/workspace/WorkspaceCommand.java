package dev.ao.runner.workspace;

import dev.ao.runner.Env;
import dev.ao.runner.RunnerFailure;
import dev.ao.runner.SecretRedactor;
import dev.ao.runner.TerminationMessage;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code ao-runner workspace}: the init container's job. */
@Command(
    name = "workspace",
    description = "Clone or update the workspace, check out the Session's branch and run setup commands.")
public final class WorkspaceCommand implements Callable<Integer> {

  @Override
  public Integer call() {
    Env env = Env.system();
    SecretRedactor redactor = new SecretRedactor();
    TerminationMessage termination = new TerminationMessage(env.terminationMessagePath(), redactor);
    try {
      WorkspaceSettings settings = WorkspaceSettings.from(env);
      GitToken token = GitToken.read(settings.tokenFile(), settings.username(), redactor);
      new WorkspacePreparer(settings, token).prepare();
      return 0;
    } catch (RunnerFailure e) {
      return fail(termination, e.getMessage());
    } catch (RuntimeException e) {
      return fail(termination, "workspace preparation failed: " + e);
    }
  }

  private static int fail(TerminationMessage termination, String reason) {
    String line = termination.write(reason);
    System.err.println("[ao-runner] workspace failed: " + line);
    return 1;
  }
}
