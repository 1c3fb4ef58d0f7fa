package dev.ao.sim.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.Headers;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** A request as the simulators' handlers see it: method, routed path parameters, query, headers and body. */
public final class HttpCall {

  private final String method;
  private final String path;
  private final Map<String, String> query;
  private final Headers headers;
  private final byte[] body;
  private Map<String, String> pathParams = Map.of();
  private JsonNode json;

  public HttpCall(String method, String path, String rawQuery, Headers headers, byte[] body) {
    this.method = method;
    this.path = path;
    this.query = parseQuery(rawQuery);
    this.headers = headers;
    this.body = body;
  }

  public String method() {
    return method;
  }

  public String path() {
    return path;
  }

  public String header(String name) {
    return headers.getFirst(name);
  }

  public Headers headers() {
    return headers;
  }

  public byte[] body() {
    return body;
  }

  public JsonNode json() throws BadRequestException {
    if (json == null) {
      json = Json.read(body);
    }
    return json;
  }

  public String query(String name) {
    return query.get(name);
  }

  public String query(String name, String fallback) {
    return query.getOrDefault(name, fallback);
  }

  public int queryInt(String name, int fallback) throws BadRequestException {
    String value = query.get(name);
    if (value == null || value.isEmpty()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new BadRequestException("Invalid value for " + name + ": " + value);
    }
  }

  public Map<String, String> queryParams() {
    return query;
  }

  public String param(String name) {
    return pathParams.get(name);
  }

  public int intParam(String name) throws BadRequestException {
    try {
      return Integer.parseInt(pathParams.get(name));
    } catch (NumberFormatException e) {
      throw new BadRequestException("Invalid " + name + ": " + pathParams.get(name));
    }
  }

  public long longParam(String name) throws BadRequestException {
    try {
      return Long.parseLong(pathParams.get(name));
    } catch (NumberFormatException e) {
      throw new BadRequestException("Invalid " + name + ": " + pathParams.get(name));
    }
  }

  void setPathParams(Map<String, String> params) {
    this.pathParams = Map.copyOf(params);
  }

  private static Map<String, String> parseQuery(String rawQuery) {
    Map<String, String> result = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return result;
    }
    for (String pair : rawQuery.split("&")) {
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      result.putIfAbsent(
          URLDecoder.decode(key, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
    return result;
  }
}
