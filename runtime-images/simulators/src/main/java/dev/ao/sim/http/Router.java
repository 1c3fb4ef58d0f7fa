package dev.ao.sim.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Matches a method and path against templates like {@code /repos/{owner}/{repo}/pulls/{number}}. A parameter matches
 * one path segment, except a trailing {@code {ref...}} which matches the rest (git refs contain slashes).
 */
public final class Router<H> {

  private record Route<H>(String method, Pattern pattern, List<String> names, H handler) {}

  /** A routed handler with its path parameters. */
  public record Match<H>(H handler, Map<String, String> params) {

    public void bind(HttpCall call) {
      call.setPathParams(params);
    }
  }

  private static final Pattern PARAM = Pattern.compile("\\{(\\w+)(\\.\\.\\.)?}");

  private final List<Route<H>> routes = new ArrayList<>();

  public Router<H> add(String method, String template, H handler) {
    List<String> names = new ArrayList<>();
    StringBuilder regex = new StringBuilder("^");
    Matcher m = PARAM.matcher(template);
    int last = 0;
    while (m.find()) {
      regex.append(Pattern.quote(template.substring(last, m.start())));
      regex.append(m.group(2) != null ? "(.+)" : "([^/]+)");
      names.add(m.group(1));
      last = m.end();
    }
    regex.append(Pattern.quote(template.substring(last))).append("/?$");
    routes.add(new Route<>(method, Pattern.compile(regex.toString()), names, handler));
    return this;
  }

  public Optional<Match<H>> match(String method, String path) {
    for (Route<H> route : routes) {
      if (!route.method().equals(method)) {
        continue;
      }
      Matcher m = route.pattern().matcher(path);
      if (m.matches()) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < route.names().size(); i++) {
          params.put(route.names().get(i), m.group(i + 1));
        }
        return Optional.of(new Match<>(route.handler(), params));
      }
    }
    return Optional.empty();
  }
}
