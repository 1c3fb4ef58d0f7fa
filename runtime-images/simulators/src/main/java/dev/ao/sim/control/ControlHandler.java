package dev.ao.sim.control;

import dev.ao.sim.http.HttpCall;

/** One {@code /_sim} endpoint: returns the JSON body of a 200 answer. */
@FunctionalInterface
interface ControlHandler {

  Object handle(HttpCall call) throws Exception;
}
