package dev.ao.operator.metrics;

import io.quarkus.vertx.http.ManagementInterface;
import io.vertx.core.buffer.Buffer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * Serves the registry at {@code /q/metrics} on the management port (9000), next to the health
 * endpoints, so the metrics and probes never share a port with anything user-facing.
 */
@ApplicationScoped
public class MetricsEndpoint {
  public static final String PATH = "/q/metrics";

  void register(@Observes ManagementInterface management, OperatorMetrics metrics) {
    management.router().get(PATH).blockingHandler(rc -> {
      ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
      try {
        metrics.writeTo(out);
      } catch (IOException e) {
        rc.fail(e);
        return;
      }
      rc.response().putHeader("Content-Type", OperatorMetrics.CONTENT_TYPE).end(Buffer.buffer(out.toByteArray()));
    });
  }
}
