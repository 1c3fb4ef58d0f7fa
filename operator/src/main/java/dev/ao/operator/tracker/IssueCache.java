package dev.ao.operator.tracker;

import dev.ao.api.v1alpha1.common.SecretKeyRef;
import dev.ao.api.v1alpha1.project.Project;
import dev.ao.api.v1alpha1.project.ProjectSpec;
import dev.ao.api.v1alpha1.project.TrackerSpec;
import dev.ao.operator.SecretValues;
import dev.ao.operator.scm.ScmTargets;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Issue details per Session, fetched at most once per poll interval and kept when the tracker is
 * briefly unreachable (a tracker outage must not turn into a phase change).
 */
public class IssueCache {
  private static final Logger LOG = Logger.getLogger(IssueCache.class);
  private final SecretValues secrets;
  private final Clock clock;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final Map<String, Entry> cache = new ConcurrentHashMap<>();
  private final Map<String, TrackerClient> clients = new ConcurrentHashMap<>();

  private record Entry(IssueInfo info, Instant fetchedAt) {}

  public IssueCache(SecretValues secrets, Clock clock) {
    this.secrets = secrets;
    this.clock = clock;
  }

  /** The issue, or null when there is no tracker or it has never answered. */
  public IssueInfo issue(Project project, String issueId, Duration maxAge) {
    TrackerClient client = client(project);
    if (client == null || issueId == null) {
      return null;
    }
    String key = project.getMetadata().getNamespace() + "/" + project.getMetadata().getName() + "/" + issueId;
    Entry e = cache.get(key);
    if (e != null && Duration.between(e.fetchedAt(), clock.instant()).compareTo(maxAge) < 0) {
      return e.info();
    }
    try {
      IssueInfo info = client.issue(issueId);
      cache.put(key, new Entry(info, clock.instant()));
      return info;
    } catch (Exception ex) {
      LOG.debugf("tracker lookup of %s failed: %s", issueId, ex.getMessage());
      return e == null ? null : e.info();
    }
  }

  private TrackerClient client(Project project) {
    ProjectSpec p = project.getSpec();
    if (p.tracker == null) {
      return null;
    }
    String ns = project.getMetadata().getNamespace();
    if (p.tracker.type == TrackerSpec.Type.LINEAR && p.tracker.linear != null) {
      SecretKeyRef k = p.tracker.linear.apiKeySecret;
      String apiKey = k == null ? null : secrets.token(ns, k.name, k.keyOrDefault());
      return clients.computeIfAbsent(ns + "/linear/" + p.tracker.linear.apiUrl + "/" + (apiKey == null ? 0 : apiKey.hashCode()),
          x -> new LinearTracker(http, p.tracker.linear.apiUrl, apiKey));
    }
    String api = p.scm != null && p.scm.github != null && p.scm.github.apiUrl != null ? p.scm.github.apiUrl : ScmTargets.GITHUB_API;
    String repo = p.tracker.github != null && p.tracker.github.repository != null ? p.tracker.github.repository : ScmTargets.slugOf(p.repo.url);
    SecretKeyRef t = p.tracker.github != null && p.tracker.github.tokenSecret != null ? p.tracker.github.tokenSecret
        : p.scm != null && p.scm.github != null && p.scm.github.tokenSecret != null ? p.scm.github.tokenSecret : p.repo.tokenSecret;
    String token = t == null ? null : secrets.token(ns, t.name, t.keyOrDefault());
    return repo == null ? null : clients.computeIfAbsent(ns + "/gh/" + api + "/" + repo + "/" + (token == null ? 0 : token.hashCode()),
        x -> new GitHubIssuesTracker(http, api, repo, token));
  }
}
