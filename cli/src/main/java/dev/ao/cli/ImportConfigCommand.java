package dev.ao.cli;

import dev.ao.api.v1alpha1.project.Project;
import dev.ao.cli.importconfig.SeedConfigConverter;
import dev.ao.cli.manifest.ManifestFile;
import dev.ao.cli.manifest.SecretPlan;
import dev.ao.cli.output.OutputOptions;
import dev.ao.cli.support.CliContext;
import dev.ao.cli.support.CliException;
import dev.ao.cli.support.ExitCodes;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "import-config",
    description = {
      "Convert Agent Orchestrator's agent-orchestrator.yaml into Project manifests.",
      "Projects, agents, trackers, notifiers, reactions and rules are carried over; the manifests go to stdout (or --out)",
      "and the report of what could not be carried over, and why, to stderr. Secret values (e.g. Slack webhook URLs)",
      "are never copied."
    })
public final class ImportConfigCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin OutputOptions output;

  @Parameters(paramLabel = "<agent-orchestrator.yaml>", description = "Agent Orchestrator's config file.")
  Path config;

  @Option(names = {"-n", "--namespace"}, paramLabel = "<namespace>", description = "Namespace to put in the manifests (default: none, so kubectl's current one applies).")
  String namespace;

  @Option(names = "--out", paramLabel = "<file>", description = "Write the manifests to this file instead of stdout.")
  Path out;

  @Option(names = "--project-id", paramLabel = "<id>", description = "Project id for a flat per-repo config (default: its directory's name).")
  String projectId;

  private final CliContext ctx;

  public ImportConfigCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    Path file = ctx.env().workingDirectory().resolve(config);
    SeedConfigConverter.Result result = SeedConfigConverter.convert(file, namespace, projectId);
    ManifestFile manifests = new ManifestFile(List.of("Converted from " + file.getFileName() + " by `ao import-config`."
        + " Create the Secrets listed on stderr, then kubectl apply -f this file."));
    for (Project p : result.projects()) {
      manifests.add(p, "Project " + p.getMetadata().getName());
    }
    for (SecretPlan s : result.secrets()) {
      manifests.add(s.manifest(namespace), "Secret for " + s.purpose() + ": values left empty on purpose; create it with",
          "  " + s.kubectlCreate(namespace));
    }
    String rendered = manifests.render(output.format);
    PrintWriter stdout = spec.commandLine().getOut();
    if (out != null) {
      Path target = ctx.env().workingDirectory().resolve(out);
      try {
        Files.writeString(target, rendered);
      } catch (IOException e) {
        throw CliException.userError("Cannot write " + target + ": " + e.getMessage());
      }
      result.report().print(stdout, namespace);
      stdout.println("Wrote " + target + ".");
    } else {
      stdout.print(rendered);
      stdout.flush();
      result.report().print(spec.commandLine().getErr(), namespace);
    }
    if (!result.report().invalid().isEmpty()) {
      return ExitCodes.USER_ERROR;
    }
    return ExitCodes.OK;
  }
}
