package dev.ao.cli;

import dev.ao.api.v1alpha1.session.Session;
import dev.ao.api.validation.SessionValidator;
import dev.ao.cli.kube.Phases;
import dev.ao.cli.kube.Projects;
import dev.ao.cli.output.OutputOptions;
import dev.ao.cli.output.Printer;
import dev.ao.cli.session.Spawner;
import dev.ao.cli.session.ValidationErrors;
import dev.ao.cli.support.CliContext;
import dev.ao.cli.support.CliException;
import dev.ao.cli.support.Cluster;
import dev.ao.cli.support.ClusterConnector.Needs;
import dev.ao.cli.support.ClusterOptions;
import dev.ao.cli.support.ExitCodes;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "spawn",
    description = {
      "Put an agent on an issue (or a prompt): create a worker Session.",
      "It is named <sessionPrefix>-<n> with the next free n; an issue that already has an active Session is refused.",
      "Issue forms: 42, #42, ENG-100, or the issue's URL."
    })
public final class SpawnCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ClusterOptions clusterOptions;
  @Mixin OutputOptions output;

  @Parameters(index = "0", paramLabel = "<project>", description = "The Project to work in.")
  String project;

  @Parameters(index = "1", arity = "0..1", paramLabel = "<issue>", description = "Issue: 42, #42, ENG-100 or a URL.")
  String issue;

  @Option(names = "--prompt", paramLabel = "<text>", description = "Task for the agent (required without an issue; added to the issue's prompt otherwise).")
  String prompt;

  @Option(names = "--agent", paramLabel = "<profile>", description = "Agent profile, e.g. claude-code, codex, aider, opencode.")
  String agent;

  @Option(names = "--branch", paramLabel = "<branch>", description = "Git branch (derived from the issue when unset).")
  String branch;

  @Option(names = "--force", description = "Spawn even when an active Session already works on the issue.")
  boolean force;

  private final CliContext ctx;

  public SpawnCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    try (Cluster cluster = ctx.connector().connect(clusterOptions, Needs.AO_API)) {
      Spawner spawner = new Spawner(cluster, Projects.get(cluster, project));
      Session draft = spawner.draft(new Spawner.Request(issue, prompt, agent, branch));
      ValidationErrors.check("Session " + draft.getMetadata().getName(), SessionValidator.validate(draft));
      spawner.checkAgent(agent);
      if (issue != null && !force) {
        Optional<Session> busy = spawner.activeOn(issue);
        if (busy.isPresent()) {
          throw CliException.userError("Issue " + issue + " already has an active Session: " + busy.get().getMetadata().getName()
              + " (" + Phases.describe(busy.get()) + "). Use --force to start another, or `ao session kill "
              + busy.get().getMetadata().getName() + "` first.");
        }
      }
      Session created = spawner.create(draft);
      new Printer(spec.commandLine().getOut()).object(created, output.format, out -> {
        String name = created.getMetadata().getName();
        out.println(Printer.name(created) + " created in " + cluster.where() + " (project " + project
            + (issue == null ? "" : ", issue " + issue) + ")");
        out.println("  watch:  ao status -w -p " + project);
        out.println("  attach: ao session attach " + name);
        out.println("  logs:   ao session logs " + name + " -f");
      });
    }
    return ExitCodes.OK;
  }
}
