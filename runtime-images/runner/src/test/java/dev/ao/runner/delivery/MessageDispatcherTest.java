package dev.ao.runner.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MessageDispatcherTest {
  final List<String> typed = new CopyOnWriteArrayList<>();
  volatile boolean confirm = true;
  final CountDownLatch release = new CountDownLatch(1);
  volatile boolean hold;
  final MessageDispatcher dispatcher = new MessageDispatcher(this::deliver, new MessageLedger());

  DeliveryResult deliver(String id, String text) {
    try {
      if (hold) {
        release.await(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    typed.add(text);
    return confirm ? DeliveryResult.delivered(id, Instant.now(), 1) : DeliveryResult.unconfirmed(id, "no echo", 4);
  }

  @AfterEach
  void close() {
    dispatcher.close();
  }

  @Test
  void delivers_one_at_a_time_in_arrival_order() throws Exception {
    for (int i = 0; i < 50; i++) {
      dispatcher.submit("m" + i, "text " + i);
    }
    dispatcher.submit("last", "last").result().get(5, TimeUnit.SECONDS);
    assertThat(typed).hasSize(51).startsWith("text 0", "text 1", "text 2").endsWith("text 49", "last");
    assertThat(dispatcher.deliveredCount()).isEqualTo(51);
  }

  @Test
  void a_repeated_id_gets_the_original_result_and_is_not_typed_again() throws Exception {
    DeliveryResult first = dispatcher.submit("a", "hello").result().get(5, TimeUnit.SECONDS);
    MessageDispatcher.Submission again = dispatcher.submit("a", "hello (edited)");

    assertThat(again.duplicate()).isTrue();
    assertThat(again.result().get()).isEqualTo(first);
    assertThat(typed).containsExactly("hello");
  }

  @Test
  void a_repeated_id_while_the_first_is_still_being_delivered_waits_for_that_delivery() throws Exception {
    hold = true;
    MessageDispatcher.Submission first = dispatcher.submit("a", "hello");
    MessageDispatcher.Submission second = dispatcher.submit("a", "hello");
    release.countDown();

    assertThat(first.duplicate()).isFalse();
    assertThat(second.duplicate()).isTrue();
    assertThat(second.result().get(5, TimeUnit.SECONDS)).isEqualTo(first.result().get());
    assertThat(typed).containsExactly("hello");
  }

  @Test
  void an_unconfirmed_message_may_be_retried_with_the_same_id() throws Exception {
    confirm = false;
    assertThat(dispatcher.submit("a", "hello").result().get(5, TimeUnit.SECONDS).status())
        .isEqualTo(DeliveryResult.Status.Unconfirmed);
    confirm = true;
    MessageDispatcher.Submission retry = dispatcher.submit("a", "hello");

    assertThat(retry.duplicate()).isFalse();
    assertThat(retry.result().get(5, TimeUnit.SECONDS).isDelivered()).isTrue();
    assertThat(typed).containsExactly("hello", "hello");
  }

  @Test
  void nothing_is_delivered_before_the_agent_is_ready_and_the_initial_prompt_is_not_counted() throws Exception {
    CountDownLatch ready = new CountDownLatch(1);
    dispatcher.holdUntil(() -> {
      try {
        ready.await(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    dispatcher.submit("initial-prompt", "the task", false);
    MessageDispatcher.Submission message = dispatcher.submit("m1", "follow-up");
    Thread.sleep(100);
    assertThat(typed).isEmpty();

    ready.countDown();
    message.result().get(5, TimeUnit.SECONDS);
    assertThat(typed).containsExactly("the task", "follow-up");
    assertThat(dispatcher.deliveredCount()).isEqualTo(1);
  }

  @Test
  void a_failing_sink_yields_an_unconfirmed_result_with_the_reason() throws Exception {
    MessageDispatcher failing = new MessageDispatcher((id, text) -> {
      throw new IllegalStateException("tmux gone");
    }, new MessageLedger());
    DeliveryResult result = failing.submit("a", "x").result().get(5, TimeUnit.SECONDS);
    failing.close();
    assertThat(result.status()).isEqualTo(DeliveryResult.Status.Unconfirmed);
    assertThat(result.error()).contains("tmux gone");
  }
}
