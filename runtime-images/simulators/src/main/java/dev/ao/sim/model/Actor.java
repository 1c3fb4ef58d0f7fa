package dev.ao.sim.model;

/**
 * A GitHub account that can author things: a user or a bot (GitHub App).
 *
 * <p>GitHub spells a bot's login differently per API: GraphQL's {@code Bot.login} is the bare slug ({@code
 * "coderabbitai"}) while REST's {@code user.login} carries the {@code [bot]} suffix. The model keeps the bare slug and
 * each API renders its own spelling.
 */
public record Actor(long id, String login, boolean bot) {

  private static final String BOT_SUFFIX = "[bot]";

  /** Strips a trailing {@code [bot]} so that "x" and "x[bot]" name the same account. */
  public static String bareLogin(String login) {
    return login.endsWith(BOT_SUFFIX) ? login.substring(0, login.length() - BOT_SUFFIX.length()) : login;
  }

  /** The login as REST shows it ({@code user.login}). */
  public String restLogin() {
    return bot ? login + BOT_SUFFIX : login;
  }

  /** The GraphQL object type name of this account, which clients read as {@code author.__typename}. */
  public String typename() {
    return bot ? "Bot" : "User";
  }

  /** The REST {@code user.type} value. */
  public String restType() {
    return bot ? "Bot" : "User";
  }
}
