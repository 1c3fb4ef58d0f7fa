package dev.ao.sim.rest;

import dev.ao.sim.http.BadRequestException;
import dev.ao.sim.http.HttpCall;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** GitHub's list pagination: {@code per_page} (default 30, max 100), {@code page}, and a {@code Link} header. */
final class Paging {

  private Paging() {}

  static RestResult page(HttpCall call, String selfUrl, List<?> items) throws BadRequestException {
    int perPage = Math.max(1, Math.min(100, call.queryInt("per_page", 30)));
    int page = Math.max(1, call.queryInt("page", 1));
    int from = Math.min(items.size(), (page - 1) * perPage);
    int to = Math.min(items.size(), from + perPage);
    RestResult result = RestResult.ok(new ArrayList<>(items.subList(from, to)));
    int lastPage = Math.max(1, (items.size() + perPage - 1) / perPage);
    List<String> links = new ArrayList<>();
    if (page < lastPage) {
      links.add(link(call, selfUrl, page + 1, perPage, "next"));
      links.add(link(call, selfUrl, lastPage, perPage, "last"));
    }
    if (page > 1) {
      links.add(link(call, selfUrl, 1, perPage, "first"));
      links.add(link(call, selfUrl, page - 1, perPage, "prev"));
    }
    if (!links.isEmpty()) {
      result.header("link", String.join(", ", links));
    }
    return result;
  }

  private static String link(HttpCall call, String selfUrl, int page, int perPage, String rel) {
    Map<String, String> query = new LinkedHashMap<>(call.queryParams());
    query.put("per_page", String.valueOf(perPage));
    query.put("page", String.valueOf(page));
    StringBuilder url = new StringBuilder(selfUrl);
    char separator = '?';
    for (Map.Entry<String, String> entry : query.entrySet()) {
      url.append(separator).append(entry.getKey()).append('=')
          .append(java.net.URLEncoder.encode(entry.getValue(), java.nio.charset.StandardCharsets.UTF_8));
      separator = '&';
    }
    return "<" + url + ">; rel=\"" + rel + "\"";
  }
}
