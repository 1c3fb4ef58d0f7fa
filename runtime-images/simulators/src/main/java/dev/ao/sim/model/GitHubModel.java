package dev.ao.sim.model;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The root of the simulated GitHub: accounts, tokens, repositories and a node-id index.
 *
 * <p>One lock guards the whole model. Every reader and writer goes through {@link #atomically}; the lock is
 * reentrant, so operations can nest. A single lock keeps every API response a consistent snapshot, and requests are
 * short enough that it is not the bottleneck of a 1,000-session benchmark.
 */
public final class GitHubModel {

  private final Object lock = new Object();
  private final Clock clock;
  private final Ids ids = new Ids();
  private final EventLog events;
  private final Map<String, Repo> repos = new LinkedHashMap<>();
  private final Map<String, Actor> actors = new HashMap<>();
  private final Map<String, Actor> tokens = new HashMap<>();
  private final Map<String, Object> nodes = new HashMap<>();

  public GitHubModel(Clock clock) {
    this.clock = clock;
    this.events = new EventLog(clock);
  }

  public <T> T atomically(Supplier<T> work) {
    synchronized (lock) {
      return work.get();
    }
  }

  /** Like {@link #atomically(Supplier)} for work that throws checked exceptions (request handlers). */
  public <T> T callAtomically(java.util.concurrent.Callable<T> work) throws Exception {
    synchronized (lock) {
      return work.call();
    }
  }

  public void atomically(Runnable work) {
    synchronized (lock) {
      work.run();
    }
  }

  public Instant now() {
    return clock.instant();
  }

  public Clock clock() {
    return clock;
  }

  public Ids ids() {
    return ids;
  }

  public EventLog events() {
    return events;
  }

  /** The account with this login, created on first use (so a test can name any reviewer). */
  public Actor actor(String login, boolean bot) {
    String bare = Actor.bareLogin(login);
    return atomically(() -> actors.computeIfAbsent(bare.toLowerCase(Locale.ROOT), key -> {
      long id = ids.nextDatabaseId();
      Actor actor = new Actor(id, bare, bot);
      nodes.put(Ids.nodeId(bot ? "BOT" : "U", id), actor);
      return actor;
    }));
  }

  public Optional<Actor> findActor(String login) {
    return atomically(() -> Optional.ofNullable(actors.get(Actor.bareLogin(login).toLowerCase(Locale.ROOT))));
  }

  public void addToken(String token, Actor actor) {
    atomically(() -> tokens.put(token, actor));
  }

  public Optional<Actor> actorForToken(String token) {
    return atomically(() -> Optional.ofNullable(tokens.get(token)));
  }

  public Optional<Repo> repo(String owner, String name) {
    return atomically(() -> Optional.ofNullable(repos.get(Repo.key(owner, name))));
  }

  public Collection<Repo> repos() {
    return atomically(() -> java.util.List.copyOf(repos.values()));
  }

  public void addRepo(Repo repo) {
    atomically(() -> {
      repos.put(Repo.key(repo.owner().login(), repo.name()), repo);
      nodes.put(repo.id(), repo);
    });
  }

  /** Registers an object under its GraphQL node id so mutations can find it. */
  public void index(String nodeId, Object node) {
    atomically(() -> nodes.put(nodeId, node));
  }

  public Optional<Object> node(String nodeId) {
    return atomically(() -> Optional.ofNullable(nodes.get(nodeId)));
  }

  public <T> Optional<T> node(String nodeId, Class<T> type) {
    return node(nodeId).filter(type::isInstance).map(type::cast);
  }
}
