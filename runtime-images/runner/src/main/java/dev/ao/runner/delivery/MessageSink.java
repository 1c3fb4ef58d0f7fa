package dev.ao.runner.delivery;

/** Puts one message into the agent and confirms it arrived. Called from one thread at a time. */
public interface MessageSink {
  DeliveryResult deliver(String id, String text);
}
