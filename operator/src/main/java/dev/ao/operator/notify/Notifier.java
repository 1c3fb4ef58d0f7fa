package dev.ao.operator.notify;

/** One place people are told. Implementations may block (they run off the reconcile thread). */
public interface Notifier {
  /** Sends; throws when the destination refused or could not be reached after retries. */
  void send(Notification n) throws Exception;
}
