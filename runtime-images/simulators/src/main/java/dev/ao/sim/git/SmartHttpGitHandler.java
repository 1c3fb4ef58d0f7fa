package dev.ao.sim.git;

import com.sun.net.httpserver.HttpExchange;
import dev.ao.sim.api.Credentials;
import dev.ao.sim.api.RequestStats;
import dev.ao.sim.model.Actor;
import dev.ao.sim.model.GitHubModel;
import dev.ao.sim.model.Repo;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.PacketLineOut;
import org.eclipse.jgit.transport.ReceiveCommand;
import org.eclipse.jgit.transport.ReceivePack;
import org.eclipse.jgit.transport.RefAdvertiser;
import org.eclipse.jgit.transport.UploadPack;

/**
 * Git's smart HTTP protocol (v0, stateless RPC) at {@code /{owner}/{repo}.git/...}: {@code info/refs} advertisement,
 * {@code git-upload-pack} for clone and fetch, {@code git-receive-pack} for push. Clients that ask for protocol v2
 * get a v0 answer, which every git client accepts.
 *
 * <p>Access follows GitHub: a token (as the Basic password) identifies the account; a wrong token is 401; pushing
 * needs a token; reading without one works only for repositories that allow anonymous reads; an unknown repository
 * is 404.
 */
public final class SmartHttpGitHandler {

  /** Told about every successful push, after the refs moved. */
  @FunctionalInterface
  public interface PushListener {
    void onPush(Repo repo, Actor pusher, List<RefChange> changes);
  }

  private static final Logger LOG = Logger.getLogger(SmartHttpGitHandler.class.getName());
  private static final Pattern PATH =
      Pattern.compile("^/([^/]+)/([^/]+?)\\.git/(info/refs|git-upload-pack|git-receive-pack)$");
  private static final String UPLOAD = "git-upload-pack";
  private static final String RECEIVE = "git-receive-pack";

  private final GitHubModel model;
  private final GitRepositories repositories;
  private final PushListener pushListener;
  private final RequestStats stats;

  public SmartHttpGitHandler(
      GitHubModel model, GitRepositories repositories, PushListener pushListener, RequestStats stats) {
    this.model = model;
    this.repositories = repositories;
    this.pushListener = pushListener;
    this.stats = stats;
  }

  /** Whether a path belongs to the git server rather than the APIs. */
  public static boolean handles(String path) {
    return path.contains(".git/");
  }

  public void handle(HttpExchange exchange) throws IOException {
    stats.gitRequest();
    Matcher m = PATH.matcher(exchange.getRequestURI().getPath());
    if (!m.matches()) {
      sendText(exchange, 404, "Not Found");
      return;
    }
    String service = m.group(3).equals("info/refs") ? serviceParam(exchange) : m.group(3);
    if (!UPLOAD.equals(service) && !RECEIVE.equals(service)) {
      sendText(exchange, 403, "Dumb HTTP git is not supported; use a smart client");
      return;
    }
    Optional<String> token = Credentials.token(exchange.getRequestHeaders().getFirst("Authorization"));
    Optional<Actor> actor = token.flatMap(model::actorForToken);
    if (token.isPresent() && actor.isEmpty()) {
      challenge(exchange, "Invalid username or token. Password authentication is not supported for Git operations.");
      return;
    }
    Optional<Repo> repo = model.repo(m.group(1), m.group(2));
    if (repo.isEmpty()) {
      sendText(exchange, 404, "Repository not found.");
      return;
    }
    boolean write = RECEIVE.equals(service);
    if (actor.isEmpty() && (write || !repo.get().anonymousRead())) {
      challenge(exchange, "Authentication required");
      return;
    }
    Repository git = repositories.open(repo.get().owner().login(), repo.get().name());
    if (m.group(3).equals("info/refs")) {
      advertise(exchange, git, service);
    } else if (write) {
      receive(exchange, git, repo.get(), actor.get());
    } else {
      upload(exchange, git);
    }
  }

  private static String serviceParam(HttpExchange exchange) {
    String query = exchange.getRequestURI().getQuery();
    if (query == null) {
      return null;
    }
    for (String pair : query.split("&")) {
      if (pair.startsWith("service=")) {
        return pair.substring("service=".length());
      }
    }
    return null;
  }

  private static void advertise(HttpExchange exchange, Repository git, String service) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "application/x-" + service + "-advertisement");
    exchange.getResponseHeaders().set("Cache-Control", "no-cache");
    exchange.sendResponseHeaders(200, 0);
    try (OutputStream out = exchange.getResponseBody()) {
      PacketLineOut packets = new PacketLineOut(out);
      packets.writeString("# service=" + service + "\n");
      packets.end();
      RefAdvertiser.PacketLineOutRefAdvertiser advertiser = new RefAdvertiser.PacketLineOutRefAdvertiser(packets);
      if (UPLOAD.equals(service)) {
        UploadPack pack = new UploadPack(git);
        pack.setBiDirectionalPipe(false);
        pack.sendAdvertisedRefs(advertiser);
      } else {
        ReceivePack pack = new ReceivePack(git);
        pack.setBiDirectionalPipe(false);
        pack.sendAdvertisedRefs(advertiser);
      }
    }
  }

  private static void upload(HttpExchange exchange, Repository git) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "application/x-git-upload-pack-result");
    exchange.getResponseHeaders().set("Cache-Control", "no-cache");
    exchange.sendResponseHeaders(200, 0);
    try (InputStream in = requestBody(exchange); OutputStream out = exchange.getResponseBody()) {
      UploadPack pack = new UploadPack(git);
      pack.setBiDirectionalPipe(false);
      pack.upload(in, out, null);
    } catch (IOException e) {
      LOG.log(Level.FINE, "upload-pack ended early", e);
    }
  }

  private void receive(HttpExchange exchange, Repository git, Repo repo, Actor pusher) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "application/x-git-receive-pack-result");
    exchange.getResponseHeaders().set("Cache-Control", "no-cache");
    exchange.sendResponseHeaders(200, 0);
    List<RefChange> changes = new ArrayList<>();
    try (InputStream in = requestBody(exchange); OutputStream out = exchange.getResponseBody()) {
      ReceivePack pack = new ReceivePack(git);
      pack.setBiDirectionalPipe(false);
      pack.setRefLogIdent(new org.eclipse.jgit.lib.PersonIdent(pusher.login(), pusher.login() + "@users.noreply"));
      pack.setPostReceiveHook((rp, commands) -> {
        for (ReceiveCommand command : commands) {
          if (command.getResult() == ReceiveCommand.Result.OK) {
            changes.add(toChange(command));
          }
        }
      });
      pack.receive(in, out, null);
      // Before the response ends: git returns from `push` only when it does, so whoever pushed then sees a model
      // that already knows the new head (PR head SHA, CI check runs).
      if (!changes.isEmpty()) {
        pushListener.onPush(repo, pusher, changes);
      }
    }
  }

  private static RefChange toChange(ReceiveCommand command) {
    String oldSha = command.getType() == ReceiveCommand.Type.CREATE ? null : command.getOldId().name();
    String newSha = command.getType() == ReceiveCommand.Type.DELETE ? null : command.getNewId().name();
    return new RefChange(command.getRefName(), oldSha, newSha);
  }

  /** git compresses large fetch negotiations with gzip. */
  private static InputStream requestBody(HttpExchange exchange) throws IOException {
    InputStream in = exchange.getRequestBody();
    String encoding = exchange.getRequestHeaders().getFirst("Content-Encoding");
    return encoding != null && encoding.contains("gzip") ? new GZIPInputStream(in) : in;
  }

  private static void challenge(HttpExchange exchange, String message) throws IOException {
    exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"GitHub\"");
    sendText(exchange, 401, message);
  }

  private static void sendText(HttpExchange exchange, int status, String text) throws IOException {
    byte[] body = (text + "\n").getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
