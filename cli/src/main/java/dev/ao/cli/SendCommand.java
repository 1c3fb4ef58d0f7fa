package dev.ao.cli;

import dev.ao.api.v1alpha1.session.DeliveredMessage;
import dev.ao.api.v1alpha1.session.Message;
import dev.ao.api.v1alpha1.session.Session;
import dev.ao.cli.kube.Phases;
import dev.ao.cli.kube.Sessions;
import dev.ao.cli.session.MessageIds;
import dev.ao.cli.session.MessageQueue;
import dev.ao.cli.support.CliContext;
import dev.ao.cli.support.CliException;
import dev.ao.cli.support.Cluster;
import dev.ao.cli.support.ClusterConnector.Needs;
import dev.ao.cli.support.ClusterOptions;
import dev.ao.cli.support.DurationConverter;
import dev.ao.cli.support.ExitCodes;
import io.fabric8.kubernetes.client.KubernetesClientTimeoutException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "send",
    description = {
      "Queue a message for a Session's agent.",
      "It is appended to spec.messages and the operator types it into the agent's terminal once the agent is ready.",
      "With --wait, wait until the operator confirms delivery."
    })
public final class SendCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ClusterOptions clusterOptions;

  @Parameters(index = "0", paramLabel = "<session>", description = "The Session to send to.")
  String session;

  @Parameters(index = "1..*", arity = "0..*", paramLabel = "<text>", description = "The message (words are joined with spaces).")
  List<String> words;

  @Option(names = {"-f", "--file"}, paramLabel = "<file>", description = "Read the message from a file (- for stdin).")
  String file;

  @Option(names = "--wait", description = "Wait until the agent has received the message.")
  boolean await;

  @Option(
      names = "--timeout",
      paramLabel = "<duration>",
      converter = DurationConverter.class,
      defaultValue = "120s",
      description = "How long --wait waits, e.g. 30s, 5m (default: ${DEFAULT-VALUE}).")
  Duration timeout;

  private final CliContext ctx;

  public SendCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    String text = text();
    PrintWriter out = spec.commandLine().getOut();
    try (Cluster cluster = ctx.connector().connect(clusterOptions, Needs.AO_API)) {
      Message message = new Message(MessageIds.next(ctx.env().clock()), text);
      MessageQueue.Appended appended = MessageQueue.append(cluster, session, message);
      out.println("message " + message.id + " queued for " + session
          + (appended.pruned() > 0 ? " (removed " + appended.pruned() + " delivered messages to make room)" : ""));
      if (!Phases.isActive(appended.session())) {
        out.println("note: " + session + " is " + Phases.describe(appended.session())
            + "; the message is delivered if the Session is restored (`ao session restore " + session + "`).");
      }
      out.flush();
      if (await) {
        awaitDelivery(cluster, message.id, out);
      }
    }
    return ExitCodes.OK;
  }

  private void awaitDelivery(Cluster cluster, String id, PrintWriter out) {
    Session last;
    try {
      last = cluster.sessions().withName(session).waitUntilCondition(
          s -> s == null || delivered(s, id).isPresent() || !Phases.isActive(s), timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (KubernetesClientTimeoutException e) {
      Session now = Sessions.get(cluster, session);
      throw CliException.cluster("Message " + id + " was not delivered to " + session + " within " + timeout.toSeconds()
          + "s (phase " + Phases.describe(now) + (now.getStatus() != null && now.getStatus().activity != null
          ? ", activity " + now.getStatus().activity : "") + "). It stays queued and is delivered when the agent is ready;"
          + " see `kubectl describe session " + session + "`.");
    }
    if (last == null) {
      throw CliException.notFound("Session " + session + " was deleted before message " + id + " was delivered.");
    }
    Optional<DeliveredMessage> delivered = delivered(last, id);
    if (delivered.isEmpty()) {
      throw CliException.cluster("Session " + session + " is " + Phases.describe(last) + "; message " + id
          + " stays queued and is delivered only if the Session is restored (`ao session restore " + session + "`).");
    }
    out.println("delivered to " + session + " at " + delivered.get().deliveredAt);
    out.flush();
  }

  private static Optional<DeliveredMessage> delivered(Session s, String id) {
    return s.getStatus() == null || s.getStatus().deliveredMessages == null ? Optional.empty()
        : s.getStatus().deliveredMessages.stream().filter(d -> id.equals(d.id)).findFirst();
  }

  private String text() {
    boolean hasWords = words != null && !words.isEmpty();
    if (hasWords == (file != null)) {
      throw CliException.userError("Give the message either as text or with -f <file>, e.g. `ao send "
          + session + " \"please rebase on main\"`.");
    }
    String text;
    if (hasWords) {
      text = String.join(" ", words);
    } else {
      try {
        text = "-".equals(file) ? new String(ctx.env().stdin().readAllBytes(), StandardCharsets.UTF_8)
            : Files.readString(ctx.env().workingDirectory().resolve(Path.of(file)));
      } catch (IOException e) {
        throw CliException.userError("Cannot read " + file + ": " + e.getMessage());
      }
    }
    if (text.isBlank()) {
      throw CliException.userError("The message is empty; nothing was sent.");
    }
    return text.strip();
  }
}
