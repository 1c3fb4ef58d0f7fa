package dev.ao.runner.delivery;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Delivered message ids and their results, so a repeated id is answered from here instead of
 * being typed again. Only deliveries are recorded: an unconfirmed message may be retried.
 * Bounded; the operator's message list is bounded far below this.
 */
public final class MessageLedger {
  static final int CAPACITY = 10_000;

  private final Map<String, DeliveryResult> delivered =
      new LinkedHashMap<>(64, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, DeliveryResult> eldest) {
          return size() > CAPACITY;
        }
      };
  private int count;

  public synchronized Optional<DeliveryResult> find(String id) {
    return Optional.ofNullable(delivered.get(id));
  }

  /** Records a delivery; {@code counted} is false for the runner's own (the initial prompt). */
  public synchronized void record(DeliveryResult result, boolean counted) {
    if (result.isDelivered() && delivered.putIfAbsent(result.id(), result) == null && counted) {
      count++;
    }
  }

  public synchronized int deliveredCount() {
    return count;
  }
}
