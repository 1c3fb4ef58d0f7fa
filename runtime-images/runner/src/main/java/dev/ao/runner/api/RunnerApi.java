package dev.ao.runner.api;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.ao.runner.Log;
import dev.ao.runner.delivery.MessageDispatcher;
import dev.ao.runner.session.RunnerStatus;
import dev.ao.runner.session.StatusReporter;
import dev.ao.runner.tmux.Tmux;
import dev.ao.runner.tmux.TmuxException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The runner's HTTP API for the operator. One handler for every path so that authentication is
 * checked before anything else — an unauthenticated caller cannot even learn which paths exist.
 */
public final class RunnerApi implements AutoCloseable {
  static final int DEFAULT_TAIL = 100;
  static final int MAX_TAIL = 10_000;

  private final HttpServer server;
  private final ExecutorService threads;
  private final BearerToken token;
  private final StatusReporter status;
  private final MessageEndpoint messages;
  private final Tmux tmux;

  private RunnerApi(HttpServer server, BearerToken token, StatusReporter status, MessageDispatcher dispatcher, Tmux tmux) {
    this.server = server;
    this.token = token;
    this.status = status;
    this.messages = new MessageEndpoint(dispatcher);
    this.tmux = tmux;
    // Message calls block until delivered; status must stay answerable meanwhile.
    this.threads = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "runner-api");
      t.setDaemon(true);
      return t;
    });
  }

  public static RunnerApi start(
      String bind, int port, BearerToken token, StatusReporter status, MessageDispatcher dispatcher, Tmux tmux)
      throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(bind, port), 64);
    RunnerApi api = new RunnerApi(server, token, status, dispatcher, tmux);
    server.createContext("/", api::handle);
    server.setExecutor(api.threads);
    server.start();
    return api;
  }

  public int port() {
    return server.getAddress().getPort();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try {
      if (!token.accepts(exchange.getRequestHeaders().getFirst("Authorization"))) {
        exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer");
        Exchanges.error(exchange, 401, "unauthorized");
        return;
      }
      route(exchange, exchange.getRequestMethod(), exchange.getRequestURI().getPath());
    } catch (RuntimeException e) {
      Log.warn("API " + exchange.getRequestURI().getPath() + " failed: " + e);
      Exchanges.error(exchange, 500, "internal error: " + e.getMessage());
    } finally {
      exchange.close();
    }
  }

  private void route(HttpExchange exchange, String method, String path) throws IOException {
    switch (path) {
      case "/healthz" -> {
        if (allow(exchange, "GET")) {
          Exchanges.json(exchange, 200, Map.of("status", "ok"));
        }
      }
      case "/v1/status" -> {
        if (allow(exchange, "GET")) {
          Exchanges.json(exchange, 200, statusBody(status.status()));
        }
      }
      case "/v1/messages" -> {
        if (allow(exchange, "POST")) {
          messages.handle(exchange);
        }
      }
      case "/v1/output" -> {
        if (allow(exchange, "GET")) {
          output(exchange);
        }
      }
      default -> Exchanges.error(exchange, 404, "no such endpoint: " + method + " " + path);
    }
  }

  private static boolean allow(HttpExchange exchange, String method) throws IOException {
    if (method.equals(exchange.getRequestMethod())) {
      return true;
    }
    exchange.getResponseHeaders().set("Allow", method);
    Exchanges.error(exchange, 405, "use " + method);
    return false;
  }

  private void output(HttpExchange exchange) throws IOException {
    int lines = tailLines(exchange.getRequestURI());
    try {
      Exchanges.text(exchange, 200, String.join("\n", tmux.tail(lines)) + "\n");
    } catch (TmuxException e) {
      Exchanges.error(exchange, 503, "terminal not available: " + e.getMessage());
    }
  }

  static int tailLines(URI uri) {
    String query = uri.getRawQuery();
    if (query != null) {
      for (String pair : query.split("&")) {
        if (pair.startsWith("lines=")) {
          try {
            return Math.max(1, Math.min(MAX_TAIL, Integer.parseInt(pair.substring(6))));
          } catch (NumberFormatException e) {
            return DEFAULT_TAIL;
          }
        }
      }
    }
    return DEFAULT_TAIL;
  }

  static Map<String, Object> statusBody(RunnerStatus s) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("alive", s.alive());
    body.put("activity", s.activity().name());
    body.put("lastOutputAt", s.lastOutputAt().toString());
    body.put("startedAt", s.startedAt().toString());
    body.put("exitCode", s.exitCode());
    body.put("deliveredMessages", s.deliveredMessages());
    return body;
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
