package dev.ao.local.api;

import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.mockwebserver.http.Dispatcher;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.util.List;

/** Serves discovery documents and hands everything else to the CRUD store; notes every write. */
final class LocalDispatcher extends Dispatcher {
  private final KubernetesCrudDispatcher crud = new KubernetesCrudDispatcher(List.of());
  private final Runnable onWrite;

  LocalDispatcher(Runnable onWrite) {
    this.onWrite = onWrite;
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    if ("GET".equals(request.getMethod())) {
      if (request.getPath().startsWith("/openapi/")) {
        // No published OpenAPI: kubectl then skips client-side schema validation instead of failing.
        return new MockResponse().setResponseCode(404).addHeader("Content-Type", "application/json")
            .setBody("{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\",\"reason\":\"NotFound\",\"code\":404}");
      }
      try {
        String doc = Discovery.document(request.getPath());
        if (doc != null) {
          return new MockResponse().setResponseCode(200).addHeader("Content-Type", "application/json").setBody(doc);
        }
      } catch (Exception e) {
        return new MockResponse().setResponseCode(500).setBody(e.toString());
      }
    }
    MockResponse response = crud.dispatch(request);
    if (!"GET".equals(request.getMethod()) && response.code() < 300) {
      onWrite.run();
    }
    return response;
  }

  @Override
  public void shutdown() {
    crud.shutdown();
  }
}
