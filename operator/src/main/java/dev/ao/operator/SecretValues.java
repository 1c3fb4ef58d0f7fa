package dev.ao.operator;

import dev.ao.operator.scm.TokenSource;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads values of user Secrets the Project references (SCM token, Slack URL, HMAC key) by name,
 * caching each for a minute so rotating a Secret takes effect without a restart. Values never
 * leave this class except to the client that needs them.
 */
public class SecretValues implements TokenSource {
  private static final Duration TTL = Duration.ofSeconds(60);
  private final KubernetesClient client;
  private final Clock clock;
  private final Map<String, Entry> cache = new ConcurrentHashMap<>();

  private record Entry(Secret secret, Instant fetchedAt) {}

  public SecretValues(KubernetesClient client, Clock clock) {
    this.client = client;
    this.clock = clock;
  }

  @Override
  public String token(String namespace, String secretName, String key) {
    if (secretName == null) {
      return null;
    }
    String cacheKey = namespace + "/" + secretName;
    Entry e = cache.get(cacheKey);
    if (e == null || Duration.between(e.fetchedAt(), clock.instant()).compareTo(TTL) > 0) {
      e = new Entry(client.secrets().inNamespace(namespace).withName(secretName).get(), clock.instant());
      cache.put(cacheKey, e);
    }
    Secret s = e.secret();
    if (s == null) {
      return null;
    }
    if (s.getData() != null && s.getData().containsKey(key)) {
      return new String(Base64.getDecoder().decode(s.getData().get(key)), StandardCharsets.UTF_8).strip();
    }
    return s.getStringData() == null ? null : s.getStringData().get(key);
  }
}
