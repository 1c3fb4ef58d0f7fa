package dev.ao.sim;

import com.sun.net.httpserver.HttpServer;
import dev.ao.sim.api.FaultInjector;
import dev.ao.sim.api.RateLimits;
import dev.ao.sim.api.RequestStats;
import dev.ao.sim.control.ControlHttpApi;
import dev.ao.sim.control.SimulatorControl;
import dev.ao.sim.git.GitRepositories;
import dev.ao.sim.git.SmartHttpGitHandler;
import dev.ao.sim.graphql.GraphQlApi;
import dev.ao.sim.http.SimUrls;
import dev.ao.sim.model.GitHubModel;
import dev.ao.sim.ops.GitHubBackend;
import dev.ao.sim.ops.Operations;
import dev.ao.sim.rest.RestApi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A GitHub-compatible server on one local port: git smart HTTP at {@code /{owner}/{repo}.git}, REST at
 * {@code /api/v3} and GraphQL at {@code /api/graphql} (GitHub Enterprise paths, so a client's configurable API base
 * URL is all that changes), and the control API at {@code /_sim}. Backed by real bare git repositories: a push
 * moves PR heads, a merge is a real commit on the base branch.
 *
 * <pre>{@code
 * try (GitHubSimulator github = GitHubSimulator.start()) {
 *   github.control().addToken("t0k3n", "alice");
 *   github.control().createRepo(RepoSpec.of("acme", "webapp"));
 *   // clone github.cloneUrl("acme", "webapp") with user "x-access-token", password "t0k3n"
 * }
 * }</pre>
 */
public final class GitHubSimulator implements AutoCloseable {

  /** Enough for a 1,000-session benchmark's concurrent pollers plus git transfers. */
  private static final int THREADS = 32;

  private final HttpServer server;
  private final ExecutorService executor;
  private final GitRepositories repositories;
  private final GitHubBackend backend;
  private final SimulatorControl control;
  private final SimUrls urls;
  private final Path dataDir;
  private final boolean ownsDataDir;

  private GitHubSimulator(SimulatorOptions options) throws IOException {
    this.ownsDataDir = options.dataDir() == null;
    this.dataDir = ownsDataDir ? Files.createTempDirectory("ao-github-sim") : options.dataDir();
    Files.createDirectories(dataDir);
    this.server = HttpServer.create(new InetSocketAddress(options.host(), options.port()), 256);
    this.urls = new SimUrls("http://" + options.host() + ":" + server.getAddress().getPort());
    GitHubModel model = new GitHubModel(options.clock());
    this.repositories = new GitRepositories(dataDir);
    this.backend = new GitHubBackend(model, repositories);
    Operations ops = Operations.wire(backend);
    RateLimits rateLimits = new RateLimits(options.clock());
    FaultInjector faults = new FaultInjector();
    RequestStats stats = new RequestStats();
    this.control = new SimulatorControl(ops, rateLimits, faults, stats);
    for (String[] existing : repositories.existing()) {
      ops.repos().adoptExisting(existing[0], existing[1]);
    }
    SmartHttpGitHandler git = new SmartHttpGitHandler(
        model, repositories, (repo, pusher, changes) -> ops.pushes().onRefsChanged(repo, pusher, changes), stats);
    server.createContext("/", new SimulatorHttpHandler(git,
        new GraphQlApi(ops, urls, rateLimits, faults, stats),
        new RestApi(ops, urls, rateLimits, faults, stats),
        new ControlHttpApi(control)));
    AtomicInteger threadCount = new AtomicInteger();
    this.executor = Executors.newFixedThreadPool(THREADS, r -> {
      Thread thread = new Thread(r, "github-sim-" + threadCount.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    server.setExecutor(executor);
    server.start();
  }

  /** Starts on 127.0.0.1, an ephemeral port, with a temporary data directory. */
  public static GitHubSimulator start() {
    return start(SimulatorOptions.defaults());
  }

  public static GitHubSimulator start(SimulatorOptions options) {
    try {
      return new GitHubSimulator(options);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the GitHub simulator", e);
    }
  }

  public SimulatorControl control() {
    return control;
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** {@code http://127.0.0.1:<port>}: the "GitHub host" (web URLs and git). */
  public String baseUrl() {
    return urls.base();
  }

  /** The REST base URL to configure in a client: {@code http://127.0.0.1:<port>/api/v3}. */
  public String apiUrl() {
    return urls.api();
  }

  /** {@code http://127.0.0.1:<port>/api/graphql}. */
  public String graphqlUrl() {
    return urls.graphql();
  }

  /** {@code http://127.0.0.1:<port>/<owner>/<name>.git}. */
  public String cloneUrl(String owner, String name) {
    return urls.cloneUrl(owner + "/" + name);
  }

  public Path dataDir() {
    return dataDir;
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
    backend.close();
    repositories.close();
    if (ownsDataDir) {
      deleteRecursively(dataDir);
    }
  }

  private static void deleteRecursively(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // A leftover temporary directory is harmless; the OS cleans temp eventually.
    }
  }
}
