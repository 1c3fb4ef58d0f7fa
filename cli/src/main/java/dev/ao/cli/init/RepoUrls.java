package dev.ao.cli.init;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clone URLs as the workspace init container needs them: https (it authenticates with the token
 * Secret), never with credentials embedded (they would end up in the manifest).
 */
public final class RepoUrls {
  private static final Pattern SCP = Pattern.compile("^(?:[^@/]+@)?([^:/]+):(?!//)(.+)$");
  private static final Pattern GITHUB = Pattern.compile("^https?://github\\.com/([^/]+)/([^/]+?)(?:\\.git)?/?$");

  private RepoUrls() {}

  /** git@host:owner/repo.git and ssh://git@host/owner/repo.git become https://host/owner/repo.git; userinfo is dropped. */
  public static String toHttps(String url) {
    String u = url.trim();
    Matcher scp = SCP.matcher(u);
    if (!u.contains("://") && scp.matches()) {
      return "https://" + scp.group(1) + "/" + scp.group(2);
    }
    try {
      URI uri = URI.create(u);
      if (uri.getHost() == null) {
        return u;
      }
      String scheme = "http".equals(uri.getScheme()) ? "http" : "https";
      String port = uri.getPort() > 0 && !"ssh".equals(uri.getScheme()) ? ":" + uri.getPort() : "";
      return scheme + "://" + uri.getHost() + port + uri.getRawPath();
    } catch (IllegalArgumentException e) {
      return u;
    }
  }

  /** True when the URL carried something that was removed (credentials) or rewritten (ssh). */
  public static boolean changed(String original, String https) {
    return !original.trim().equals(https);
  }

  /** owner/repo for github.com URLs. */
  public static Optional<String> githubRepository(String httpsUrl) {
    Matcher m = GITHUB.matcher(httpsUrl);
    return m.matches() ? Optional.of(m.group(1) + "/" + m.group(2)) : Optional.empty();
  }

  /** The repository's name: the last path segment without .git. */
  public static String repoName(String url) {
    String path = url.replaceAll("/+$", "");
    String last = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf(':')) + 1);
    return last.endsWith(".git") ? last.substring(0, last.length() - 4) : last;
  }
}
