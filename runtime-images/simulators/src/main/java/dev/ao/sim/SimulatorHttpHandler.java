package dev.ao.sim;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.ao.sim.control.ControlHttpApi;
import dev.ao.sim.git.SmartHttpGitHandler;
import dev.ao.sim.graphql.GraphQlApi;
import dev.ao.sim.http.Exchanges;
import dev.ao.sim.http.HttpReply;
import dev.ao.sim.rest.RestApi;
import java.io.IOException;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Routes each request on the simulator's one port to git, GraphQL, REST or the control API by path. */
final class SimulatorHttpHandler implements HttpHandler {

  private static final Logger LOG = Logger.getLogger(SimulatorHttpHandler.class.getName());
  private static final String REST_PREFIX = "/api/v3";
  private static final String CONTROL_PREFIX = "/_sim";

  private final SmartHttpGitHandler git;
  private final GraphQlApi graphQl;
  private final RestApi rest;
  private final ControlHttpApi control;

  SimulatorHttpHandler(SmartHttpGitHandler git, GraphQlApi graphQl, RestApi rest, ControlHttpApi control) {
    this.git = git;
    this.graphQl = graphQl;
    this.rest = rest;
    this.control = control;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    try {
      if (SmartHttpGitHandler.handles(path)) {
        git.handle(exchange);
      } else if (path.equals("/api/graphql")) {
        Exchanges.send(exchange, graphQl.handle(Exchanges.read(exchange, path)));
      } else if (path.equals(REST_PREFIX) || path.startsWith(REST_PREFIX + "/")) {
        String relative = path.substring(REST_PREFIX.length());
        Exchanges.send(exchange, rest.handle(Exchanges.read(exchange, relative.isEmpty() ? "/" : relative)));
      } else if (path.startsWith(CONTROL_PREFIX + "/")) {
        Exchanges.send(exchange, control.handle(Exchanges.read(exchange, path.substring(CONTROL_PREFIX.length()))));
      } else {
        Exchanges.send(exchange, HttpReply.json(404, Map.of("message", "Not Found")));
      }
    } catch (RuntimeException | IOException e) {
      LOG.log(Level.WARNING, "request " + exchange.getRequestMethod() + " " + path + " failed", e);
      throw e;
    } finally {
      exchange.close();
    }
  }
}
