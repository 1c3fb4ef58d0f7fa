package dev.ao.sim;

import dev.ao.sim.control.SimulatorControl;
import dev.ao.sim.model.BranchProtection;
import dev.ao.sim.model.CheckConclusion;
import dev.ao.sim.model.RepoSpec;
import dev.ao.sim.ops.CiPolicy;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Runs the GitHub simulator for a person or for {@code ao local demo}: prints the URLs and a token to use, then
 * serves until interrupted.
 */
@Command(name = "ao-github-sim", mixinStandardHelpOptions = true,
    description = "A GitHub-compatible server (REST, GraphQL, git smart HTTP) on 127.0.0.1, backed by real git.")
public final class SimulatorMain implements Callable<Integer> {

  /** CI behaviour for every created repository. */
  enum CiMode {
    off, success, failure, fail_then_pass, pending
  }

  @Option(names = "--port", description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port = 0;

  @Option(names = "--data-dir",
      description = "Directory for the bare git repositories; kept across runs. Default: a temporary directory.")
  Path dataDir;

  @Option(names = "--user", description = "Login of the account the printed token belongs to (default: ${DEFAULT-VALUE}).")
  String user = "developer";

  @Option(names = "--token", description = "Token to register for --user. Default: a random one, printed.")
  String token;

  @Option(names = "--repo", paramLabel = "OWNER/NAME", description = "Repository to create if missing (repeatable).")
  List<String> repos = new ArrayList<>();

  @Option(names = "--public", description = "Created repositories allow anonymous clone and REST reads.")
  boolean anonymousRead;

  @Option(names = "--required-check", paramLabel = "NAME",
      description = "Check that must pass before merging into the default branch (repeatable).")
  List<String> requiredChecks = new ArrayList<>();

  @Option(names = "--required-approvals", description = "Approving reviews required to merge (default: ${DEFAULT-VALUE}).")
  int requiredApprovals = 0;

  @Option(names = "--ci", description = "Simulated CI on every push: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  CiMode ci = CiMode.off;

  @Option(names = "--ci-check", description = "Name of the simulated CI check run (default: ${DEFAULT-VALUE}).")
  String ciCheck = "ci";

  @Option(names = "--ci-delay-ms", description = "How long simulated CI runs before concluding (default: ${DEFAULT-VALUE}).")
  long ciDelayMillis = 0;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(new CommandLine(new SimulatorMain()).execute(args));
  }

  @Override
  public Integer call() throws InterruptedException {
    GitHubSimulator github = startAndDescribe(spec.commandLine().getOut());
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      github.close();
      stopped.countDown();
    }));
    stopped.await();
    return 0;
  }

  /** Starts the simulator, creates the requested repositories and prints how to use it. */
  GitHubSimulator startAndDescribe(PrintWriter out) {
    String effectiveToken = token != null ? token : randomToken();
    GitHubSimulator github = GitHubSimulator.start(SimulatorOptions.defaults().withPort(port).withDataDir(dataDir));
    SimulatorControl control = github.control();
    control.addToken(effectiveToken, user);
    for (String fullName : repos) {
      String[] parts = fullName.split("/", 2);
      if (parts.length != 2) {
        github.close();
        throw new CommandLine.ParameterException(spec.commandLine(), "--repo must be OWNER/NAME: " + fullName);
      }
      if (!control.repoExists(parts[0], parts[1])) {
        control.createRepo(RepoSpec.of(parts[0], parts[1]).withAnonymousRead(anonymousRead)
            .withProtection(new BranchProtection(requiredChecks, requiredApprovals, false)));
      }
      CiPolicy policy = ciPolicy();
      if (policy != null) {
        control.setCiPolicy(parts[0], parts[1], policy);
      }
    }
    out.println("GitHub simulator listening on " + github.baseUrl());
    out.println("  REST API base URL: " + github.apiUrl());
    out.println("  GraphQL endpoint:  " + github.graphqlUrl());
    out.println("  Control API:       " + github.baseUrl() + "/_sim (stats: GET /_sim/stats)");
    out.println("  Git data dir:      " + github.dataDir());
    out.println("  User:              " + user);
    out.println("  Token:             " + effectiveToken);
    for (String fullName : repos) {
      out.println("  Clone:             git clone "
          + github.cloneUrl(fullName.split("/")[0], fullName.split("/")[1])
              .replace("http://", "http://x-access-token:" + effectiveToken + "@"));
    }
    out.flush();
    return github;
  }

  private CiPolicy ciPolicy() {
    Duration delay = Duration.ofMillis(ciDelayMillis);
    return switch (ci) {
      case off -> null;
      case success -> CiPolicy.sequence(ciCheck, List.of(CheckConclusion.SUCCESS), delay);
      case failure -> CiPolicy.sequence(ciCheck, List.of(CheckConclusion.FAILURE), delay);
      case fail_then_pass -> CiPolicy.sequence(ciCheck, List.of(CheckConclusion.FAILURE, CheckConclusion.SUCCESS),
          delay);
      case pending -> CiPolicy.pending(ciCheck);
    };
  }

  private static String randomToken() {
    byte[] bytes = new byte[18];
    new SecureRandom().nextBytes(bytes);
    return "ghp_sim" + HexFormat.of().formatHex(bytes);
  }
}
