package dev.ao.cli.session;

import dev.ao.api.v1alpha1.session.Session;
import dev.ao.cli.kube.Sessions;
import dev.ao.cli.output.OutputOptions;
import dev.ao.cli.output.Printer;
import dev.ao.cli.support.CliContext;
import dev.ao.cli.support.Cluster;
import dev.ao.cli.support.ClusterConnector.Needs;
import dev.ao.cli.support.ClusterOptions;
import dev.ao.cli.support.ExitCodes;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "cleanup",
    description = "Delete Sessions whose PR was merged or closed, or that are Done, listing each one and why.")
public final class SessionCleanupCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ClusterOptions clusterOptions;
  @Mixin OutputOptions output;

  @Option(names = {"-p", "--project"}, paramLabel = "<project>", description = "Only this Project's Sessions.")
  String project;

  @Option(names = "--dry-run", description = "Only list what would be deleted.")
  boolean dryRun;

  private final CliContext ctx;

  public SessionCleanupCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Cluster cluster = ctx.connector().connect(clusterOptions, Needs.AO_API)) {
      List<Session> done = Sessions.list(cluster).stream()
          .filter(s -> project == null || (s.getSpec() != null && project.equals(s.getSpec().project)))
          .filter(s -> CleanupPolicy.reason(s).isPresent())
          .toList();
      for (Session s : done) {
        if (!dryRun) {
          cluster.sessions().withName(s.getMetadata().getName()).delete();
        }
        if (output.format.human()) {
          out.println((dryRun ? "would delete " : "deleted ") + Printer.name(s) + " (" + CleanupPolicy.reason(s).get() + ")");
        }
      }
      if (output.format.human()) {
        out.println(done.isEmpty() ? "Nothing to clean up in " + cluster.where() + "."
            : done.size() + " Session" + (done.size() == 1 ? "" : "s") + (dryRun ? " would be deleted; run without --dry-run to delete."
                : " deleted."));
      } else {
        new Printer(out).objects(done, output.format, () -> null);
      }
      out.flush();
    }
    return ExitCodes.OK;
  }
}
