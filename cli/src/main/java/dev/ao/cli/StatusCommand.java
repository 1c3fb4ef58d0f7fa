package dev.ao.cli;

import dev.ao.api.v1alpha1.session.Session;
import dev.ao.cli.kube.SessionOrder;
import dev.ao.cli.output.OutputFormat;
import dev.ao.cli.output.OutputOptions;
import dev.ao.cli.output.Printer;
import dev.ao.cli.output.SessionTables;
import dev.ao.cli.output.Table;
import dev.ao.cli.session.StatusFollower;
import dev.ao.cli.support.CliContext;
import dev.ao.cli.support.Cluster;
import dev.ao.cli.support.ClusterConnector.Needs;
import dev.ao.cli.support.ClusterOptions;
import dev.ao.cli.support.ExitCodes;
import io.fabric8.kubernetes.api.model.KubernetesResourceList;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "status",
    description = {
      "Show every Session: phase, activity, PR, CI, review and age.",
      "-w keeps watching and prints a line whenever a Session's status changes.",
      "Reads Session status only (the operator polls GitHub once for everyone); never calls GitHub itself."
    })
public final class StatusCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ClusterOptions clusterOptions;
  @Mixin OutputOptions output;

  @Option(names = {"-p", "--project"}, paramLabel = "<project>", description = "Only this Project's Sessions.")
  String project;

  @Option(names = {"-w", "--watch"}, description = "After the table, print a line whenever a Session's status changes.")
  boolean watch;

  private final CliContext ctx;

  public StatusCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    Printer printer = new Printer(spec.commandLine().getOut());
    try (Cluster cluster = ctx.connector().connect(clusterOptions, Needs.AO_API)) {
      KubernetesResourceList<Session> list = cluster.sessions().list();
      Predicate<Session> include = s -> project == null || (s.getSpec() != null && project.equals(s.getSpec().project));
      List<Session> sessions = list.getItems().stream().filter(include).sorted(SessionOrder.BY_PROJECT_AND_NAME).toList();
      Instant now = ctx.env().clock().instant();
      boolean wide = output.format == OutputFormat.wide;
      Table table = SessionTables.status(sessions, now, wide);
      if (sessions.isEmpty() && output.format.human() && !watch) {
        spec.commandLine().getErr().println("No Sessions in " + cluster.where()
            + (project == null ? "" : " for Project " + project) + ". Start one with `ao spawn <project> <issue>`.");
        return ExitCodes.OK;
      }
      printer.objects(sessions, output.format, () -> table);
      if (watch) {
        StatusFollower follower = new StatusFollower(printer, output.format, ctx.env().clock(), include, table);
        follower.seen(sessions);
        follower.follow(cluster, list.getMetadata().getResourceVersion());
      }
    }
    return ExitCodes.OK;
  }
}
