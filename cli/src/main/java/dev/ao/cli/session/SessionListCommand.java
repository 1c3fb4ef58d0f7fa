package dev.ao.cli.session;

import dev.ao.api.v1alpha1.session.Session;
import dev.ao.api.v1alpha1.session.SessionRole;
import dev.ao.cli.kube.Phases;
import dev.ao.cli.kube.Sessions;
import dev.ao.cli.output.OutputFormat;
import dev.ao.cli.output.OutputOptions;
import dev.ao.cli.output.Printer;
import dev.ao.cli.output.SessionTables;
import dev.ao.cli.support.CliContext;
import dev.ao.cli.support.Cluster;
import dev.ao.cli.support.ClusterConnector.Needs;
import dev.ao.cli.support.ClusterOptions;
import dev.ao.cli.support.ExitCodes;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "ls", aliases = "list", description = "List worker Sessions (and with -a the orchestrators).")
public final class SessionListCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ClusterOptions clusterOptions;
  @Mixin OutputOptions output;

  @Option(names = {"-p", "--project"}, paramLabel = "<project>", description = "Only this Project's Sessions.")
  String project;

  @Option(names = {"-a", "--all"}, description = "Include orchestrator Sessions.")
  boolean all;

  @Option(names = "--include-terminated", description = "Include Sessions that are Done, Killed or Errored.")
  boolean includeTerminated;

  private final CliContext ctx;

  public SessionListCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    try (Cluster cluster = ctx.connector().connect(clusterOptions, Needs.AO_API)) {
      List<Session> sessions = Sessions.list(cluster).stream()
          .filter(s -> s.getSpec() != null)
          .filter(s -> project == null || project.equals(s.getSpec().project))
          .filter(s -> all || s.getSpec().role != SessionRole.ORCHESTRATOR)
          .filter(s -> includeTerminated || Phases.isActive(s))
          .toList();
      if (sessions.isEmpty() && output.format.human()) {
        spec.commandLine().getErr().println("No " + (includeTerminated ? "" : "active ") + "Sessions in " + cluster.where()
            + (project == null ? "" : " for Project " + project) + (includeTerminated ? "" : " (--include-terminated shows all)") + ".");
        return ExitCodes.OK;
      }
      new Printer(spec.commandLine().getOut()).objects(sessions, output.format,
          () -> SessionTables.list(sessions, ctx.env().clock().instant(), output.format == OutputFormat.wide));
    }
    return ExitCodes.OK;
  }
}
