package dev.ao.sim.http;

/** The request itself is malformed (unparseable JSON, a non-numeric id): GitHub answers 400. */
public final class BadRequestException extends Exception {

  public BadRequestException(String message) {
    super(message);
  }
}
