package dev.ao.runner.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ao.runner.activity.Activity;
import dev.ao.runner.delivery.DeliveryResult;
import dev.ao.runner.session.RunnerStatus;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunnerApiTest {
  @Test
  void status_body_has_the_contract_fields() throws Exception {
    Instant t = Instant.parse("2026-11-24T12:00:00Z");
    String json = Exchanges.JSON.writeValueAsString(
        RunnerApi.statusBody(new RunnerStatus(false, Activity.Exited, t, t.minusSeconds(60), 3, 7)));
    assertThat(json).isEqualTo("{\"alive\":false,\"activity\":\"Exited\",\"lastOutputAt\":\"2026-11-24T12:00:00Z\","
        + "\"startedAt\":\"2026-11-24T11:59:00Z\",\"exitCode\":3,\"deliveredMessages\":7}");
  }

  @Test
  void message_outcomes_map_to_the_contract_status_codes_and_bodies() {
    Instant t = Instant.parse("2026-11-24T12:00:00Z");
    DeliveryResult ok = new DeliveryResult("m1", DeliveryResult.Status.Delivered, t, null, 1);
    DeliveryResult lost = new DeliveryResult("m2", DeliveryResult.Status.Unconfirmed, null, "stayed in input", 4);
    DeliveryResult gone = new DeliveryResult("m3", DeliveryResult.Status.AgentExited, null, "the agent has exited", 0);

    assertThat(MessageEndpoint.statusCode(ok)).isEqualTo(200);
    assertThat(MessageEndpoint.statusCode(lost)).isEqualTo(504);
    assertThat(MessageEndpoint.statusCode(gone)).isEqualTo(409);
    assertThat(MessageEndpoint.body(ok, true)).isEqualTo(Map.of(
        "id", "m1", "status", "Delivered", "deliveredAt", "2026-11-24T12:00:00Z", "duplicate", true));
    assertThat(MessageEndpoint.body(lost, false)).isEqualTo(Map.of(
        "id", "m2", "status", "Unconfirmed", "error", "stayed in input"));
  }

  @Test
  void output_tail_length_is_bounded() {
    assertThat(RunnerApi.tailLines(URI.create("/v1/output"))).isEqualTo(100);
    assertThat(RunnerApi.tailLines(URI.create("/v1/output?lines=20"))).isEqualTo(20);
    assertThat(RunnerApi.tailLines(URI.create("/v1/output?lines=999999"))).isEqualTo(10_000);
    assertThat(RunnerApi.tailLines(URI.create("/v1/output?lines=0"))).isEqualTo(1);
    assertThat(RunnerApi.tailLines(URI.create("/v1/output?lines=abc"))).isEqualTo(100);
  }
}
