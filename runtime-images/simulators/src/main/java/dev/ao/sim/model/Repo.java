package dev.ao.sim.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A repository's GitHub-side state: issues, pull requests, checks, statuses and branch protection. Branches and
 * commits live in the real git repository; this class never duplicates them except as PR head SHAs.
 */
public final class Repo {

  private final long databaseId;
  private final String id;
  private final Actor owner;
  private final String name;
  private final String defaultBranch;
  private final boolean anonymousRead;
  private final Map<String, BranchProtection> protections = new HashMap<>();
  private final TreeMap<Integer, PullRequest> pulls = new TreeMap<>();
  private final TreeMap<Integer, Issue> issues = new TreeMap<>();
  private final Map<Long, CheckRun> checkRuns = new LinkedHashMap<>();
  private final Map<String, List<CheckRun>> checkRunsBySha = new HashMap<>();
  private final Map<String, List<CommitStatus>> statusesBySha = new HashMap<>();
  private int lastNumber;

  public Repo(long databaseId, String id, Actor owner, String name, String defaultBranch, boolean anonymousRead) {
    this.databaseId = databaseId;
    this.id = id;
    this.owner = owner;
    this.name = name;
    this.defaultBranch = defaultBranch;
    this.anonymousRead = anonymousRead;
  }

  public static String key(String owner, String name) {
    return (owner + "/" + name).toLowerCase(java.util.Locale.ROOT);
  }

  public long databaseId() {
    return databaseId;
  }

  public String id() {
    return id;
  }

  public Actor owner() {
    return owner;
  }

  public String name() {
    return name;
  }

  public String nameWithOwner() {
    return owner.login() + "/" + name;
  }

  public String defaultBranch() {
    return defaultBranch;
  }

  public boolean anonymousRead() {
    return anonymousRead;
  }

  public boolean isPrivate() {
    return !anonymousRead;
  }

  public BranchProtection protectionFor(String branch) {
    return protections.getOrDefault(branch, BranchProtection.NONE);
  }

  public void protect(String branch, BranchProtection protection) {
    protections.put(branch, protection);
  }

  /** Issues and pull requests share one number sequence, as on GitHub. */
  public int nextNumber() {
    return ++lastNumber;
  }

  public Collection<PullRequest> pulls() {
    return pulls.values();
  }

  public PullRequest pull(int number) {
    return pulls.get(number);
  }

  public void addPull(PullRequest pr) {
    pulls.put(pr.number(), pr);
  }

  public List<PullRequest> openPullsWithHead(String branch) {
    List<PullRequest> result = new ArrayList<>();
    for (PullRequest pr : pulls.values()) {
      if (pr.isOpen() && pr.headRefName().equals(branch)) {
        result.add(pr);
      }
    }
    return result;
  }

  public Collection<Issue> issues() {
    return issues.values();
  }

  public Issue issue(int number) {
    return issues.get(number);
  }

  public void addIssue(Issue issue) {
    issues.put(issue.number(), issue);
  }

  /** The issue or pull request with this number, or null. */
  public NumberedItem item(int number) {
    PullRequest pr = pulls.get(number);
    return pr != null ? pr : issues.get(number);
  }

  public void addCheckRun(CheckRun run) {
    checkRuns.put(run.databaseId(), run);
    checkRunsBySha.computeIfAbsent(run.headSha(), sha -> new ArrayList<>()).add(run);
  }

  public CheckRun checkRun(long databaseId) {
    return checkRuns.get(databaseId);
  }

  /** Every check run reported for a commit, oldest first. */
  public List<CheckRun> checkRunsFor(String sha) {
    return checkRunsBySha.getOrDefault(sha, List.of());
  }

  public void addStatus(CommitStatus status) {
    statusesBySha.computeIfAbsent(status.sha(), sha -> new ArrayList<>()).add(status);
  }

  /** Every status reported for a commit, oldest first. */
  public List<CommitStatus> statusesFor(String sha) {
    return statusesBySha.getOrDefault(sha, List.of());
  }
}
