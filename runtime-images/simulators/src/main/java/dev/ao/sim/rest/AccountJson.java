package dev.ao.sim.rest;

import dev.ao.sim.http.SimUrls;
import dev.ao.sim.model.Actor;
import dev.ao.sim.model.Ids;
import dev.ao.sim.model.Repo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** REST shapes of accounts, repositories and labels. */
final class AccountJson {

  private AccountJson() {}

  static Map<String, Object> user(SimUrls urls, Actor actor) {
    if (actor == null) {
      return null;
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("login", actor.restLogin());
    json.put("id", actor.id());
    json.put("node_id", Ids.nodeId(actor.bot() ? "BOT" : "U", actor.id()));
    json.put("avatar_url", urls.avatar(actor.id()));
    json.put("gravatar_id", "");
    json.put("url", urls.api() + "/users/" + actor.restLogin());
    json.put("html_url", urls.userHtml(actor.restLogin()));
    json.put("type", actor.restType());
    json.put("site_admin", false);
    return json;
  }

  static Map<String, Object> repo(SimUrls urls, Repo repo) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", repo.databaseId());
    json.put("node_id", repo.id());
    json.put("name", repo.name());
    json.put("full_name", repo.nameWithOwner());
    json.put("private", repo.isPrivate());
    json.put("owner", user(urls, repo.owner()));
    json.put("html_url", urls.repoHtml(repo.nameWithOwner()));
    json.put("description", null);
    json.put("fork", false);
    json.put("url", urls.repoApi(repo.nameWithOwner()));
    json.put("clone_url", urls.cloneUrl(repo.nameWithOwner()));
    json.put("default_branch", repo.defaultBranch());
    json.put("visibility", repo.isPrivate() ? "private" : "public");
    json.put("archived", false);
    json.put("disabled", false);
    json.put("allow_merge_commit", true);
    json.put("allow_squash_merge", true);
    json.put("allow_rebase_merge", true);
    json.put("permissions", Map.of("admin", true, "maintain", true, "push", true, "triage", true, "pull", true));
    return json;
  }

  static List<Map<String, Object>> labels(SimUrls urls, Repo repo, List<String> names) {
    return names.stream().map(name -> {
      Map<String, Object> json = new LinkedHashMap<>();
      long id = Math.abs((long) (repo.nameWithOwner() + "/" + name).hashCode());
      json.put("id", id);
      json.put("node_id", Ids.nodeId("LA", id));
      json.put("url", urls.repoApi(repo.nameWithOwner()) + "/labels/" + name);
      json.put("name", name);
      json.put("color", "ededed");
      json.put("default", false);
      json.put("description", null);
      return json;
    }).toList();
  }
}
