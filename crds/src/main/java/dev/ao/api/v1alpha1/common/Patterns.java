package dev.ao.api.v1alpha1.common;

/**
 * Regular expressions shared by the CRD schema (via {@code @Pattern}) and the pure validators, so a
 * bad value gets the same verdict from {@code kubectl apply}, the CLI and the operator.
 */
public final class Patterns {
  /** RFC 1123 subdomain: names of Secrets, Projects, PVCs. */
  public static final String DNS_SUBDOMAIN =
      "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$";
  /** Secret data keys. */
  public static final String SECRET_KEY = "^[-._a-zA-Z0-9]+$";
  /** Environment variable names as POSIX shells accept them. */
  public static final String ENV_NAME = "^[A-Za-z_][A-Za-z0-9_]*$";
  /** Session prefix: a DNS label start, so `<prefix>-<n>` is a valid object name. */
  public static final String SESSION_PREFIX = "^[a-z]([a-z0-9-]{0,18}[a-z0-9])?$";
  /**
   * Characters and first character of a git branch name. Kubernetes evaluates {@code pattern} with
   * RE2 (no lookahead), so the remaining ref rules live in {@link #BRANCH_RULE} as a CEL rule.
   */
  public static final String BRANCH = "^[A-Za-z0-9][A-Za-z0-9._/-]{0,199}$";
  /**
   * The length {@link #BRANCH} allows, also declared as maxLength: the API server estimates a CEL rule's cost
   * from maxLength (not from a pattern) and refuses a CRD whose string rules could cost too much.
   */
  public static final int BRANCH_MAX = 200;
  /** CEL: the git ref rules a character class cannot express. */
  public static final String BRANCH_RULE =
      "!self.contains('..') && !self.contains('//') && !self.contains('/.') && !self.endsWith('/')"
          + " && !self.endsWith('.') && !self.endsWith('.lock')";
  public static final String BRANCH_RULE_MESSAGE =
      "must be a valid git branch name: no '..', '//', '/.', and no trailing '/', '.' or '.lock'";
  /** Issue reference: `42`, `#42`, `ENG-100`, or an http(s) URL to the issue. */
  public static final String ISSUE = "^(#?[0-9]{1,10}|[A-Za-z][A-Za-z0-9]{0,9}-[0-9]{1,10}|https?://[^\\s]+)$";
  /** Duration in Go/Kubernetes notation: `30s`, `10m`, `1h30m`. */
  public static final String DURATION = "^([0-9]+(ms|s|m|h))+$";
  /** Kubernetes quantity for storage. */
  public static final String STORAGE_QUANTITY = "^[0-9]+(\\.[0-9]+)?(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$";
  /** Message ids: short, URL- and label-safe. */
  public static final String MESSAGE_ID = "^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$";
  /** The length {@link #MESSAGE_ID} allows; bounds the cost of the message-id uniqueness rule. */
  public static final int MESSAGE_ID_MAX = 63;
  /** Agent profile names. */
  public static final String PROFILE_NAME = "^[a-z0-9]([-a-z0-9]{0,38}[a-z0-9])?$";
  /** The length {@link #PROFILE_NAME} allows; bounds the cost of the name uniqueness rules. */
  public static final int PROFILE_NAME_MAX = 40;
  /** An http(s) URL: API endpoints and webhooks. */
  public static final String HTTP_URL = "^https?://[^\\s]+$";
  /** A GitHub repository as owner/name. */
  public static final String OWNER_REPO = "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$";
  /** A Linear team key, the prefix of its issue ids (ENG in ENG-123). */
  public static final String LINEAR_TEAM_KEY = "^[A-Z][A-Z0-9]{0,9}$";
  /** An email address, loosely: one @ and no spaces. */
  public static final String EMAIL = "^[^@\\s]+@[^@\\s]+$";
  /** A reaction's escalateAfter: a number of attempts (`3`) or a {@link #DURATION} (`30m`). */
  public static final String ATTEMPTS_OR_DURATION = "^([0-9]+|([0-9]+(ms|s|m|h))+)$";
  /** Git clone URL: https, http, ssh or scp-like. */
  public static final String REPO_URL = "^(https?://|ssh://|git@)[^\\s]+$";

  private Patterns() {}
}
