package dev.ao.cli.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ao.api.v1alpha1.session.PullRequestStatus;
import dev.ao.api.v1alpha1.session.ReviewThread;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReviewMessageTest {
  @Test
  void should_derive_the_same_id_from_the_same_threads_in_any_order() {
    assertThat(ReviewMessage.id(List.of("a", "b"))).isEqualTo(ReviewMessage.id(List.of("b", "a")))
        .matches("review-[0-9a-f]{16}").isNotEqualTo(ReviewMessage.id(List.of("a")));
  }

  @Test
  void should_leave_threads_that_do_not_fit_for_a_later_message() {
    List<ReviewThread> threads = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      ReviewThread t = new ReviewThread();
      t.id = "T" + i;
      t.path = "f.java";
      t.body = "x".repeat(1990);
      threads.add(t);
    }
    PullRequestStatus pr = new PullRequestStatus();
    pr.number = 1;

    ReviewMessage m = ReviewMessage.of(pr, threads);

    assertThat(m.text().length()).isLessThanOrEqualTo(16384);
    assertThat(m.threadIds()).hasSizeBetween(5, 8).startsWith("T0");
    assertThat(m.text()).contains("more will follow");
  }

  @Test
  void should_keep_only_still_open_threads_in_the_sent_record() {
    assertThat(SentThreads.after(Set.of("old", "resolved"), List.of("old", "new"), List.of("new"))).isEqualTo("old,new");
  }
}
