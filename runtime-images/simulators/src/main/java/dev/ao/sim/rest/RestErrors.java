package dev.ao.sim.rest;

import dev.ao.sim.ops.OperationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** GitHub's REST error bodies: {@code message}, {@code documentation_url}, {@code status}, and 422's errors. */
public final class RestErrors {

  static final String DOCS = "https://docs.github.com/rest";
  static final String RATE_LIMIT_DOCS =
      "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api";
  static final String SECONDARY_DOCS =
      "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits";

  private RestErrors() {}

  public static RestResult message(int status, String message, String docs) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("message", message);
    body.put("documentation_url", docs);
    body.put("status", String.valueOf(status));
    return RestResult.of(status, body);
  }

  public static RestResult notFound() {
    return message(404, "Not Found", DOCS);
  }

  public static RestResult badCredentials() {
    return message(401, "Bad credentials", DOCS);
  }

  public static RestResult requiresAuthentication() {
    return message(401, "Requires authentication", DOCS);
  }

  public static RestResult of(OperationException e) {
    return switch (e.kind()) {
      case NOT_FOUND -> notFound();
      case NOT_MERGEABLE -> message(405, e.getMessage(), DOCS + "/pulls/pulls#merge-a-pull-request");
      case CONFLICT -> message(409, e.getMessage(), DOCS + "/pulls/pulls#merge-a-pull-request");
      case FORBIDDEN -> message(403, e.getMessage(), DOCS);
      case VALIDATION -> validation(e.getMessage(), e.errors());
    };
  }

  private static RestResult validation(String message, List<Map<String, Object>> errors) {
    RestResult result = message(422, message, DOCS);
    @SuppressWarnings("unchecked")
    Map<String, Object> body = (Map<String, Object>) result.body();
    body.put("errors", errors);
    return result;
  }
}
