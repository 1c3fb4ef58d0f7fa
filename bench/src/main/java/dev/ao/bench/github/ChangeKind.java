package dev.ao.bench.github;

import dev.ao.api.v1alpha1.session.SessionStatus;
import dev.ao.sim.control.SimulatorControl;
import dev.ao.sim.model.CheckConclusion;
import dev.ao.sim.model.CheckStatus;
import dev.ao.sim.model.MergeMethod;
import java.util.function.Predicate;

/**
 * The SCM changes the benchmark makes, as the people and machines around an agent would: CI reporting red or green,
 * a reviewer approving or asking for changes, a maintainer merging, the agent opening its PR. Each knows when it
 * applies, how to make it at the simulator, and what the Session's status must then show.
 */
enum ChangeKind {
  OPEN_PR(1) {
    @Override
    boolean appliesTo(BranchWork w) {
      return w.number() == 0;
    }

    @Override
    Predicate<SessionStatus> apply(SimulatorControl github, BranchWork w) {
      int number = github.createPullRequest(GitHubWorld.OWNER, w.repo(), w.branch(), "main", "Work of " + w.session(), "Benchmark PR", GitHubWorld.AGENT);
      w.opened(number);
      return s -> s.pr != null && s.pr.number != null && s.pr.number == number;
    }
  },
  CI_RED(3) {
    @Override
    boolean appliesTo(BranchWork w) {
      return w.hasOpenPr() && w.ci() != CiState.FAILING;
    }

    @Override
    Predicate<SessionStatus> apply(SimulatorControl github, BranchWork w) {
      github.setCheckRun(GitHubWorld.OWNER, w.repo(), w.headSha(), GitHubWorld.CHECK, CheckStatus.COMPLETED, CheckConclusion.FAILURE);
      w.ci(CiState.FAILING);
      return ci(CiState.FAILING);
    }
  },
  CI_GREEN(3) {
    @Override
    boolean appliesTo(BranchWork w) {
      return w.hasOpenPr() && w.ci() != CiState.PASSING;
    }

    @Override
    Predicate<SessionStatus> apply(SimulatorControl github, BranchWork w) {
      github.setCheckRun(GitHubWorld.OWNER, w.repo(), w.headSha(), GitHubWorld.CHECK, CheckStatus.COMPLETED, CheckConclusion.SUCCESS);
      w.ci(CiState.PASSING);
      return ci(CiState.PASSING);
    }
  },
  APPROVE(2) {
    @Override
    boolean appliesTo(BranchWork w) {
      return w.hasOpenPr() && w.review() != ReviewState.APPROVED;
    }

    @Override
    Predicate<SessionStatus> apply(SimulatorControl github, BranchWork w) {
      github.submitReview(GitHubWorld.OWNER, w.repo(), w.number(), GitHubWorld.REVIEWER, false, dev.ao.sim.model.ReviewState.APPROVED, "LGTM");
      w.review(ReviewState.APPROVED);
      return review(ReviewState.APPROVED);
    }
  },
  REQUEST_CHANGES(1) {
    @Override
    boolean appliesTo(BranchWork w) {
      return w.hasOpenPr() && w.review() == ReviewState.REVIEW_REQUIRED;
    }

    @Override
    Predicate<SessionStatus> apply(SimulatorControl github, BranchWork w) {
      github.submitReview(GitHubWorld.OWNER, w.repo(), w.number(), GitHubWorld.REVIEWER, false, dev.ao.sim.model.ReviewState.CHANGES_REQUESTED,
          "Needs work");
      w.review(ReviewState.CHANGES_REQUESTED);
      return review(ReviewState.CHANGES_REQUESTED);
    }
  },
  MERGE(1) {
    @Override
    boolean appliesTo(BranchWork w) {
      return w.hasOpenPr() && w.ci() == CiState.PASSING && w.review() == ReviewState.APPROVED;
    }

    @Override
    Predicate<SessionStatus> apply(SimulatorControl github, BranchWork w) {
      github.mergePullRequest(GitHubWorld.OWNER, w.repo(), w.number(), MergeMethod.SQUASH, GitHubWorld.MAINTAINER);
      w.merge();
      return s -> s.pr != null && "merged".equals(s.pr.state);
    }
  };

  /** How often this change is picked when several apply: CI reports most, merges least. */
  final int weight;

  ChangeKind(int weight) {
    this.weight = weight;
  }

  abstract boolean appliesTo(BranchWork w);

  /** Makes the change; returns what the Session's status will show once the operator saw it. */
  abstract Predicate<SessionStatus> apply(SimulatorControl github, BranchWork w);

  private static Predicate<SessionStatus> ci(CiState state) {
    return s -> s.pr != null && state.statusValue().equals(s.pr.ci);
  }

  private static Predicate<SessionStatus> review(ReviewState state) {
    return s -> s.pr != null && state.statusValue().equals(s.pr.reviewDecision);
  }
}
