package dev.ao.cli;

import dev.ao.api.validation.ProjectValidator;
import dev.ao.cli.init.Credentials;
import dev.ao.cli.init.GitRepo;
import dev.ao.cli.init.InitAnswers;
import dev.ao.cli.init.InitPrompts;
import dev.ao.cli.init.ProjectDraft;
import dev.ao.cli.init.RepoUrls;
import dev.ao.cli.kube.ObjectNames;
import dev.ao.cli.manifest.ManifestApplier;
import dev.ao.cli.manifest.ManifestFile;
import dev.ao.cli.manifest.SecretPlan;
import dev.ao.cli.output.OutputOptions;
import dev.ao.cli.session.ValidationErrors;
import dev.ao.cli.support.CliContext;
import dev.ao.cli.support.CliException;
import dev.ao.cli.support.Cluster;
import dev.ao.cli.support.ClusterConnector.Needs;
import dev.ao.cli.support.ClusterOptions;
import dev.ao.cli.support.ExitCodes;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "init",
    description = {
      "Write a Project manifest for the git repository you are in.",
      "Uses its remote (as https), its default branch and the agent whose API key is in your environment, and adds",
      "the Secrets the Project refers to (keys only, never values). Asks before writing when a terminal is attached",
      "(--yes takes the defaults); --apply also creates or updates the Project in the cluster."
    })
public final class InitCommand implements Callable<Integer> {
  static final String DEFAULT_FILE = "ao-project.yaml";

  @Spec CommandSpec spec;
  @Mixin ClusterOptions clusterOptions;
  @Mixin OutputOptions output;

  @Option(names = "--dir", paramLabel = "<dir>", description = "The repository checkout (default: the current directory).")
  Path dir;

  @Option(names = "--name", paramLabel = "<name>", description = "Project name (default: the repository's name).")
  String name;

  @Option(names = "--repo-url", paramLabel = "<url>", description = "Clone URL (default: the git remote, as https).")
  String repoUrl;

  @Option(names = "--default-branch", paramLabel = "<branch>", description = "Default branch (default: the remote's HEAD).")
  String defaultBranch;

  @Option(names = "--agent", paramLabel = "<profile>", description = "Agent: claude-code, codex, aider, opencode (default: by the API key found).")
  String agent;

  @Option(names = {"-f", "--file"}, paramLabel = "<file>", description = "Where to write (default: <repo>/" + DEFAULT_FILE + "; - for stdout).")
  String file;

  @Option(names = "--force", description = "Overwrite the file if it exists.")
  boolean force;

  @Option(names = {"-y", "--yes"}, description = "Take every default without asking.")
  boolean yes;

  @Option(names = "--apply", description = "Also create or update the Project (and create missing Secrets from their environment variables).")
  boolean apply;

  private final CliContext ctx;

  public InitCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    Path where = ctx.env().workingDirectory().resolve(dir == null ? Path.of(".") : dir).normalize();
    boolean needGit = repoUrl == null || defaultBranch == null;
    GitRepo git = needGit ? GitRepo.inspect(where) : null;
    List<Credentials.AgentKey> keys = Credentials.agentKeysIn(ctx.env());
    InitAnswers answers = answers(git, keys);
    ProjectDraft.Result draft = ProjectDraft.build(answers, clusterOptions.namespace);
    ValidationErrors.check("Project " + answers.name(), ProjectValidator.validate(draft.project()));

    PrintWriter out = spec.commandLine().getOut();
    boolean toStdout = "-".equals(file);
    PrintWriter report = toStdout ? spec.commandLine().getErr() : out;
    describe(report, git, answers, keys);
    ManifestFile manifests = manifests(draft);
    if (toStdout) {
      out.print(manifests.render(output.format));
      out.flush();
    } else {
      Path target = file != null ? where.resolve(file) : (git != null ? git.root() : where).resolve(DEFAULT_FILE);
      write(target, manifests.render(output.format));
      report.println("Wrote " + target + ": Project " + answers.name() + ", Secrets "
          + String.join(", ", draft.secrets().stream().map(SecretPlan::name).toList()) + " (keys only, no values).");
    }
    if (apply) {
      try (Cluster cluster = ctx.connector().connect(clusterOptions, Needs.AO_API)) {
        report.println("Project " + answers.name() + " " + ManifestApplier.applyProject(cluster, draft.project())
            + " in " + cluster.where());
        draft.secrets().forEach(s -> report.println(ManifestApplier.applySecret(cluster, s, ctx.env())));
        report.println("Next: ao start " + answers.name() + "   (orchestrator)   or   ao spawn " + answers.name() + " <issue>");
      }
    } else {
      report.println("Next: ao init --apply" + (toStdout ? "" : " --force") + "   (or fill in the Secrets and kubectl apply -f the file)");
    }
    report.flush();
    return ExitCodes.OK;
  }

  private InitAnswers answers(GitRepo git, List<Credentials.AgentKey> keys) {
    String url = repoUrl;
    if (url == null) {
      if (git.remoteUrl() == null) {
        throw CliException.userError("The repository at " + git.root() + " has no remote; add one"
            + " (`git remote add origin <url>`) or pass --repo-url.");
      }
      url = RepoUrls.toHttps(git.remoteUrl());
    }
    String branch = defaultBranch != null ? defaultBranch : git.defaultBranch();
    String project = name != null ? name : ObjectNames.dnsLabel(RepoUrls.repoName(url));
    String profile = agent != null ? agent : Credentials.suggestedAgent(keys);
    if (ctx.env().terminal().interactive() && !yes) {
      InitPrompts prompts = new InitPrompts(ctx.env().terminal());
      project = prompts.ask("Project name", project);
      url = prompts.ask("Repository clone URL", url);
      branch = prompts.ask("Default branch", branch);
      profile = prompts.ask("Agent (" + String.join(", ", Credentials.PROFILES) + ")", profile);
    }
    if (!Credentials.PROFILES.contains(profile)) {
      throw CliException.userError("Unknown agent \"" + profile + "\"; ao init knows " + String.join(", ", Credentials.PROFILES)
          + " (add other agents as agentProfiles in the Project afterwards).");
    }
    Optional<String> token = Credentials.githubTokenIn(ctx.env());
    return new InitAnswers(project, url, branch, profile, keys, token.orElse(null));
  }

  private void describe(PrintWriter report, GitRepo git, InitAnswers a, List<Credentials.AgentKey> keys) {
    if (git != null && git.remoteUrl() != null && repoUrl == null) {
      report.println("Repository:     " + a.repoUrl() + " (remote " + git.remoteName()
          + (RepoUrls.changed(git.remoteUrl(), a.repoUrl()) ? ", rewritten as https without credentials" : "") + ")");
    } else {
      report.println("Repository:     " + a.repoUrl());
    }
    report.println("Default branch: " + a.defaultBranch() + (git != null && defaultBranch == null ? " (" + git.defaultBranchSource() + ")" : ""));
    report.println("Agent:          " + a.agent() + (keys.isEmpty() ? " (no agent API key found in the environment)"
        : " (keys found: " + String.join(", ", keys.stream().map(Credentials.AgentKey::envVar).toList()) + ")"));
    report.println("GitHub token:   " + (a.githubTokenEnv() == null ? "none found (set GITHUB_TOKEN)" : "$" + a.githubTokenEnv()));
  }

  private ManifestFile manifests(ProjectDraft.Result draft) {
    ManifestFile file = new ManifestFile(List.of(
        "Generated by `ao init`. Apply with `ao init --apply` or kubectl apply -f after filling in the Secrets."));
    file.add(draft.project(), "The Project: repository, agent, tracker and SCM. See docs/reference/crds.md for every field.");
    for (SecretPlan s : draft.secrets()) {
      file.add(s.manifest(clusterOptions.namespace),
          "Secret for " + s.purpose() + ". Values are deliberately empty: never commit them. Create it with",
          "  " + s.kubectlCreate(clusterOptions.namespace),
          "or let `ao init --apply` create it from those environment variables.");
    }
    return file;
  }

  private void write(Path target, String content) {
    if (Files.exists(target) && !force) {
      throw CliException.userError(target + " already exists; pass --force to overwrite it, or -f <file> to write elsewhere.");
    }
    try {
      Files.writeString(target, content);
    } catch (IOException e) {
      throw CliException.userError("Cannot write " + target + ": " + e.getMessage());
    }
  }
}
