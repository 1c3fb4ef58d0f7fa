package dev.ao.local.executor;

import io.fabric8.kubernetes.api.model.Secret;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Secret's values as the kubelet sees them. A real API server folds {@code stringData} into
 * {@code data} on write; the embedded one keeps them apart, so both are read here.
 */
final class SecretData {
  private SecretData() {}

  static Map<String, byte[]> of(Secret s) {
    Map<String, byte[]> values = new LinkedHashMap<>();
    if (s == null) {
      return values;
    }
    if (s.getData() != null) {
      s.getData().forEach((k, v) -> values.put(k, Base64.getDecoder().decode(v)));
    }
    if (s.getStringData() != null) {
      s.getStringData().forEach((k, v) -> values.put(k, v.getBytes(StandardCharsets.UTF_8)));
    }
    return values;
  }
}
