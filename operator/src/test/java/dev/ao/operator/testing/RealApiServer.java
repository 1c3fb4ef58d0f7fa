package dev.ao.operator.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ao.operator.chart.HelmChart;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.authentication.TokenRequestBuilder;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.dsl.NonDeletingOperation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A real Kubernetes API server for tests: etcd and kube-apiserver 1.20 as local processes on free
 * ports of 127.0.0.1, TLS with a certificate made here, a static admin token (system:masters), RBAC
 * authorization, a service-account signing key (so the TokenRequest API issues real tokens) and an
 * audit log (which requests each user made, as the authorizer saw them). The CRDs are installed from
 * the chart. Started once per test JVM and stopped with it.
 *
 * <p>No controller-manager, scheduler or kubelet: nothing is scheduled, nothing runs, nothing is
 * garbage-collected. The two admission plugins that wait for controllers are off, as their controllers
 * would be missing: ServiceAccount (a pod's account token is made by the token controller) and
 * StorageObjectInUseProtection (its finalizer is removed by the PVC protection controller).
 *
 * <p>The binaries come from {@code e2e/node/build-kubernetes.sh} ({@code $AO_NODE_CACHE/bin}, default
 * {@code ~/.cache/ao-node/bin}, or the system property {@code ao.it.kube-bin}); etcd from Debian's
 * {@code etcd-server} package.
 */
public final class RealApiServer {
  /** The operator's user: the chart's ServiceAccount. */
  public static final String OPERATOR_USER = "system:serviceaccount:" + HelmChart.NAMESPACE + ":" + HelmChart.FULLNAME;
  public static final String BUILD_COMMAND = "e2e/node/build-kubernetes.sh && apt-get install -y etcd-server";
  private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
  private static RealApiServer shared;

  private final Path dir;
  private final String url;
  private final String caPem;
  private final String adminToken;
  private final Path auditLog;
  private final Path etcdData;
  private final List<Process> processes = new ArrayList<>();
  private String operatorToken;

  /** Why this machine cannot run the real API server (binaries missing), or null when it can. */
  public static String unavailable() {
    List<String> missing = new ArrayList<>();
    // pause is the last file build-kubernetes.sh writes: while a build is under way the binaries count as missing.
    for (Path p : List.of(binDir().resolve("kube-apiserver"), binDir().resolve("pause"), etcd())) {
      if (!Files.isExecutable(p)) {
        missing.add(p.toString());
      }
    }
    if (!isExecutableOnPath("openssl")) {
      missing.add("openssl");
    }
    return missing.isEmpty() ? null : "missing " + String.join(", ", missing) + " (build with: " + BUILD_COMMAND + ")";
  }

  /** The JVM's shared real API server (the operator harness's), started on first use. */
  public static synchronized RealApiServer shared() {
    if (shared == null) {
      shared = startNew();
    }
    return shared;
  }

  /** A new real API server of its own, stopped when the JVM exits. */
  public static RealApiServer startNew() {
    String problem = unavailable();
    if (problem != null) {
      throw new IllegalStateException("The real kube-apiserver tier was asked for (-D" + TestApiServer.PROPERTY + "=real) but " + problem);
    }
    try {
      RealApiServer s = new RealApiServer();
      Runtime.getRuntime().addShutdownHook(new Thread(s::stop, "kube-apiserver-stop"));
      return s;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private RealApiServer() throws IOException {
    long t0 = System.nanoTime();
    Path target = Path.of("target");
    dir = Files.createTempDirectory(Files.isDirectory(target) ? target : Path.of(System.getProperty("java.io.tmpdir")), "kube-api-");
    Path pki = Files.createDirectories(dir.resolve("pki"));
    openssl(pki, "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout", "ca.key", "-out", "ca.crt",
        "-days", "30", "-subj", "/CN=ao-test-ca");
    openssl(pki, "req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout", "apiserver.key", "-out", "apiserver.csr",
        "-subj", "/CN=kube-apiserver");
    Files.writeString(pki.resolve("apiserver.ext"), "subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n");
    openssl(pki, "x509", "-req", "-in", "apiserver.csr", "-CA", "ca.crt", "-CAkey", "ca.key", "-CAcreateserial", "-days", "30",
        "-extfile", "apiserver.ext", "-out", "apiserver.crt");
    openssl(pki, "ecparam", "-name", "prime256v1", "-genkey", "-noout", "-out", "sa.key");
    caPem = Files.readString(pki.resolve("ca.crt"));

    byte[] random = new byte[16];
    new SecureRandom().nextBytes(random);
    adminToken = HexFormat.of().formatHex(random);
    Path tokens = dir.resolve("tokens.csv");
    Files.writeString(tokens, adminToken + ",admin,admin,\"system:masters\"\n");
    Files.writeString(dir.resolve("audit-policy.yaml"), """
        apiVersion: audit.k8s.io/v1
        kind: Policy
        omitStages: ["RequestReceived"]
        rules:
          - level: Metadata
        """);
    auditLog = dir.resolve("audit.log");

    int[] ports = freePorts(3);
    // etcd's data on tmpfs when there is one: every write fsyncs, and the disk is shared with other builds.
    Path shm = Path.of("/dev/shm");
    etcdData = Files.isDirectory(shm) && Files.isWritable(shm) ? Files.createTempDirectory(shm, "ao-etcd-") : dir.resolve("etcd");
    String etcdUrl = "http://127.0.0.1:" + ports[0];
    String peerUrl = "http://127.0.0.1:" + ports[1];
    spawn("etcd", etcd().toString(), "--data-dir", etcdData.toString(), "--listen-client-urls", etcdUrl, "--advertise-client-urls", etcdUrl,
        "--listen-peer-urls", peerUrl, "--initial-advertise-peer-urls", peerUrl, "--initial-cluster", "default=" + peerUrl,
        "--log-level", "warn");
    url = "https://127.0.0.1:" + ports[2];
    spawn("kube-apiserver", binDir().resolve("kube-apiserver").toString(),
        "--etcd-servers=" + etcdUrl,
        "--bind-address=127.0.0.1", "--secure-port=" + ports[2], "--insecure-port=0", "--advertise-address=127.0.0.1",
        "--endpoint-reconciler-type=none",
        "--tls-cert-file=" + pki.resolve("apiserver.crt"), "--tls-private-key-file=" + pki.resolve("apiserver.key"),
        "--client-ca-file=" + pki.resolve("ca.crt"), "--cert-dir=" + dir.resolve("certs"),
        "--token-auth-file=" + tokens,
        "--service-account-issuer=https://kubernetes.default.svc", "--service-account-key-file=" + pki.resolve("sa.key"),
        "--service-account-signing-key-file=" + pki.resolve("sa.key"), "--api-audiences=https://kubernetes.default.svc",
        "--service-cluster-ip-range=10.0.0.0/24", "--authorization-mode=RBAC", "--allow-privileged=true",
        "--disable-admission-plugins=ServiceAccount,StorageObjectInUseProtection",
        "--audit-policy-file=" + dir.resolve("audit-policy.yaml"), "--audit-log-path=" + auditLog, "--audit-log-maxsize=0",
        "--profiling=false", "--logtostderr=true", "--v=1");
    awaitReady();
    installCrds();
    System.err.printf("[kube-apiserver] %s ready in %d ms (logs in %s)%n", url, (System.nanoTime() - t0) / 1_000_000, dir);
  }

  public String url() {
    return url;
  }

  public String caPem() {
    return caPem;
  }

  /** The audit log: one JSON event per line, for every request (who, verb, resource, user agent, code). */
  public Path auditLog() {
    return auditLog;
  }

  /**
   * A token of the operator's identity: on first use the chart's ServiceAccount, ClusterRole(Binding)
   * and leader-election Role(Binding) are applied as Helm renders them (with the test namespaces), and
   * the TokenRequest API issues a token for the account.
   */
  public synchronized String operatorToken() {
    if (operatorToken == null) {
      try (KubernetesClient admin = adminClient()) {
        for (String ns : List.of(Fixtures.NS, HelmChart.NAMESPACE)) {
          admin.resource(new NamespaceBuilder().withNewMetadata().withName(ns).endMetadata().build()).createOr(NonDeletingOperation::update);
        }
        Set<String> kinds = Set.of("ServiceAccount", "ClusterRole", "ClusterRoleBinding", "Role", "RoleBinding");
        for (JsonNode object : HelmChart.render().objects()) {
          if (kinds.contains(object.path("kind").asText())) {
            HasMetadata typed = admin.getKubernetesSerialization().unmarshal(object.toString());
            admin.resource(typed).createOr(NonDeletingOperation::update);
          }
        }
        operatorToken = admin.serviceAccounts().inNamespace(HelmChart.NAMESPACE).withName(HelmChart.FULLNAME)
            .tokenRequest(new TokenRequestBuilder().withNewSpec().withExpirationSeconds(24 * 3600L).endSpec().build())
            .getStatus().getToken();
      }
    }
    return operatorToken;
  }

  /** A client authenticated as cluster-admin (system:masters). */
  public KubernetesClient adminClient() {
    return client(adminToken, b -> b);
  }

  /** A client authenticated with {@code token}, trusting this server's CA. */
  public KubernetesClient client(String token, UnaryOperator<ConfigBuilder> customize) {
    ConfigBuilder b = new ConfigBuilder(Config.empty())
        .withMasterUrl(url)
        .withCaCertData(Base64.getEncoder().encodeToString(caPem.getBytes(StandardCharsets.UTF_8)))
        .withOauthToken(token)
        .withNamespace("default")
        .withRequestRetryBackoffLimit(3);
    return new KubernetesClientBuilder().withConfig(customize.apply(b).build()).build();
  }

  private void installCrds() throws IOException {
    Path crds = Path.of(System.getProperty("user.dir")).resolve("../helm/agent-orchestrator/crds").normalize();
    try (KubernetesClient admin = adminClient(); Stream<Path> files = Files.list(crds)) {
      List<String> names = new ArrayList<>();
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        try (InputStream in = Files.newInputStream(file)) {
          // 1.20 knows no x-kubernetes-validations (CEL); like `kubectl apply --validate=false`, it drops them.
          CustomResourceDefinition crd = admin.getKubernetesSerialization().unmarshal(in, CustomResourceDefinition.class);
          admin.apiextensions().v1().customResourceDefinitions().resource(crd).create();
          names.add(crd.getMetadata().getName());
        }
      }
      for (String name : names) {
        admin.apiextensions().v1().customResourceDefinitions().withName(name).waitUntilCondition(
            c -> c != null && c.getStatus() != null && c.getStatus().getConditions().stream()
                .anyMatch(x -> "Established".equals(x.getType()) && "True".equals(x.getStatus())),
            30, TimeUnit.SECONDS);
      }
    }
  }

  private void awaitReady() throws IOException {
    SSLContext tls = tls();
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    String last = "no answer";
    while (Instant.now().isBefore(deadline)) {
      for (Process p : processes) {
        if (!p.isAlive()) {
          throw new IllegalStateException("a test API server process exited (code " + p.exitValue() + "); see the logs in " + dir);
        }
      }
      try {
        HttpsURLConnection c = (HttpsURLConnection) URI.create(url + "/readyz").toURL().openConnection();
        c.setSSLSocketFactory(tls.getSocketFactory());
        c.setRequestProperty("Authorization", "Bearer " + adminToken);
        c.setConnectTimeout(1000);
        c.setReadTimeout(5000);
        int code = c.getResponseCode();
        if (code == HttpURLConnection.HTTP_OK) {
          return;
        }
        last = "HTTP " + code;
      } catch (IOException e) {
        last = e.toString();
      }
      sleep(250);
    }
    throw new IllegalStateException("kube-apiserver not ready after " + START_TIMEOUT.toSeconds() + " s (" + last + "); see the logs in " + dir);
  }

  private SSLContext tls() {
    try {
      KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
      trust.load(null, null);
      trust.setCertificateEntry("ca", CertificateFactory.getInstance("X.509")
          .generateCertificate(new ByteArrayInputStream(caPem.getBytes(StandardCharsets.UTF_8))));
      TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(trust);
      SSLContext ctx = SSLContext.getInstance("TLS");
      ctx.init(null, tmf.getTrustManagers(), null);
      return ctx;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Starts a process that cannot outlive this JVM: a shell watchdog ends it when the JVM is gone (a
   * killed test run leaves no etcd or API server behind) or when the watchdog itself is told to stop.
   */
  private void spawn(String name, String... command) throws IOException {
    List<String> cmd = new ArrayList<>(List.of("bash", "-c",
        "jvm=$1; shift; \"$@\" & c=$!; trap 'kill $c 2>/dev/null; wait $c; exit 0' TERM INT; "
            + "while kill -0 $jvm 2>/dev/null && kill -0 $c 2>/dev/null; do sleep 1; done; kill $c 2>/dev/null; wait $c",
        "watchdog", Long.toString(ProcessHandle.current().pid())));
    cmd.addAll(List.of(command));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile()).start();
    processes.add(p);
  }

  /** Stops etcd and the API server (also done when the JVM exits). */
  synchronized void stop() {
    for (int i = processes.size() - 1; i >= 0; i--) {
      Process p = processes.get(i);
      p.destroy();
      try {
        if (!p.waitFor(10, TimeUnit.SECONDS)) {
          p.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (etcdData.startsWith("/dev/shm")) {
      try (Stream<Path> files = Files.walk(etcdData)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      } catch (IOException e) {
        // best effort: tmpfs is cleared at boot anyway
      }
    }
  }

  private static void openssl(Path dir, String... args) throws IOException {
    List<String> cmd = new ArrayList<>(List.of("openssl"));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      if (p.waitFor() != 0) {
        throw new IllegalStateException("openssl " + String.join(" ", args) + " failed: " + out);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static int[] freePorts(int n) throws IOException {
    List<ServerSocket> sockets = new ArrayList<>();
    try {
      int[] ports = new int[n];
      for (int i = 0; i < n; i++) {
        ServerSocket s = new ServerSocket(0);
        sockets.add(s);
        ports[i] = s.getLocalPort();
      }
      return ports;
    } finally {
      for (ServerSocket s : sockets) {
        s.close();
      }
    }
  }

  static Path binDir() {
    String configured = System.getProperty("ao.it.kube-bin");
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    String cache = System.getenv("AO_NODE_CACHE");
    return (cache != null && !cache.isBlank() ? Path.of(cache) : Path.of(System.getProperty("user.home"), ".cache", "ao-node")).resolve("bin");
  }

  private static Path etcd() {
    return Path.of(System.getProperty("ao.it.etcd", "/usr/bin/etcd"));
  }

  private static boolean isExecutableOnPath(String name) {
    return Stream.of(System.getenv().getOrDefault("PATH", "").split(":")).anyMatch(d -> Files.isExecutable(Path.of(d, name)));
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
