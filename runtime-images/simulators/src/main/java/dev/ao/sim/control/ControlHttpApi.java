package dev.ao.sim.control;

import dev.ao.sim.http.BadRequestException;
import dev.ao.sim.http.HttpCall;
import dev.ao.sim.http.HttpReply;
import dev.ao.sim.http.Router;
import dev.ao.sim.ops.OperationException;
import java.util.Map;
import java.util.Optional;

/**
 * The control API over HTTP under {@code /_sim}, for out-of-process users (the demo, a benchmark driver, a human
 * with curl). It mirrors {@link SimulatorControl}. Unauthenticated, uncounted and never faulted: the simulator
 * binds to 127.0.0.1 only.
 */
public final class ControlHttpApi {

  private final Router<ControlHandler> router = new Router<>();

  public ControlHttpApi(SimulatorControl control) {
    new WorldRoutes(control).register(router);
    new LimitRoutes(control).register(router);
  }

  /** @param call a request whose path is relative to {@code /_sim} */
  public HttpReply handle(HttpCall call) {
    Optional<Router.Match<ControlHandler>> match = router.match(call.method(), call.path());
    if (match.isEmpty()) {
      return HttpReply.json(404, Map.of("message", "No control endpoint " + call.method() + " " + call.path()));
    }
    match.get().bind(call);
    try {
      Object body = match.get().handler().handle(call);
      return HttpReply.json(200, body == null ? Map.of() : body);
    } catch (OperationException e) {
      int status = switch (e.kind()) {
        case NOT_FOUND -> 404;
        case VALIDATION -> 422;
        case NOT_MERGEABLE -> 405;
        case CONFLICT -> 409;
        case FORBIDDEN -> 403;
      };
      return HttpReply.json(status, Map.of("message", e.detail()));
    } catch (BadRequestException | IllegalArgumentException e) {
      return HttpReply.json(400, Map.of("message", String.valueOf(e.getMessage())));
    } catch (Exception e) {
      return HttpReply.json(500, Map.of("message", e.toString()));
    }
  }
}
