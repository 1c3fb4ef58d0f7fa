package dev.ao.cli.session;

import dev.ao.api.ApiGroup;
import dev.ao.api.v1alpha1.session.Session;
import dev.ao.cli.kube.Sessions;
import dev.ao.cli.output.Printer;
import dev.ao.cli.output.Serializer;
import dev.ao.cli.support.CliContext;
import dev.ao.cli.support.Cluster;
import dev.ao.cli.support.ClusterConnector.Needs;
import dev.ao.cli.support.ClusterOptions;
import dev.ao.cli.support.ExitCodes;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "kill",
    description = {
      "Stop Sessions by deleting them; the operator removes their pod, token and (unless kept) workspace.",
      "--keep-workspace keeps the workspace volume (the keep-workspace annotation is set before the delete)."
    })
public final class SessionKillCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ClusterOptions clusterOptions;

  @Parameters(arity = "1..*", paramLabel = "<session>", description = "Sessions to stop.")
  List<String> names;

  @Option(names = "--keep-workspace", description = "Keep the Session's workspace PVC.")
  boolean keepWorkspace;

  private final CliContext ctx;

  public SessionKillCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Cluster cluster = ctx.connector().connect(clusterOptions, Needs.AO_API)) {
      // All names are checked before anything is deleted, so a typo stops the command with nothing done.
      List<Session> sessions = new ArrayList<>();
      for (String name : names) {
        sessions.add(Sessions.get(cluster, name));
      }
      for (Session s : sessions) {
        String name = s.getMetadata().getName();
        if (keepWorkspace) {
          String patch = Serializer.compactJson(Map.of("metadata", Map.of("annotations",
              Map.of(ApiGroup.ANNOTATION_KEEP_WORKSPACE, "true"))));
          cluster.sessions().withName(name).patch(PatchContext.of(PatchType.JSON_MERGE), patch);
        }
        cluster.sessions().withName(name).delete();
        out.println(Printer.name(s) + " deleted" + (keepWorkspace
            ? " (workspace kept" + (s.getStatus() != null && s.getStatus().workspace != null
                ? ": PersistentVolumeClaim " + s.getStatus().workspace : "") + ")" : ""));
      }
      out.flush();
    }
    return ExitCodes.OK;
  }
}
