package dev.ao.cli.session;

import dev.ao.api.v1alpha1.session.Session;
import dev.ao.cli.output.OutputFormat;
import dev.ao.cli.output.Printer;
import dev.ao.cli.output.Serializer;
import dev.ao.cli.output.SessionTables;
import dev.ao.cli.output.Table;
import dev.ao.cli.support.CliException;
import dev.ao.cli.support.Cluster;
import io.fabric8.kubernetes.api.model.ListOptionsBuilder;
import io.fabric8.kubernetes.client.Watch;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.Predicate;

/**
 * `ao status -w`: a Kubernetes watch on Sessions that prints one line whenever what the table shows
 * for a Session changes (the age column aside), until interrupted or the watch ends.
 */
public final class StatusFollower implements Watcher<Session> {
  private static final int AGE_COLUMN = 8;

  private final Printer printer;
  private final OutputFormat format;
  private final Clock clock;
  private final Predicate<Session> include;
  private final int[] widths;
  private final Map<String, List<String>> shown = new HashMap<>();
  private final CountDownLatch closed = new CountDownLatch(1);
  private volatile WatcherException failure;

  public StatusFollower(Printer printer, OutputFormat format, Clock clock, Predicate<Session> include, Table initial) {
    this.printer = printer;
    this.format = format;
    this.clock = clock;
    this.include = include;
    this.widths = initial.widths();
  }

  /** Rows already printed, so the watch's initial events for them print nothing. */
  public void seen(List<Session> sessions) {
    sessions.forEach(s -> shown.put(s.getMetadata().getName(), visible(s)));
  }

  /** Blocks until the watch closes or the thread is interrupted (Ctrl-C ends the process anyway). */
  public void follow(Cluster cluster, String resourceVersion) {
    try (Watch watch = cluster.sessions().watch(
        new ListOptionsBuilder().withResourceVersion(resourceVersion).withAllowWatchBookmarks(false).build(), this)) {
      closed.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    if (failure != null) {
      throw CliException.cluster("The watch on Sessions in " + cluster.where() + " ended: " + failure.getMessage()
          + ". Run `ao status -w` again.");
    }
  }

  @Override
  public void eventReceived(Action action, Session session) {
    if (session.getSpec() == null || !include.test(session)) {
      return;
    }
    String name = session.getMetadata().getName();
    synchronized (this) {
      if (action == Action.DELETED) {
        shown.remove(name);
        print(session, true);
        return;
      }
      if (action != Action.ADDED && action != Action.MODIFIED) {
        return;
      }
      List<String> row = visible(session);
      if (!row.equals(shown.put(name, row))) {
        print(session, false);
      }
    }
  }

  private void print(Session session, boolean deleted) {
    switch (format) {
      case json -> printer.line(Serializer.compactJson(session));
      case yaml -> printer.writer().print(Serializer.yaml(session));
      case name -> printer.line(Printer.name(session) + (deleted ? " deleted" : ""));
      default -> {
        List<String> row = new java.util.ArrayList<>(SessionTables.statusRow(session, clock.instant(), format == OutputFormat.wide));
        if (deleted) {
          row.set(3, "(deleted)");
        }
        printer.line(Table.format(row, widths));
      }
    }
    printer.writer().flush();
  }

  private List<String> visible(Session s) {
    List<String> row = new java.util.ArrayList<>(SessionTables.statusRow(s, clock.instant(), true));
    row.remove(AGE_COLUMN);
    return row;
  }

  @Override
  public void onClose(WatcherException cause) {
    failure = cause;
    closed.countDown();
  }

  @Override
  public void onClose() {
    closed.countDown();
  }
}
