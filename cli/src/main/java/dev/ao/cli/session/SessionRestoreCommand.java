package dev.ao.cli.session;

import dev.ao.api.ApiGroup;
import dev.ao.api.v1alpha1.session.Session;
import dev.ao.api.v1alpha1.session.SessionPhase;
import dev.ao.cli.kube.Phases;
import dev.ao.cli.kube.Sessions;
import dev.ao.cli.output.Printer;
import dev.ao.cli.output.Serializer;
import dev.ao.cli.support.CliContext;
import dev.ao.cli.support.CliException;
import dev.ao.cli.support.Cluster;
import dev.ao.cli.support.ClusterConnector.Needs;
import dev.ao.cli.support.ClusterOptions;
import dev.ao.cli.support.ExitCodes;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "restore",
    description = {
      "Bring back an Errored or Killed Session on its existing workspace.",
      "Sets the restore-requested-at annotation to now; the operator then recreates the agent pod."
    })
public final class SessionRestoreCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ClusterOptions clusterOptions;

  @Parameters(paramLabel = "<session>", description = "The Session to restore.")
  String name;

  private final CliContext ctx;

  public SessionRestoreCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Cluster cluster = ctx.connector().connect(clusterOptions, Needs.AO_API)) {
      Session s = Sessions.get(cluster, name);
      SessionPhase phase = Phases.of(s);
      if (phase != SessionPhase.Errored && phase != SessionPhase.Killed) {
        throw CliException.userError("Session " + name + " is " + Phases.describe(s) + "; only Errored or Killed Sessions"
            + " can be restored." + (phase == SessionPhase.Done ? " It is Done: start new work with `ao spawn`." : ""));
      }
      String now = DateTimeFormatter.ISO_INSTANT.format(ctx.env().clock().instant().truncatedTo(ChronoUnit.MILLIS));
      String patch = Serializer.compactJson(Map.of("metadata", Map.of("annotations", Map.of(ApiGroup.ANNOTATION_RESTORE, now))));
      cluster.sessions().withName(name).patch(PatchContext.of(PatchType.JSON_MERGE), patch);
      out.println(Printer.name(s) + " restore requested at " + now + " (was " + phase + "); the operator recreates its pod"
          + " on the existing workspace. Watch with `ao status -w`.");
      out.flush();
    }
    return ExitCodes.OK;
  }
}
