package dev.ao.cli.review;

import dev.ao.api.v1alpha1.session.Message;
import dev.ao.api.v1alpha1.session.PullRequestStatus;
import dev.ao.api.v1alpha1.session.ReviewThread;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The message `ao review-check` queues: the unresolved threads not sent before, formatted for the
 * agent (path:line, @author, link, body). Its id is a hash of the thread ids, so the same threads
 * always make the same message and queuing it twice is impossible.
 */
public record ReviewMessage(String id, String text, List<String> threadIds) {
  /** spec.messages[].text is at most 16384 characters; leave room for the closing line. */
  static final int MAX_TEXT = 16_000;
  private static final int MAX_BODY = 2_000;

  public Message toMessage() {
    return new Message(id, text);
  }

  /** The message for these threads (in order); threads that do not fit are left for a later run. */
  public static ReviewMessage of(PullRequestStatus pr, List<ReviewThread> threads) {
    StringBuilder items = new StringBuilder();
    List<String> included = new ArrayList<>();
    for (ReviewThread t : threads) {
      String item = item(included.size() + 1, t);
      if (items.length() + item.length() > MAX_TEXT - 400) {
        break;
      }
      items.append(item);
      included.add(t.id);
    }
    String pull = pr.number == null ? "your PR" : "your PR #" + pr.number;
    StringBuilder text = new StringBuilder()
        .append(Character.toUpperCase(pull.charAt(0))).append(pull.substring(1))
        .append(pr.url == null ? "" : " (" + pr.url + ")")
        .append(" has ").append(included.size()).append(" unresolved review comment").append(included.size() == 1 ? "" : "s")
        .append(". Address each one, push, and reply on its thread:\n\n")
        .append(items);
    if (included.size() < threads.size()) {
      text.append("\n(").append(threads.size() - included.size()).append(" more will follow.)\n");
    }
    return new ReviewMessage(id(included), text.toString().strip(), List.copyOf(included));
  }

  /** review-<16 hex digits of SHA-256 over the sorted thread ids>. */
  public static String id(List<String> threadIds) {
    List<String> sorted = new ArrayList<>(threadIds);
    sorted.sort(null);
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(String.join("\n", sorted).getBytes(StandardCharsets.UTF_8));
      return "review-" + HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static String item(int n, ReviewThread t) {
    StringBuilder s = new StringBuilder().append(n).append(". ");
    s.append(t.path == null ? "(general comment)" : t.path + (t.line == null ? "" : ":" + t.line));
    if (t.author != null) {
      s.append(" by @").append(t.author).append(Boolean.TRUE.equals(t.bot) ? " (bot)" : "");
    }
    if (t.url != null) {
      s.append(" — ").append(t.url);
    }
    s.append('\n');
    String body = t.body == null ? "" : t.body.strip();
    if (body.length() > MAX_BODY) {
      body = body.substring(0, MAX_BODY) + "…";
    }
    for (String line : body.split("\n", -1)) {
      s.append("   ").append(line).append('\n');
    }
    s.append("   (thread ").append(t.id).append(")\n");
    return s.toString();
  }
}
