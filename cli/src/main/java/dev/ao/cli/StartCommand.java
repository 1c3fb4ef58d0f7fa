package dev.ao.cli;

import dev.ao.api.ApiGroup;
import dev.ao.api.v1alpha1.common.AgentSpec;
import dev.ao.api.v1alpha1.project.Project;
import dev.ao.api.v1alpha1.session.Session;
import dev.ao.api.v1alpha1.session.SessionPhase;
import dev.ao.api.v1alpha1.session.SessionRole;
import dev.ao.api.v1alpha1.session.SessionSpec;
import dev.ao.api.validation.SessionValidator;
import dev.ao.cli.kube.Phases;
import dev.ao.cli.kube.Projects;
import dev.ao.cli.output.OutputOptions;
import dev.ao.cli.output.Printer;
import dev.ao.cli.session.SessionNames;
import dev.ao.cli.session.ValidationErrors;
import dev.ao.cli.support.CliContext;
import dev.ao.cli.support.Cluster;
import dev.ao.cli.support.ClusterConnector.Needs;
import dev.ao.cli.support.ClusterOptions;
import dev.ao.cli.support.ExitCodes;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "start",
    description = {
      "Make sure the Project's orchestrator Session exists; print how to attach and watch.",
      "The orchestrator (<sessionPrefix>-orchestrator) follows the Project's spec.orchestrator rules and agent, and",
      "spawns workers with `ao spawn`."
    })
public final class StartCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ClusterOptions clusterOptions;
  @Mixin OutputOptions output;

  @Parameters(arity = "0..1", paramLabel = "<project>", description = "The Project (default: the only one in the namespace).")
  String project;

  @Option(names = "--prompt", paramLabel = "<text>", description = "Extra instructions for a new orchestrator, after the Project's rules.")
  String prompt;

  @Option(names = "--agent", paramLabel = "<profile>", description = "Agent profile for a new orchestrator (default: spec.orchestrator.agent, else the Project's agent).")
  String agent;

  private final CliContext ctx;

  public StartCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    try (Cluster cluster = ctx.connector().connect(clusterOptions, Needs.AO_API)) {
      Project p = Projects.getOrOnly(cluster, project);
      String name = SessionNames.orchestrator(Projects.sessionPrefix(p));
      Session existing = cluster.sessions().withName(name).get();
      boolean created = false;
      if (existing == null) {
        Session draft = orchestrator(cluster, p, name);
        ValidationErrors.check("Session " + name, SessionValidator.validate(draft));
        try {
          existing = cluster.sessions().resource(draft).create();
          created = true;
        } catch (KubernetesClientException e) {
          if (e.getCode() != 409) {
            throw e;
          }
          existing = cluster.sessions().withName(name).get(); // someone else started it at the same moment
        }
      }
      Session orchestrator = existing;
      boolean isNew = created;
      new Printer(spec.commandLine().getOut()).object(orchestrator, output.format, out -> hints(out, p, orchestrator, isNew));
    }
    return ExitCodes.OK;
  }

  private Session orchestrator(Cluster cluster, Project p, String name) {
    Session s = new Session();
    s.setMetadata(new ObjectMetaBuilder()
        .withName(name)
        .withNamespace(cluster.namespace())
        .withLabels(Map.of(ApiGroup.LABEL_PROJECT, p.getMetadata().getName()))
        .build());
    SessionSpec spec = new SessionSpec();
    spec.project = p.getMetadata().getName();
    spec.role = SessionRole.ORCHESTRATOR;
    spec.prompt = prompt == null || prompt.isBlank() ? null : prompt;
    if (agent != null) {
      spec.agent = new AgentSpec();
      spec.agent.profile = agent;
    }
    s.setSpec(spec);
    return s;
  }

  private static void hints(PrintWriter out, Project p, Session s, boolean created) {
    String name = s.getMetadata().getName();
    boolean rules = p.getSpec().orchestrator != null && p.getSpec().orchestrator.rules != null
        && !p.getSpec().orchestrator.rules.isBlank();
    if (created) {
      out.println(Printer.name(s) + " created: the orchestrator of Project " + p.getMetadata().getName()
          + (rules ? ", following its spec.orchestrator.rules" : " (the Project sets no spec.orchestrator.rules)"));
    } else {
      out.println(Printer.name(s) + " already exists (" + Phases.describe(s) + ")");
      if (Phases.of(s) == SessionPhase.Done) {
        out.println("  it has finished; remove it with `ao session kill " + name + "` and run `ao start` again");
      } else if (!Phases.isActive(s)) {
        out.println("  it is not running; bring it back with `ao session restore " + name + "`");
      }
    }
    out.println("  attach: ao session attach " + name);
    out.println("  logs:   ao session logs " + name + " -f");
    out.println("  watch:  ao status -w -p " + p.getMetadata().getName());
  }
}
