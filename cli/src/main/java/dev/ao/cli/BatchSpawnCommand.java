package dev.ao.cli;

import dev.ao.api.v1alpha1.session.Session;
import dev.ao.api.validation.SessionValidator;
import dev.ao.api.validation.Violation;
import dev.ao.cli.kube.Phases;
import dev.ao.cli.kube.Projects;
import dev.ao.cli.output.OutputOptions;
import dev.ao.cli.output.Printer;
import dev.ao.cli.session.IssueKey;
import dev.ao.cli.session.Spawner;
import dev.ao.cli.support.CliContext;
import dev.ao.cli.support.CliException;
import dev.ao.cli.support.Cluster;
import dev.ao.cli.support.ClusterConnector.Needs;
import dev.ao.cli.support.ClusterOptions;
import dev.ao.cli.support.ExitCodes;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "batch-spawn",
    description = {
      "Spawn one worker Session per issue, skipping duplicates.",
      "An issue is skipped when an active Session works on it or it is listed twice. All issues are checked before",
      "anything is created."
    })
public final class BatchSpawnCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ClusterOptions clusterOptions;
  @Mixin OutputOptions output;

  @Parameters(index = "0", paramLabel = "<project>", description = "The Project to work in.")
  String project;

  @Parameters(index = "1..*", arity = "1..*", paramLabel = "<issue>", description = "Issues: 42, #42, ENG-100 or URLs.")
  List<String> issues;

  @Option(names = "--agent", paramLabel = "<profile>", description = "Agent profile for every Session.")
  String agent;

  private final CliContext ctx;

  public BatchSpawnCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    try (Cluster cluster = ctx.connector().connect(clusterOptions, Needs.AO_API)) {
      Spawner spawner = new Spawner(cluster, Projects.get(cluster, project));
      spawner.checkAgent(agent);
      checkAll(spawner);
      PrintWriter out = spec.commandLine().getOut();
      List<Session> created = new ArrayList<>();
      Map<String, String> claimed = new HashMap<>();
      for (String issue : issues) {
        String key = IssueKey.of(issue);
        Optional<Session> busy = spawner.activeOn(issue);
        if (claimed.containsKey(key)) {
          human(out, "skipped " + issue + ": same issue as " + claimed.get(key) + " in this batch");
        } else if (busy.isPresent()) {
          human(out, "skipped " + issue + ": " + busy.get().getMetadata().getName() + " is already on it ("
              + Phases.describe(busy.get()) + ")");
        } else {
          Session session = spawner.create(spawner.draft(new Spawner.Request(issue, null, agent, null)));
          created.add(session);
          claimed.put(key, issue);
          human(out, Printer.name(session) + " created for issue " + issue);
        }
      }
      if (output.format.human()) {
        out.println(created.size() + " created, " + (issues.size() - created.size()) + " skipped. Watch them with `ao status -w -p "
            + project + "`.");
      } else {
        new Printer(out).objects(created, output.format, () -> null);
      }
      out.flush();
    }
    return ExitCodes.OK;
  }

  /** Every issue through the operator's validator first: one bad issue and nothing is created. */
  private void checkAll(Spawner spawner) {
    List<String> problems = new ArrayList<>();
    for (String issue : issues) {
      for (Violation v : SessionValidator.validate(spawner.draft(new Spawner.Request(issue, null, agent, null)))) {
        problems.add(issue + ": " + v);
      }
    }
    if (!problems.isEmpty()) {
      throw CliException.userError("Some issues are invalid; nothing was created:", problems);
    }
  }

  private void human(PrintWriter out, String line) {
    if (output.format.human()) {
      out.println(line);
    } else {
      // Progress goes to stderr so stdout holds only the requested format.
      spec.commandLine().getErr().println(line);
    }
  }
}
