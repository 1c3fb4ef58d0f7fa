package dev.ao.operator.scm;

import java.time.Instant;

/** An SCM call failed. {@code retryAt} is set when the host asked us to wait (rate limit, Retry-After). */
public class ScmException extends Exception {
  private final int status;
  private final Instant retryAt;

  public ScmException(String message, int status, Instant retryAt) {
    super(message);
    this.status = status;
    this.retryAt = retryAt;
  }

  public int status() {
    return status;
  }

  public Instant retryAt() {
    return retryAt;
  }

  public boolean rateLimited() {
    return retryAt != null;
  }
}
