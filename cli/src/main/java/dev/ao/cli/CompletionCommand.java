package dev.ao.cli;

import dev.ao.cli.support.ExitCodes;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "completion",
    description = {
      "Print the shell completion script for bash or zsh.",
      "bash: source <(ao completion bash)     zsh: source <(ao completion zsh)"
    })
public final class CompletionCommand implements Callable<Integer> {
  /** Shells the script supports; picocli's bash script also runs in zsh through bashcompinit. */
  enum Shell {
    bash,
    zsh
  }

  @Spec CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "<shell>", defaultValue = "bash", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Shell shell;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (shell == Shell.zsh) {
      out.println("autoload -U +X compinit && compinit");
      out.println("autoload -U +X bashcompinit && bashcompinit");
    }
    out.print(AutoComplete.bash(spec.root().name(), spec.root().commandLine()));
    out.flush();
    return ExitCodes.OK;
  }
}
