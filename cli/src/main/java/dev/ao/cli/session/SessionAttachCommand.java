package dev.ao.cli.session;

import dev.ao.cli.kube.Sessions;
import dev.ao.cli.support.CliContext;
import dev.ao.cli.support.Cluster;
import dev.ao.cli.support.ClusterConnector.Needs;
import dev.ao.cli.support.ClusterOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "attach",
    description = {
      "Attach your terminal to the agent's tmux session in its pod (kubectl exec -it <pod> -c agent -- ao-runner attach).",
      "Detach with Ctrl-b d; the agent keeps running."
    })
public final class SessionAttachCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ClusterOptions clusterOptions;

  @Parameters(paramLabel = "<session>", description = "The Session to attach to.")
  String name;

  private final CliContext ctx;

  public SessionAttachCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    Path kubectl = ctx.external().kubectl();
    List<String> argv;
    try (Cluster cluster = ctx.connector().connect(clusterOptions, Needs.AO_API)) {
      String pod = AgentPod.of(Sessions.get(cluster, name));
      argv = AgentPod.kubectl(kubectl, clusterOptions, cluster,
          List.of("exec", "-it", pod, "-c", AgentPod.CONTAINER, "--", "ao-runner", "attach"));
    }
    return ctx.external().run(argv, spec.commandLine().getOut(), spec.commandLine().getErr());
  }
}
