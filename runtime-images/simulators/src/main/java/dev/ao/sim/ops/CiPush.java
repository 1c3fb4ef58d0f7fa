package dev.ao.sim.ops;

/**
 * A push as CI sees it.
 *
 * @param pushNumber 1 for the first push to this branch since the simulator started, 2 for the next, and so on
 */
public record CiPush(String repo, String branch, String sha, int pushNumber) {}
