package dev.ao.sim.rest;

import dev.ao.sim.http.HttpCall;
import dev.ao.sim.http.SimUrls;
import dev.ao.sim.model.Actor;
import dev.ao.sim.model.Repo;
import dev.ao.sim.ops.OperationException;
import dev.ao.sim.ops.Operations;

/** What every endpoint needs: the operations, the URLs, and GitHub's visibility rules. */
public record RestContext(Operations ops, SimUrls urls) {

  /** The repository named by the path; private repositories are 404 to anonymous callers, as on GitHub. */
  public Repo repo(HttpCall call, Actor caller) {
    Repo repo = ops.backend().repo(call.param("owner"), call.param("repo"));
    if (caller == null && repo.isPrivate()) {
      throw OperationException.notFound("Not Found");
    }
    return repo;
  }

  /** Writes need an account. */
  public static Actor requireCaller(Actor caller) {
    if (caller == null) {
      throw new NotAuthenticatedException();
    }
    return caller;
  }

  /** Thrown when an anonymous caller attempts a write; the pipeline answers 401 "Requires authentication". */
  public static final class NotAuthenticatedException extends RuntimeException {

    NotAuthenticatedException() {
      super("Requires authentication");
    }
  }
}
