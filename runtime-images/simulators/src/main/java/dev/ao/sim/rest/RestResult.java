package dev.ao.sim.rest;

import java.util.LinkedHashMap;
import java.util.Map;

/** What a REST endpoint returns before the pipeline adds ETags and rate-limit headers. */
public record RestResult(int status, Object body, Map<String, String> headers) {

  public static RestResult ok(Object body) {
    return new RestResult(200, body, new LinkedHashMap<>());
  }

  public static RestResult created(Object body) {
    return new RestResult(201, body, new LinkedHashMap<>());
  }

  public static RestResult of(int status, Object body) {
    return new RestResult(status, body, new LinkedHashMap<>());
  }

  public RestResult header(String name, String value) {
    headers.put(name, value);
    return this;
  }
}
