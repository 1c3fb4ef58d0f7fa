package dev.ao.e2e;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The node e2e/node/node.sh started: its admin kubeconfig and the bridge address at which pods reach
 * the host. Read from the environment that {@code source DIR/env} sets, so the tests run against
 * exactly the node the tier script made.
 */
final class RealNode {
  private static RealNode instance;

  final Path kubeconfig;
  /** Pods reach services bound to this host address (the node's bridge); the GitHub simulator listens here. */
  final String gateway;
  final Path repoRoot;
  final KubernetesClient admin;

  private RealNode(Path kubeconfig, String gateway, Path repoRoot) {
    this.kubeconfig = kubeconfig;
    this.gateway = gateway;
    this.repoRoot = repoRoot;
    this.admin = new KubernetesClientBuilder().withConfig(config(kubeconfig)).build();
  }

  static synchronized RealNode get() {
    if (instance == null) {
      String kubeconfig = require("KUBECONFIG");
      String gateway = require("AO_NODE_GATEWAY");
      Path root = Path.of(System.getProperty("ao.repo.root", "..")).toAbsolutePath().normalize();
      instance = new RealNode(Path.of(kubeconfig), gateway, root);
    }
    return instance;
  }

  private static String require(String name) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(name + " is not set: the real-node tests run against a node that "
          + "e2e/node/node.sh started; run them with e2e/run-node-tier.sh (or `source DIR/env` first)");
    }
    return value;
  }

  static Config config(Path kubeconfig) {
    try {
      Config config = Config.fromKubeconfig(Files.readString(kubeconfig));
      config.setRequestTimeout(30_000);
      return config;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
