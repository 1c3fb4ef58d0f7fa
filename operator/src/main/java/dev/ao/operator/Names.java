package dev.ao.operator;

import dev.ao.api.ApiGroup;
import dev.ao.api.v1alpha1.session.Session;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/** Every name and label the operator derives for a Session's objects, in one place. */
public final class Names {
  public static final String COMPONENT_WORKSPACE = "workspace";
  public static final String COMPONENT_RUNNER_TOKEN = "runner-token";
  public static final String COMPONENT_AGENT = "agent";
  public static final String COMPONENT_ORCHESTRATOR = "orchestrator-access";
  /** Selects exactly the objects this operator creates, so informers never cache anyone else's Pods or Secrets. */
  public static final String MANAGED_SELECTOR = ApiGroup.LABEL_MANAGED_BY + "=" + ApiGroup.MANAGED_BY;

  private static final int MAX_NAME = 63;

  private Names() {}

  public static String workspacePvc(Session s) {
    return child(s.getMetadata().getName(), "workspace");
  }

  public static String runnerSecret(Session s) {
    return child(s.getMetadata().getName(), "runner");
  }

  public static String agentPod(Session s) {
    return child(s.getMetadata().getName(), "agent");
  }

  public static String orchestratorAccount(Session s) {
    return child(s.getMetadata().getName(), "orchestrator");
  }

  /** Labels on every object owned by the Session. */
  public static Map<String, String> labels(Session s, String component) {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put(ApiGroup.LABEL_MANAGED_BY, ApiGroup.MANAGED_BY);
    labels.put(ApiGroup.LABEL_SESSION, labelValue(s.getMetadata().getName()));
    labels.put(ApiGroup.LABEL_PROJECT, labelValue(s.getSpec().project));
    labels.put(ApiGroup.LABEL_COMPONENT, component);
    return labels;
  }

  /**
   * {@code <session>-<suffix>}, kept within a DNS label: long Session names are shortened with a
   * hash so two long names never collide.
   */
  static String child(String session, String suffix) {
    String name = session + "-" + suffix;
    if (name.length() <= MAX_NAME) {
      return name;
    }
    String hash = sha1(session).substring(0, 8);
    int keep = MAX_NAME - suffix.length() - hash.length() - 2;
    return trimDashes(session.substring(0, keep)) + "-" + hash + "-" + suffix;
  }

  private static String labelValue(String v) {
    return v == null ? "" : v.length() <= MAX_NAME ? v : trimDashes(v.substring(0, 54)) + "-" + sha1(v).substring(0, 8);
  }

  private static String trimDashes(String s) {
    return s.replaceAll("[-.]+$", "");
  }

  private static String sha1(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
