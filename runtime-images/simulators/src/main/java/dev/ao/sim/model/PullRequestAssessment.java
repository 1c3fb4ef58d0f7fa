package dev.ao.sim.model;

import java.util.List;

/**
 * Everything GitHub derives about a pull request's readiness.
 *
 * @param reviewDecision null when the base branch does not require reviews
 * @param mergeBlockers why a merge would be refused now, in the order GitHub reports them; empty means mergeable
 */
public record PullRequestAssessment(
    MergeableState mergeable,
    ReviewDecision reviewDecision,
    MergeStateStatus mergeStateStatus,
    List<String> mergeBlockers) {}
