package dev.ao.sim.http;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** A response before it is written: status, headers and an already-serialized body (null for none). */
public final class HttpReply {

  private final int status;
  private final byte[] body;
  private final Map<String, String> headers = new LinkedHashMap<>();

  private HttpReply(int status, byte[] body, String contentType) {
    this.status = status;
    this.body = body;
    if (contentType != null) {
      headers.put("content-type", contentType);
    }
  }

  public static HttpReply json(int status, Object value) {
    return new HttpReply(status, Json.bytes(value), "application/json; charset=utf-8");
  }

  public static HttpReply text(int status, String text) {
    return new HttpReply(status, text.getBytes(StandardCharsets.UTF_8), "text/plain; charset=utf-8");
  }

  public static HttpReply empty(int status) {
    return new HttpReply(status, null, null);
  }

  public HttpReply header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  public int status() {
    return status;
  }

  public byte[] body() {
    return body;
  }

  public Map<String, String> headers() {
    return headers;
  }
}
