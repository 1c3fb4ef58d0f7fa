package dev.ao.runner.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPInputStream;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.PacketLineOut;
import org.eclipse.jgit.transport.ReceivePack;
import org.eclipse.jgit.transport.RefAdvertiser.PacketLineOutRefAdvertiser;
import org.eclipse.jgit.transport.UploadPack;

/**
 * A real git server speaking the smart HTTP protocol (what GitHub serves), built from JGit's
 * UploadPack/ReceivePack on the JDK's HTTP server. Bare repositories live under {@code root} as
 * {@code <name>.git}; every request needs HTTP Basic auth with the configured user and token.
 */
public final class GitHttpServer implements AutoCloseable {
  private final Path root;
  private final String expectedAuth;
  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();

  public GitHttpServer(Path root, String user, String token) throws IOException {
    this.root = root;
    this.expectedAuth = "Basic " + Base64.getEncoder()
        .encodeToString((user + ":" + token).getBytes(StandardCharsets.UTF_8));
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
    server.createContext("/", this::handle);
    server.setExecutor(threads);
    server.start();
  }

  public String url(String repo) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + repo + ".git";
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!expectedAuth.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
        exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"git\"");
        exchange.sendResponseHeaders(401, -1);
        return;
      }
      String path = exchange.getRequestURI().getPath();
      int service = path.indexOf(".git/");
      Path dir = service < 0 ? null : root.resolve(path.substring(1, service + 4));
      if (dir == null || !Files.isDirectory(dir)) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      try (Repository repo = new FileRepositoryBuilder().setGitDir(dir.toFile()).setMustExist(true).build()) {
        serve(exchange, repo, path.substring(service + 5));
      }
    }
  }

  private static void serve(HttpExchange exchange, Repository repo, String action) throws IOException {
    String query = exchange.getRequestURI().getQuery();
    if (action.equals("info/refs") && query != null && query.startsWith("service=")) {
      String service = query.substring("service=".length());
      exchange.getResponseHeaders().set("Content-Type", "application/x-" + service + "-advertisement");
      exchange.getResponseHeaders().set("Cache-Control", "no-cache");
      exchange.sendResponseHeaders(200, 0);
      try (OutputStream out = exchange.getResponseBody()) {
        PacketLineOut packets = new PacketLineOut(out);
        packets.writeString("# service=" + service + "\n");
        packets.end();
        PacketLineOutRefAdvertiser advertiser = new PacketLineOutRefAdvertiser(packets);
        if (service.equals("git-upload-pack")) {
          statelessUploadPack(repo).sendAdvertisedRefs(advertiser);
        } else {
          statelessReceivePack(repo).sendAdvertisedRefs(advertiser);
        }
      }
      return;
    }
    if (action.equals("git-upload-pack") || action.equals("git-receive-pack")) {
      exchange.getResponseHeaders().set("Content-Type", "application/x-" + action + "-result");
      exchange.sendResponseHeaders(200, 0);
      try (InputStream in = requestBody(exchange); OutputStream out = exchange.getResponseBody()) {
        if (action.equals("git-upload-pack")) {
          statelessUploadPack(repo).upload(in, out, null);
        } else {
          statelessReceivePack(repo).receive(in, out, null);
        }
      }
      return;
    }
    exchange.sendResponseHeaders(404, -1);
  }

  private static UploadPack statelessUploadPack(Repository repo) {
    UploadPack pack = new UploadPack(repo);
    pack.setBiDirectionalPipe(false);
    return pack;
  }

  private static ReceivePack statelessReceivePack(Repository repo) {
    ReceivePack pack = new ReceivePack(repo);
    pack.setBiDirectionalPipe(false);
    return pack;
  }

  private static InputStream requestBody(HttpExchange exchange) throws IOException {
    InputStream body = exchange.getRequestBody();
    return "gzip".equals(exchange.getRequestHeaders().getFirst("Content-Encoding")) ? new GZIPInputStream(body) : body;
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
