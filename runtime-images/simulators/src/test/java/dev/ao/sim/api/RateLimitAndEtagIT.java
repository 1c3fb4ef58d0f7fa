package dev.ao.sim.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ao.sim.GitHubSimulator;
import dev.ao.sim.model.RepoSpec;
import dev.ao.sim.testing.Http;
import dev.ao.sim.testing.Queries;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Conditional requests, budgets, exhaustion, faults, and GraphQL cost accounting. */
class RateLimitAndEtagIT {

  private static final String REPO_PATH = "/api/v3/repos/acme/webapp";

  private GitHubSimulator github;
  private Http client;

  @BeforeEach
  void start() {
    github = GitHubSimulator.start();
    github.control().addToken("ghp_poller", "poller");
    github.control().createRepo(RepoSpec.of("acme", "webapp"));
    client = Http.bearer(github.baseUrl(), "ghp_poller");
  }

  @AfterEach
  void stop() {
    github.close();
  }

  @Test
  void should_answer_304_to_a_matching_if_none_match_without_charging_it() {
    Http.Response first = client.get(REPO_PATH);
    assertThat(first.status()).isEqualTo(200);
    String etag = first.header("etag");
    assertThat(etag).matches("\"[0-9a-f]{64}\"");
    int remainingAfterFirst = Integer.parseInt(first.header("x-ratelimit-remaining"));
    assertThat(remainingAfterFirst).isEqualTo(4999);

    Http.Response second = client.get(REPO_PATH, etag);
    assertThat(second.status()).isEqualTo(304);
    assertThat(second.text()).isEmpty();
    assertThat(second.header("etag")).isEqualTo(etag);
    assertThat(Integer.parseInt(second.header("x-ratelimit-remaining"))).isEqualTo(remainingAfterFirst);
    assertThat(second.header("x-ratelimit-resource")).isEqualTo("core");

    SimulatorStats stats = github.control().stats();
    assertThat(stats.rest2xx()).isEqualTo(1);
    assertThat(stats.rest304()).isEqualTo(1);
    assertThat(client.get(REPO_PATH, "W/" + etag).status()).as("weak form also matches").isEqualTo(304);
    assertThat(client.get(REPO_PATH, "\"stale\"").status()).isEqualTo(200);
  }

  @Test
  void should_refuse_with_403_and_zero_remaining_once_the_core_budget_is_spent() {
    Instant reset = Instant.now().plusSeconds(600);
    github.control().setRateLimit("poller", RateResource.CORE, 5000, 1, reset);

    Http.Response last = client.get(REPO_PATH);
    assertThat(last.status()).isEqualTo(200);
    assertThat(last.header("x-ratelimit-remaining")).isEqualTo("0");

    Http.Response refused = client.get(REPO_PATH);
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.json().path("message").asText()).startsWith("API rate limit exceeded for user ID");
    assertThat(refused.header("x-ratelimit-remaining")).isEqualTo("0");
    assertThat(refused.header("x-ratelimit-limit")).isEqualTo("5000");
    assertThat(refused.header("x-ratelimit-used")).isEqualTo("5000");
    assertThat(refused.header("x-ratelimit-reset")).isEqualTo(String.valueOf(reset.getEpochSecond()));
    assertThat(github.control().stats().rateLimited()).isEqualTo(1);

    assertThat(client.get("/api/v3/rate_limit").status()).as("/rate_limit is free").isEqualTo(200);
    github.control().setRateLimit("poller", RateResource.CORE, 5000, 0, Instant.now().minusSeconds(1));
    assertThat(client.get(REPO_PATH).status()).as("a passed reset refills the budget").isEqualTo(200);
  }

  @Test
  void should_exhaust_every_account_until_the_reset() {
    github.control().exhaustRateLimit(RateResource.CORE, Instant.now().plusSeconds(60));
    github.control().addToken("ghp_other", "other");
    assertThat(client.get(REPO_PATH).status()).isEqualTo(403);
    assertThat(Http.bearer(github.baseUrl(), "ghp_other").get(REPO_PATH).status()).isEqualTo(403);
  }

  @Test
  void should_inject_server_errors_and_secondary_limits() {
    github.control().failNextRequests(2, 502);
    github.control().secondaryRateLimitNext(1, 429, 30);

    assertThat(client.get(REPO_PATH).status()).isEqualTo(502);
    assertThat(client.get(REPO_PATH).status()).isEqualTo(502);
    Http.Response limited = client.get(REPO_PATH);
    assertThat(limited.status()).isEqualTo(429);
    assertThat(limited.header("retry-after")).isEqualTo("30");
    assertThat(limited.json().path("message").asText()).contains("secondary rate limit");
    assertThat(client.get(REPO_PATH).status()).isEqualTo(200);

    SimulatorStats stats = github.control().stats();
    assertThat(stats.rest5xx()).isEqualTo(2);
    assertThat(stats.rateLimited()).isEqualTo(1);
    assertThat(stats.rest2xx()).isEqualTo(1);
  }

  @Test
  void should_answer_401_bad_credentials_to_an_unknown_token() {
    Http.Response response = Http.bearer(github.baseUrl(), "ghp_unknown").get(REPO_PATH);
    assertThat(response.status()).isEqualTo(401);
    assertThat(response.json().path("message").asText()).isEqualTo("Bad credentials");
    assertThat(Http.bearer(github.baseUrl(), "ghp_unknown").graphql("/api/graphql", "{ viewer { login } }", Map.of())
        .status()).isEqualTo(401);
  }

  @Test
  void should_charge_the_graphql_cost_and_report_it_in_rate_limit() {
    Http.Response response = client.graphql("/api/graphql", Queries.PR_BATCH, Map.of("owner", "acme", "name", "webapp"));
    JsonNode rateLimit = response.json().path("data").path("rateLimit");
    // pullRequests(first:50) 1 + commits 50 + contexts 50 + reviews 50 + reviewThreads 50 + comments 50*20 = 1201
    assertThat(rateLimit.path("cost").asInt()).isEqualTo(12);
    assertThat(rateLimit.path("remaining").asInt()).isEqualTo(5000 - 12);
    assertThat(rateLimit.path("used").asInt()).isEqualTo(12);
    assertThat(response.header("x-ratelimit-resource")).isEqualTo("graphql");
    assertThat(response.header("x-ratelimit-remaining")).isEqualTo(String.valueOf(5000 - 12));

    Http.Response cheap = client.graphql("/api/graphql", "{ viewer { login } }", Map.of());
    assertThat(cheap.header("x-ratelimit-used")).isEqualTo("13");
    assertThat(github.control().stats().graphqlPoints()).isEqualTo(13);
    assertThat(github.control().stats().graphql()).isEqualTo(2);
  }

  @Test
  void should_answer_rate_limited_graphql_with_github_error_type() {
    github.control().setRateLimit("poller", RateResource.GRAPHQL, 5000, 3, Instant.now().plusSeconds(600));
    Http.Response response = client.graphql("/api/graphql", Queries.PR_BATCH, Map.of("owner", "acme", "name", "webapp"));
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().path("errors").path(0).path("type").asText()).isEqualTo("RATE_LIMITED");
    assertThat(response.json().has("data")).isFalse();
    assertThat(github.control().stats().rateLimited()).isEqualTo(1);
  }
}
