package dev.ao.runner.client;

import dev.ao.runner.Env;
import dev.ao.runner.tmux.Tmux;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ao-runner attach}: join the agent's tmux session from {@code kubectl exec -it}. */
@Command(name = "attach", description = "Attach this terminal to the agent's tmux session (detach with Ctrl-b d).")
public final class AttachCommand implements Callable<Integer> {

  @Option(names = {"-r", "--read-only"}, description = "Watch without typing.")
  boolean readOnly;

  @Override
  public Integer call() throws IOException, InterruptedException {
    Tmux tmux = new Tmux("tmux", Env.system().get("AO_TMUX_SOCKET", "ao"));
    // The child shares this process's terminal, so tmux talks to the person's TTY directly.
    Process attach = new ProcessBuilder(tmux.attachCommand(readOnly)).inheritIO().start();
    return attach.waitFor();
  }
}
