package dev.ao.cli.session;

import dev.ao.cli.kube.Sessions;
import dev.ao.cli.support.CliContext;
import dev.ao.cli.support.Cluster;
import dev.ao.cli.support.ClusterConnector.Needs;
import dev.ao.cli.support.ClusterOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "logs",
    description = "Print the agent's terminal output (the runner mirrors the tmux pane to the container log): kubectl logs <pod> -c agent.")
public final class SessionLogsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ClusterOptions clusterOptions;

  @Parameters(paramLabel = "<session>", description = "The Session whose agent output to show.")
  String name;

  @Option(names = {"-f", "--follow"}, description = "Keep printing new output.")
  boolean follow;

  @Option(names = "--tail", paramLabel = "<lines>", description = "Only the last <lines> lines.")
  Integer tail;

  private final CliContext ctx;

  public SessionLogsCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    Path kubectl = ctx.external().kubectl();
    List<String> argv;
    try (Cluster cluster = ctx.connector().connect(clusterOptions, Needs.AO_API)) {
      String pod = AgentPod.of(Sessions.get(cluster, name));
      List<String> args = new ArrayList<>(List.of("logs", pod, "-c", AgentPod.CONTAINER));
      if (follow) {
        args.add("-f");
      }
      if (tail != null) {
        args.add("--tail=" + tail);
      }
      argv = AgentPod.kubectl(kubectl, clusterOptions, cluster, args);
    }
    return ctx.external().run(argv, spec.commandLine().getOut(), spec.commandLine().getErr());
  }
}
