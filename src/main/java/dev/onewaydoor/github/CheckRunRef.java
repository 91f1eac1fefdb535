package dev.onewaydoor.github;

/**
 * The check run a webhook names: its id, head commit, and the App that created it (the
 * {@code app.id}, {@code app.client_id} and {@code app.slug} of the payload's {@code check_run}).
 */
public record CheckRunRef(long id, String headSha, long appId, String appClientId, String appSlug) {
  public static final CheckRunRef NONE = new CheckRunRef(0, null, 0, "", "");

  /** True when the run was created by the App configured as {@code APP_ID} (numeric id or client id). */
  public boolean createdBy(String configuredAppId) {
    if (configuredAppId == null || configuredAppId.isEmpty()) return false;
    return configuredAppId.equals(String.valueOf(appId)) || configuredAppId.equals(appClientId);
  }
}
