package dev.onewaydoor.app;

import dev.onewaydoor.config.ConfigException;
import dev.onewaydoor.config.RepoConfig;
import dev.onewaydoor.config.RepoConfigParser;
import dev.onewaydoor.github.GitHubException;
import dev.onewaydoor.github.RepoApi;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads {@code .github/onewaydoor.yml} at the base commit — never from the pull request's
 * head, so a PR cannot switch its own check off — and caches it by commit.
 */
final class RepoConfigLoader {
  private final Map<String, Object> cache = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
      return size() > 1000;
    }
  });

  /** Returns the config, or throws {@link ConfigException} naming the mistake. */
  RepoConfig load(RepoApi api, String baseSha) throws GitHubException, ConfigException {
    String key = api.fullName() + "@" + baseSha;
    Object cached = cache.get(key);
    if (cached == null) {
      byte[] bytes = api.contents(RepoConfig.PATH, baseSha);
      try {
        cached = bytes == null ? RepoConfig.defaults()
            : RepoConfigParser.parse(new String(bytes, StandardCharsets.UTF_8), RepoConfig.PATH);
      } catch (ConfigException e) {
        cached = e;
      }
      cache.put(key, cached);
    }
    if (cached instanceof ConfigException e) throw e;
    return (RepoConfig) cached;
  }
}
