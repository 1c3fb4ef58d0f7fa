package dev.ao.sim.rest;

import dev.ao.sim.http.HttpCall;
import dev.ao.sim.model.Actor;

/** One REST endpoint. */
@FunctionalInterface
public interface RestHandler {

  /**
   * @param caller the authenticated account, or null for an anonymous request
   */
  RestResult handle(HttpCall call, Actor caller) throws Exception;
}
