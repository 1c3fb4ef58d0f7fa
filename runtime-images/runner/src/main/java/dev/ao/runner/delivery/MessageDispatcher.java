package dev.ao.runner.delivery;

import dev.ao.runner.Log;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Delivers messages one at a time in arrival order, and answers a repeated id with the original
 * outcome — also while the first delivery of that id is still under way.
 */
public final class MessageDispatcher implements AutoCloseable {
  private final MessageSink sink;
  private final MessageLedger ledger;
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "message-delivery");
            t.setDaemon(true);
            return t;
          });
  private final Map<String, CompletableFuture<DeliveryResult>> inFlight = new HashMap<>();

  public MessageDispatcher(MessageSink sink, MessageLedger ledger) {
    this.sink = sink;
    this.ledger = ledger;
  }

  /** A queued or answered message; {@code duplicate} when the id was seen before. */
  public record Submission(CompletableFuture<DeliveryResult> result, boolean duplicate) {}

  /**
   * Runs {@code gate} on the delivery thread before anything submitted later is delivered. The
   * runner waits there for the agent to be ready: text pasted before the agent has switched its
   * terminal to raw mode and bracketed paste would be split into lines by the terminal.
   */
  public void holdUntil(Runnable gate) {
    worker.execute(() -> {
      try {
        gate.run();
      } catch (RuntimeException e) {
        Log.warn("waiting for the agent failed: " + e.getMessage());
      }
    });
  }

  public Submission submit(String id, String text) {
    return submit(id, text, true);
  }

  /** Queues a message behind all earlier ones; {@code counted} is false for the initial prompt. */
  public synchronized Submission submit(String id, String text, boolean counted) {
    Optional<DeliveryResult> done = ledger.find(id);
    if (done.isPresent()) {
      return new Submission(CompletableFuture.completedFuture(done.get()), true);
    }
    CompletableFuture<DeliveryResult> pending = inFlight.get(id);
    if (pending != null) {
      return new Submission(pending, true);
    }
    CompletableFuture<DeliveryResult> result = new CompletableFuture<>();
    inFlight.put(id, result);
    worker.execute(() -> result.complete(deliver(id, text, counted)));
    return new Submission(result, false);
  }

  public int deliveredCount() {
    return ledger.deliveredCount();
  }

  private DeliveryResult deliver(String id, String text, boolean counted) {
    DeliveryResult result;
    try {
      result = sink.deliver(id, text);
    } catch (RuntimeException e) {
      result = DeliveryResult.unconfirmed(id, "delivery failed: " + e.getMessage(), 0);
    }
    synchronized (this) {
      ledger.record(result, counted);
      inFlight.remove(id);
    }
    if (!result.isDelivered()) {
      Log.warn("message " + id + " not delivered: " + result.error());
    }
    return result;
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }
}
