package dev.ao.cli;

import dev.ao.api.v1alpha1.session.DeliveredMessage;
import dev.ao.api.v1alpha1.session.Message;
import dev.ao.api.v1alpha1.session.ReviewThread;
import dev.ao.api.v1alpha1.session.Session;
import dev.ao.cli.kube.Phases;
import dev.ao.cli.kube.Projects;
import dev.ao.cli.kube.Sessions;
import dev.ao.cli.review.ReviewMessage;
import dev.ao.cli.review.SentThreads;
import dev.ao.cli.session.MessageQueue;
import dev.ao.cli.support.CliContext;
import dev.ao.cli.support.Cluster;
import dev.ao.cli.support.ClusterConnector.Needs;
import dev.ao.cli.support.ClusterOptions;
import dev.ao.cli.support.ExitCodes;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "review-check",
    description = {
      "Send each agent the unresolved review comments on its PR.",
      "One message per Session with the threads it has not been sent yet, read from Session status",
      "(status.pr.reviewThreads) without calling GitHub. Running it again queues nothing new."
    })
public final class ReviewCheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ClusterOptions clusterOptions;

  @Parameters(arity = "0..1", paramLabel = "<project>", description = "Only this Project's Sessions.")
  String project;

  @Option(names = "--dry-run", description = "Print the messages instead of queuing them.")
  boolean dryRun;

  private final CliContext ctx;

  public ReviewCheckCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Cluster cluster = ctx.connector().connect(clusterOptions, Needs.AO_API)) {
      if (project != null) {
        Projects.get(cluster, project);
      }
      List<Session> withThreads = Sessions.list(cluster).stream()
          .filter(s -> project == null || (s.getSpec() != null && project.equals(s.getSpec().project)))
          .filter(s -> !threads(s).isEmpty())
          .toList();
      int queued = 0;
      for (Session s : withThreads) {
        queued += check(cluster, s, out) ? 1 : 0;
      }
      out.println(withThreads.isEmpty() ? "No Session has unresolved review threads in " + cluster.where() + "."
          : (dryRun ? queued + " message(s) would be queued." : queued + " message(s) queued."));
      out.flush();
    }
    return ExitCodes.OK;
  }

  /** Queues (or prints) the message for one Session; false when there is nothing new for it. */
  private boolean check(Cluster cluster, Session s, PrintWriter out) {
    String name = s.getMetadata().getName();
    List<ReviewThread> open = threads(s);
    if (!Phases.isActive(s)) {
      out.println(name + ": skipped, the Session is " + Phases.describe(s));
      return false;
    }
    Set<String> sent = SentThreads.of(s);
    List<ReviewThread> fresh = open.stream().filter(t -> t.id != null && !sent.contains(t.id)).toList();
    if (fresh.isEmpty()) {
      out.println(name + ": nothing new (" + open.size() + " unresolved thread(s) already sent)");
      return false;
    }
    ReviewMessage message = ReviewMessage.of(s.getStatus().pr, fresh);
    if (alreadyQueued(s, message.id())) {
      out.println(name + ": nothing new (" + message.id() + " already queued)");
      return false;
    }
    if (dryRun) {
      out.println(name + ": would queue " + message.id() + " (" + message.threadIds().size() + " thread(s)):");
      message.text().lines().forEach(l -> out.println("    " + l));
      return true;
    }
    String annotation = SentThreads.after(sent, open.stream().map(t -> t.id).toList(), message.threadIds());
    MessageQueue.append(cluster, name, message.toMessage(), Map.of(SentThreads.ANNOTATION, annotation));
    out.println(name + ": queued " + message.id() + " (" + message.threadIds().size() + " new unresolved thread(s))");
    return true;
  }

  private static List<ReviewThread> threads(Session s) {
    return s.getStatus() == null || s.getStatus().pr == null || s.getStatus().pr.reviewThreads == null ? List.of()
        : s.getStatus().pr.reviewThreads;
  }

  private static boolean alreadyQueued(Session s, String id) {
    Stream<String> queued = s.getSpec().messages == null ? Stream.empty() : s.getSpec().messages.stream().map((Message m) -> m.id);
    Stream<String> delivered = s.getStatus().deliveredMessages == null ? Stream.empty()
        : s.getStatus().deliveredMessages.stream().map((DeliveredMessage d) -> d.id);
    return Stream.concat(queued, delivered).anyMatch(id::equals);
  }
}
