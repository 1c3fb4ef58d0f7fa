package dev.ao.operator.session;

import dev.ao.operator.Names;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * Desired per-Session Secret: the runner's bearer token (only the operator and the pod know it) and
 * the initial prompt (which may quote private issue text).
 */
public final class RunnerSecretFactory {
  public static final String TOKEN_KEY = "token";
  public static final String PROMPT_KEY = "prompt";

  private RunnerSecretFactory() {}

  public static Secret desired(SessionPlan plan, String token) {
    return new SecretBuilder()
        .withMetadata(OwnedObjects.metadata(plan.session(), Names.runnerSecret(plan.session()), Names.COMPONENT_RUNNER_TOKEN))
        .withType("Opaque")
        .withData(Map.of(TOKEN_KEY, b64(token), PROMPT_KEY, b64(plan.prompt())))
        .build();
  }

  private static String b64(String s) {
    return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }
}
