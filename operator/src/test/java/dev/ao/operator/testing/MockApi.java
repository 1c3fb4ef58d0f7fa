package dev.ao.operator.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ao.operator.chart.HelmChart;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.authorization.v1.ResourceRule;
import io.fabric8.kubernetes.api.model.authorization.v1.ResourceRuleBuilder;
import io.fabric8.kubernetes.api.model.authorization.v1.SelfSubjectRulesReview;
import io.fabric8.kubernetes.api.model.authorization.v1.SelfSubjectRulesReviewBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMixedDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.ServerRequest;
import io.fabric8.mockwebserver.ServerResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.TimeUnit;

/**
 * Fabric8's mock API server in CRUD mode with our CRDs registered; the operator is told apart by its
 * User-Agent. The CRUD mode cannot answer a SelfSubjectRulesReview (JOSDK asks one before it elects a
 * leader): the answer here lists the rules of the chart's leader-election Role, as the real server would.
 */
final class MockApi implements TestApiServer {
  private final KubernetesMockServer server;
  private final KubernetesClient client;
  private String operatorAgent;

  MockApi() {
    Map<ServerRequest, Queue<ServerResponse>> expectations = new HashMap<>();
    server = new KubernetesMockServer(new Context(), new MockWebServer(), expectations, new KubernetesMixedDispatcher(expectations), false);
    server.init();
    client = server.createClient();
    server.expect().post().withPath("/apis/authorization.k8s.io/v1/selfsubjectrulesreviews").andReturn(201, leaderElectionRules()).always();
    for (String name : List.of("sessions", "projects")) {
      String path = "/META-INF/fabric8/" + name + ".agent-orchestrator.io-v1.yml";
      try (InputStream in = MockApi.class.getResourceAsStream(path)) {
        if (in == null) {
          throw new IllegalStateException(path + " not on the classpath: build the crds module first");
        }
        CustomResourceDefinition crd = client.getKubernetesSerialization().unmarshal(in, CustomResourceDefinition.class);
        client.apiextensions().v1().customResourceDefinitions().resource(crd).create();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static SelfSubjectRulesReview leaderElectionRules() {
    List<ResourceRule> rules = new ArrayList<>();
    for (JsonNode rule : HelmChart.render().one("Role", HelmChart.FULLNAME + "-leader-election").path("rules")) {
      rules.add(new ResourceRuleBuilder().withApiGroups(texts(rule.path("apiGroups"))).withResources(texts(rule.path("resources")))
          .withVerbs(texts(rule.path("verbs"))).build());
    }
    return new SelfSubjectRulesReviewBuilder().withNewMetadata().endMetadata().withNewSpec().withNamespace(HelmChart.NAMESPACE).endSpec()
        .withNewStatus().withResourceRules(rules).withNonResourceRules().withIncomplete(false).endStatus().build();
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  @Override
  public Kind kind() {
    return Kind.MOCK;
  }

  @Override
  public KubernetesClient client() {
    return client;
  }

  @Override
  public KubernetesClient newOperatorClient(String userAgent) {
    operatorAgent = userAgent;
    return server.createClient(b -> b.editOrNewConfig().withUserAgent(userAgent).endConfig());
  }

  @Override
  public List<ApiCall> drainOperatorCalls() {
    List<ApiCall> out = new ArrayList<>();
    try {
      RecordedRequest r;
      while ((r = server.takeRequest(100, TimeUnit.MILLISECONDS)) != null) {
        String agent = r.getHeader("User-Agent");
        if (operatorAgent != null && agent != null && agent.startsWith(operatorAgent)) {
          out.add(new ApiCall(r.getMethod(), r.getPath(), null, null, null));
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return out;
  }

  @Override
  public void close() {
    client.close();
    server.destroy();
  }
}
