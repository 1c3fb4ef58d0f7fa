package dev.ao.sim.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

/** Reading and writing {@link HttpExchange}s. */
public final class Exchanges {

  private Exchanges() {}

  /** Reads the whole request into an {@link HttpCall}; {@code path} is the path relative to the API's mount point. */
  public static HttpCall read(HttpExchange exchange, String path) throws IOException {
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readAllBytes();
    }
    return new HttpCall(
        exchange.getRequestMethod(), path, exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders(), body);
  }

  public static void send(HttpExchange exchange, HttpReply reply) throws IOException {
    for (Map.Entry<String, String> header : reply.headers().entrySet()) {
      exchange.getResponseHeaders().set(header.getKey(), header.getValue());
    }
    byte[] body = reply.body();
    boolean noBody = body == null || body.length == 0 || reply.status() == 304 || reply.status() == 204;
    exchange.sendResponseHeaders(reply.status(), noBody ? -1 : body.length);
    if (!noBody) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
    exchange.close();
  }
}
