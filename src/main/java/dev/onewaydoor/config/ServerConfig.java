package dev.onewaydoor.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The server's settings, from the environment, with Probot-compatible names. A missing or
 * invalid setting is a {@link ConfigException} naming it; secret values never appear in it.
 *
 * @param appId {@code APP_ID}: the GitHub App's id
 * @param privateKeyPem {@code PRIVATE_KEY} (PEM text) or the contents of {@code PRIVATE_KEY_PATH}
 * @param webhookSecret {@code WEBHOOK_SECRET}
 * @param port {@code PORT}, default 3000
 * @param webhookPath {@code WEBHOOK_PATH}, default {@code /api/github/webhooks}
 * @param apiUrl {@code GITHUB_API_URL}, default {@code https://api.github.com}
 * @param publicUrl {@code PUBLIC_URL}, where the server is reachable; used for check run links; may be null
 * @param dataDir {@code DATA_DIR}, where acknowledgments are kept; may be null (memory only)
 * @param logLevel {@code LOG_LEVEL}: trace, debug, info (default), warn or error
 * @param maxRepositoryMb {@code MAX_REPOSITORY_MB}: the largest repository archive read for a review, default 256
 * @param databaseUrl {@code DATABASE_URL}: the server verification runs on (postgresql://, mysql://,
 *     mariadb://); null for the embedded PostgreSQL. Holds a password: never printed
 * @param verifyForks {@code VERIFY_FORKS}: verify pull requests from forks too (default false)
 * @param reportPages {@code REPORT_PAGES}: public (default: report pages for public repositories only), all or
 *     off; pages need {@code PUBLIC_URL}
 */
public record ServerConfig(String appId, String privateKeyPem, String webhookSecret, int port, String webhookPath,
    String apiUrl, String publicUrl, Path dataDir, String logLevel, int maxRepositoryMb, String databaseUrl,
    boolean verifyForks, ReportPagesSetting reportPages) {

  @Override
  public String toString() {
    return "ServerConfig[appId=" + appId + ", port=" + port + ", webhookPath=" + webhookPath + ", apiUrl=" + apiUrl
        + ", publicUrl=" + publicUrl + ", dataDir=" + dataDir + ", logLevel=" + logLevel + ", maxRepositoryMb="
        + maxRepositoryMb + ", databaseUrl=" + (databaseUrl == null ? "embedded" : "(set)") + ", verifyForks="
        + verifyForks + ", reportPages=" + reportPages + "]"; // no secrets
  }

  public static ServerConfig fromEnv(Map<String, String> env) throws ConfigException {
    String appId = required(env, "APP_ID");
    if (!appId.matches("\\d+|Iv[0-9A-Za-z.]+")) throw new ConfigException("APP_ID must be the App's numeric id or client id");
    String key = env.get("PRIVATE_KEY");
    if (blank(key)) {
      String path = env.get("PRIVATE_KEY_PATH");
      if (blank(path)) throw new ConfigException("PRIVATE_KEY or PRIVATE_KEY_PATH is required");
      try {
        key = Files.readString(Path.of(path));
      } catch (IOException e) {
        throw new ConfigException("PRIVATE_KEY_PATH " + path + " cannot be read");
      }
    }
    String secret = required(env, "WEBHOOK_SECRET");
    int port;
    try {
      port = Integer.parseInt(env.getOrDefault("PORT", "3000").trim());
      if (port < 0 || port > 65535) throw new NumberFormatException();
    } catch (NumberFormatException e) {
      throw new ConfigException("PORT must be a number from 0 to 65535");
    }
    String path = env.getOrDefault("WEBHOOK_PATH", "/api/github/webhooks");
    if (!path.startsWith("/")) throw new ConfigException("WEBHOOK_PATH must start with /");
    String api = env.getOrDefault("GITHUB_API_URL", "https://api.github.com").replaceAll("/+$", "");
    if (!api.startsWith("https://") && !api.startsWith("http://")) {
      throw new ConfigException("GITHUB_API_URL must be an http(s) URL, such as https://HOST/api/v3");
    }
    String publicUrl = env.get("PUBLIC_URL");
    String dataDir = env.get("DATA_DIR");
    Path data = null;
    if (!blank(dataDir)) {
      data = Path.of(dataDir);
      try {
        Files.createDirectories(data);
      } catch (IOException e) {
        throw new ConfigException("DATA_DIR " + dataDir + " cannot be created");
      }
      if (!Files.isWritable(data)) throw new ConfigException("DATA_DIR " + dataDir + " is not writable");
    }
    String level = env.getOrDefault("LOG_LEVEL", "info").toLowerCase(java.util.Locale.ROOT);
    if (!level.matches("trace|debug|info|warn|error")) {
      throw new ConfigException("LOG_LEVEL must be trace, debug, info, warn or error");
    }
    int maxRepositoryMb;
    try {
      maxRepositoryMb = Integer.parseInt(env.getOrDefault("MAX_REPOSITORY_MB", "256").trim());
      if (maxRepositoryMb < 1 || maxRepositoryMb > 65536) throw new NumberFormatException();
    } catch (NumberFormatException e) {
      throw new ConfigException("MAX_REPOSITORY_MB must be a number from 1 to 65536");
    }
    String db = env.get("DATABASE_URL");
    if (!blank(db) && !db.trim().matches("(?i)(postgresql|postgres|mysql|mariadb)://.+")) {
      throw new ConfigException("DATABASE_URL must be postgresql://user:password@host:port/db (or mysql://, mariadb://)");
    }
    String forks = env.getOrDefault("VERIFY_FORKS", "false").trim().toLowerCase(java.util.Locale.ROOT);
    if (!forks.matches("true|false")) throw new ConfigException("VERIFY_FORKS must be true or false");
    ReportPagesSetting pages = ReportPagesSetting.parse(env.getOrDefault("REPORT_PAGES", "public"));
    return new ServerConfig(appId, key, secret, port, path, api, blank(publicUrl) ? null : publicUrl, data, level,
        maxRepositoryMb, blank(db) ? null : db.trim(), forks.equals("true"), pages);
  }

  private static String required(Map<String, String> env, String name) throws ConfigException {
    String v = env.get(name);
    if (blank(v)) throw new ConfigException(name + " is required");
    return v.trim();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
