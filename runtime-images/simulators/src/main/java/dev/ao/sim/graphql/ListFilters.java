package dev.ao.sim.graphql;

import dev.ao.sim.model.Issue;
import dev.ao.sim.model.NumberedItem;
import dev.ao.sim.model.PullRequest;
import dev.ao.sim.model.Repo;
import graphql.schema.DataFetchingEnvironment;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The filter and order arguments of {@code Repository.pullRequests} and {@code Repository.issues}. */
final class ListFilters {

  private ListFilters() {}

  static List<PullRequest> pullRequests(Repo repo, DataFetchingEnvironment env) {
    List<String> states = env.getArgument("states");
    List<String> labels = env.getArgument("labels");
    String head = env.getArgument("headRefName");
    String base = env.getArgument("baseRefName");
    List<PullRequest> result = new ArrayList<>();
    for (PullRequest pr : repo.pulls()) {
      if ((states == null || states.contains(pr.state().name()))
          && (head == null || head.equals(pr.headRefName()))
          && (base == null || base.equals(pr.baseRefName()))
          && (labels == null || pr.labels().stream().anyMatch(labels::contains))) {
        result.add(pr);
      }
    }
    result.sort(order(env.getArgument("orderBy")));
    return result;
  }

  static List<Issue> issues(Repo repo, DataFetchingEnvironment env) {
    Map<String, Object> filterBy = env.getArgument("filterBy");
    List<String> states = env.getArgument("states");
    List<String> labels = env.getArgument("labels");
    if (filterBy != null) {
      states = states != null ? states : cast(filterBy.get("states"));
      labels = labels != null ? labels : cast(filterBy.get("labels"));
    }
    String createdBy = filterBy == null ? null : (String) filterBy.get("createdBy");
    Instant since = filterBy == null || filterBy.get("since") == null
        ? null
        : Instant.parse(filterBy.get("since").toString());
    List<Issue> result = new ArrayList<>();
    for (Issue issue : repo.issues()) {
      if ((states == null || states.contains(issue.state().name()))
          && (labels == null || issue.labels().stream().anyMatch(labels::contains))
          && (createdBy == null || issue.author().login().equalsIgnoreCase(createdBy))
          && (since == null || !issue.updatedAt().isBefore(since))) {
        result.add(issue);
      }
    }
    result.sort(order(env.getArgument("orderBy")));
    return result;
  }

  /** GitHub's default is creation order, oldest first. */
  private static Comparator<NumberedItem> order(Map<String, Object> orderBy) {
    if (orderBy == null) {
      return Comparator.comparingInt(NumberedItem::number);
    }
    Comparator<NumberedItem> order = switch (String.valueOf(orderBy.get("field"))) {
      case "UPDATED_AT" -> Comparator.comparing(NumberedItem::updatedAt);
      case "COMMENTS" -> Comparator.comparingInt(item -> item.comments().size());
      default -> Comparator.comparing(NumberedItem::createdAt);
    };
    order = order.thenComparingInt(NumberedItem::number);
    return "DESC".equals(String.valueOf(orderBy.get("direction"))) ? order.reversed() : order;
  }

  @SuppressWarnings("unchecked")
  private static List<String> cast(Object value) {
    return (List<String>) value;
  }
}
