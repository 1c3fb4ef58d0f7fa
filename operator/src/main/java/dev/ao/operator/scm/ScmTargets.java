package dev.ao.operator.scm;

import dev.ao.api.v1alpha1.common.SecretKeyRef;
import dev.ao.api.v1alpha1.project.Project;
import dev.ao.api.v1alpha1.project.ProjectSpec;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Pure: which repository, API and token a Project's SCM section points at. */
public final class ScmTargets {
  public static final String GITHUB_API = "https://api.github.com";
  private static final Pattern SLUG = Pattern.compile("[:/]([A-Za-z0-9_.-]+)/([A-Za-z0-9_.-]+?)(\\.git)?/?$");

  private ScmTargets() {}

  /** The repository key, or null when the repo URL names no owner/repo. */
  public static RepoKey repoKey(Project project) {
    ProjectSpec p = project.getSpec();
    ProjectSpecView v = new ProjectSpecView(p);
    String slug = v.slug();
    if (slug == null) {
      return null;
    }
    String[] parts = slug.split("/");
    SecretKeyRef token = v.token();
    return new RepoKey(v.apiUrl(), parts[0], parts[1], project.getMetadata().getNamespace(),
        token == null ? null : token.name, token == null ? null : token.keyOrDefault());
  }

  /** {@code owner/repo} from a clone URL (https, ssh or scp-like), or null. */
  public static String slugOf(String url) {
    if (url == null) {
      return null;
    }
    Matcher m = SLUG.matcher(url.trim());
    return m.find() ? m.group(1) + "/" + m.group(2) : null;
  }

  private record ProjectSpecView(ProjectSpec p) {
    String apiUrl() {
      return p.scm != null && p.scm.github != null && p.scm.github.apiUrl != null ? p.scm.github.apiUrl : GITHUB_API;
    }

    String slug() {
      return p.scm != null && p.scm.github != null && p.scm.github.repository != null ? p.scm.github.repository : slugOf(p.repo.url);
    }

    SecretKeyRef token() {
      return p.scm != null && p.scm.github != null && p.scm.github.tokenSecret != null ? p.scm.github.tokenSecret : p.repo.tokenSecret;
    }
  }
}
