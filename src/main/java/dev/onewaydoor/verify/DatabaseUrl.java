package dev.onewaydoor.verify;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code DATABASE_URL}: {@code postgresql://user:password@host:port/db?sslmode=require}, or
 * {@code mysql://…} / {@code mariadb://…}. The password never appears in {@link #toString}.
 *
 * @param dialect {@code postgresql} or {@code mysql}
 * @param mariadb the URL said {@code mariadb://}
 * @param database the database to connect to for creating scratch databases (may be empty)
 */
record DatabaseUrl(String dialect, boolean mariadb, String host, int port, String database, String user,
    String password, Map<String, String> params) {

  static DatabaseUrl parse(String url) {
    URI uri;
    try {
      uri = new URI(url.trim());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("DATABASE_URL is not a URL (expected postgresql://user:password@host:port/db)");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
    String dialect;
    switch (scheme) {
      case "postgresql": case "postgres": dialect = "postgresql"; break;
      case "mysql": case "mariadb": dialect = "mysql"; break;
      default: throw new IllegalArgumentException("DATABASE_URL must start with postgresql://, mysql:// or mariadb://");
    }
    if (uri.getHost() == null) throw new IllegalArgumentException("DATABASE_URL has no host");
    String user = "";
    String password = "";
    if (uri.getRawUserInfo() != null) {
      String[] parts = uri.getRawUserInfo().split(":", 2);
      user = decode(parts[0]);
      password = parts.length > 1 ? decode(parts[1]) : "";
    }
    Map<String, String> params = new LinkedHashMap<>();
    if (uri.getRawQuery() != null) {
      for (String kv : uri.getRawQuery().split("&")) {
        if (kv.isEmpty()) continue;
        String[] p = kv.split("=", 2);
        params.put(decode(p[0]), p.length > 1 ? decode(p[1]) : "");
      }
    }
    String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
    int port = uri.getPort() > 0 ? uri.getPort() : dialect.equals("postgresql") ? 5432 : 3306;
    return new DatabaseUrl(dialect, scheme.equals("mariadb"), uri.getHost(), port, path, user, password, Map.copyOf(params));
  }

  private static String decode(String s) {
    return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  /** {@code host:port}, for the summary. */
  String where() {
    return host + ":" + port;
  }

  @Override
  public String toString() {
    return (dialect.equals("postgresql") ? "postgresql" : mariadb ? "mariadb" : "mysql") + "://" + user
        + (password.isEmpty() ? "" : ":***") + "@" + where() + "/" + database;
  }
}
