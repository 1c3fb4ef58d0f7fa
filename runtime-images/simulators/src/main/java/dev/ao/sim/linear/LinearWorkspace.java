package dev.ao.sim.linear;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/** The simulated Linear workspace: API keys, teams with workflows, labels, issues and comments. */
public final class LinearWorkspace {

  private final Clock clock;
  private final String baseUrl;
  private final Map<String, LinearUser> apiKeys = new LinkedHashMap<>();
  private final Map<String, LinearTeam> teamsByKey = new LinkedHashMap<>();
  private final Map<String, LinearLabel> labelsByName = new LinkedHashMap<>();
  private final Map<String, LinearIssue> issuesById = new LinkedHashMap<>();
  private final Map<String, Integer> lastNumberByTeam = new LinkedHashMap<>();
  private final AtomicLong syncId = new AtomicLong(1000);

  LinearWorkspace(Clock clock, String baseUrl) {
    this.clock = clock;
    this.baseUrl = baseUrl;
  }

  synchronized <T> T locked(Supplier<T> work) {
    return work.get();
  }

  synchronized LinearUser addApiKey(String key, String name) {
    LinearUser user = new LinearUser(uuid(), name, name.toLowerCase(Locale.ROOT).replace(' ', '.') + "@example.com");
    apiKeys.put(key, user);
    return user;
  }

  synchronized Optional<LinearUser> userForKey(String key) {
    return Optional.ofNullable(apiKeys.get(key));
  }

  synchronized LinearTeam team(String keyOrId) {
    LinearTeam team = teamsByKey.get(keyOrId.toUpperCase(Locale.ROOT));
    if (team != null) {
      return team;
    }
    return teamsByKey.values().stream().filter(t -> t.id().equals(keyOrId)).findFirst()
        .orElseThrow(() -> new LinearException("Entity not found: Team", "Could not find referenced Team."));
  }

  synchronized LinearTeam createTeam(String key, String name) {
    List<LinearState> workflow = new ArrayList<>();
    int position = 0;
    for (Map.Entry<String, String> state : LinearTeam.defaultWorkflow()) {
      workflow.add(new LinearState(uuid(), state.getKey(), state.getValue(), "#95a2b3", position++));
    }
    LinearTeam team = new LinearTeam(uuid(), key.toUpperCase(Locale.ROOT), name, List.copyOf(workflow));
    teamsByKey.put(team.key(), team);
    return team;
  }

  synchronized List<LinearTeam> teams() {
    return List.copyOf(teamsByKey.values());
  }

  /** The label with this name or id, created on first use by name. */
  synchronized LinearLabel label(String nameOrId) {
    for (LinearLabel label : labelsByName.values()) {
      if (label.id().equals(nameOrId)) {
        return label;
      }
    }
    return labelsByName.computeIfAbsent(nameOrId.toLowerCase(Locale.ROOT),
        key -> new LinearLabel(uuid(), nameOrId, "#bec2c8"));
  }

  synchronized LinearIssue createIssue(LinearTeam team, String title, String description, List<String> labels,
      String stateName, LinearUser creator) {
    int number = lastNumberByTeam.merge(team.key(), 1, Integer::sum);
    LinearState state = team.state(stateName == null ? "Todo" : stateName);
    LinearIssue issue = new LinearIssue(uuid(), number, team, creator, baseUrl, title, description, state,
        clock.instant());
    issue.setLabels(labels.stream().map(this::label).toList(), clock.instant());
    issuesById.put(issue.id(), issue);
    syncId.incrementAndGet();
    return issue;
  }

  /** Linear's {@code issue(id:)} accepts the UUID or the identifier ("ENG-123"). */
  synchronized LinearIssue issue(String idOrIdentifier) {
    LinearIssue byId = issuesById.get(idOrIdentifier);
    if (byId != null) {
      return byId;
    }
    return issuesById.values().stream()
        .filter(issue -> issue.identifier().equalsIgnoreCase(idOrIdentifier))
        .findFirst()
        .orElseThrow(() -> new LinearException("Entity not found: Issue", "Could not find referenced Issue."));
  }

  synchronized List<LinearIssue> issues() {
    return List.copyOf(issuesById.values());
  }

  synchronized void setState(LinearIssue issue, String stateNameOrId) {
    issue.setState(issue.team().state(stateNameOrId), clock.instant());
    syncId.incrementAndGet();
  }

  synchronized void update(LinearIssue issue, String title, String description, List<String> labelIds) {
    if (title != null) {
      issue.setTitle(title, clock.instant());
    }
    if (description != null) {
      issue.setDescription(description, clock.instant());
    }
    if (labelIds != null) {
      issue.setLabels(labelIds.stream().map(this::label).toList(), clock.instant());
    }
    syncId.incrementAndGet();
  }

  synchronized LinearComment comment(LinearIssue issue, String body, LinearUser user) {
    LinearComment comment = new LinearComment(uuid(), body, clock.instant(), issue, user);
    issue.addComment(comment, clock.instant());
    syncId.incrementAndGet();
    return comment;
  }

  long syncId() {
    return syncId.get();
  }

  private static String uuid() {
    return UUID.randomUUID().toString();
  }
}
