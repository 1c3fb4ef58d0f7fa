package dev.ao.sim.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** {@code sha256=<hex hmac>} signatures over a request body, as GitHub's {@code X-Hub-Signature-256} defines them. */
public final class HmacSignatures {

  private static final String PREFIX = "sha256=";

  private HmacSignatures() {}

  public static String sign(String secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return PREFIX + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is always available", e);
    }
  }

  /** Constant-time check of a header value against the body's signature; false for a missing header. */
  public static boolean verify(String headerValue, String secret, byte[] body) {
    if (headerValue == null) {
      return false;
    }
    byte[] expected = sign(secret, body).getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(expected, headerValue.strip().getBytes(StandardCharsets.UTF_8));
  }
}
