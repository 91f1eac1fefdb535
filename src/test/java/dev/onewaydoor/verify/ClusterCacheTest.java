package dev.onewaydoor.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The initialised-cluster cache: only a private directory of the user's own is trusted. */
class ClusterCacheTest {
  @TempDir Path tmp;

  @Test
  void aDirectoryOthersCanReadIsNotUsed() throws Exception {
    Path root = Files.createDirectory(tmp.resolve("shared"));
    Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
    assertNull(ClusterCache.open(root));
    assertEquals(0, Files.list(root).count(), "nothing is written into it");
  }

  @Test
  void aPrivateCacheIsBuiltOnceAndCopiedWithItsModes() throws Exception {
    Path root = tmp.resolve("private");
    ClusterCache cache = ClusterCache.open(root);
    assertNotNull(cache);
    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(root)));
    Path cluster = Files.list(root).filter(p -> !p.getFileName().toString().startsWith("staging")).findFirst().orElseThrow();
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(cluster.resolve("secret"))));
    assertEquals(48, cache.password().length());
    Path copy = tmp.resolve("copy");
    cache.copyTo(copy);
    assertTrue(Files.isRegularFile(copy.resolve("PG_VERSION")));
    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(copy)));
    assertEquals(cache.password(), ClusterCache.open(root).password(), "built once, then reused");
  }
}
