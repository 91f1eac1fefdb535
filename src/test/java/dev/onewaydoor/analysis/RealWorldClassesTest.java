package dev.onewaydoor.analysis;

import dev.onewaydoor.testing.Fixture;
import org.junit.jupiter.api.Test;

/**
 * One test per class of wrong findings seen on real migration histories (the realworld list):
 * each asserts exactly what is reported, line by line, with {@code -- expect:} markers. A file
 * without markers must produce no finding at all.
 */
class RealWorldClassesTest {
  private static final String DIESEL_BASE = """
      CREATE TABLE post (id int PRIMARY KEY, title text, score int);
      CREATE TABLE author (id int PRIMARY KEY, icon bytea);
      CREATE INDEX idx_post_title ON post (title);
      """;

  @Test
  void class01DownsAreComparedAsStatesNotAsLiteralInverses() {
    Fixture.repo().withBase()
        .applied("migrations/2020-01-01-000000_base/up.sql", DIESEL_BASE)
        .applied("migrations/2020-01-01-000000_base/down.sql", "DROP TABLE post; DROP TABLE author;")
        // the index goes with its column
        .file("migrations/2020-01-02-000000_rank/up.sql", """
            ALTER TABLE post ADD COLUMN rank int;
            CREATE INDEX CONCURRENTLY idx_post_rank ON post (rank);
            """)
        .file("migrations/2020-01-02-000000_rank/down.sql", "ALTER TABLE post DROP COLUMN rank;")
        // an index dropped and re-created is no change at all
        .file("migrations/2020-01-03-000000_reindex/up.sql", """
            DROP INDEX idx_post_title;
            CREATE INDEX CONCURRENTLY idx_post_title ON post (title);
            """)
        .file("migrations/2020-01-03-000000_reindex/down.sql", "SELECT 1;")
        // a temporary table leaves nothing behind
        .file("migrations/2020-01-04-000000_temp/up.sql", """
            CREATE TEMPORARY TABLE post_tmp AS SELECT id FROM post;
            DROP TABLE post_tmp;
            """)
        .file("migrations/2020-01-04-000000_temp/down.sql", "SELECT 1;")
        // renamed then retyped; the down undoes both in its own order
        .file("migrations/2020-01-05-000000_avatar/up.sql", """
            ALTER TABLE author RENAME COLUMN icon TO avatar; -- expect: rename-column "Renames `author.icon` to `avatar`"
            ALTER TABLE author ALTER COLUMN avatar TYPE text;
            """)
        .file("migrations/2020-01-05-000000_avatar/down.sql", """
            ALTER TABLE author RENAME COLUMN avatar TO icon;
            ALTER TABLE author ALTER COLUMN icon TYPE bytea USING icon::bytea;
            """)
        .expect();
  }

  @Test
  void class01bMySqlChangeBackIsTheInverseAndARecreatedTableGuardIsANote() {
    Fixture.repo().withBase()
        .applied("migrations/2019-01-01-000000_base/up.sql",
            "CREATE TABLE `ciphers` (uuid CHAR(36) NOT NULL PRIMARY KEY, type INTEGER NOT NULL);")
        .applied("migrations/2019-01-01-000000_base/down.sql", "DROP TABLE `ciphers`;")
        .file("migrations/2019-05-26-000000_change/up.sql",
            "ALTER TABLE `ciphers` CHANGE COLUMN type atype INTEGER NOT NULL; -- expect: rename-column \"Renames `ciphers.type` to `atype`\"")
        .file("migrations/2019-05-26-000000_change/down.sql", "ALTER TABLE `ciphers` CHANGE COLUMN atype type INTEGER NOT NULL;")
        .file("migrations/2019-06-01-000000_guard/up.sql", """
            DROP TABLE IF EXISTS `archives`; -- expect-warning: drop-table "Drops table `archives` and creates it again"
            CREATE TABLE `archives` (id INTEGER NOT NULL PRIMARY KEY);
            """)
        .file("migrations/2019-06-01-000000_guard/down.sql", "DROP TABLE IF EXISTS `archives`;")
        .expect();
  }

  @Test
  void class02PopLayoutIsJudgedPerVersionGroupAndDialectWithTheGenericFallback() {
    Fixture.repo()
        .file("sql/20200101000000000000_init.postgres.up.sql", "CREATE TABLE a (id int);")
        .file("sql/20200101000000000000_init.postgres.down.sql", "DROP TABLE b;")
        .file("sql/20200101000000000001_init.postgres.up.sql", "CREATE TABLE b (id int, a_id int);")
        .file("sql/20200101000000000001_init.postgres.down.sql", "DROP TABLE a;")
        .file("sql/20200102000000000000_name.sqlite3.up.sql", "ALTER TABLE b ADD COLUMN name TEXT;")
        .file("sql/20200102000000000000_name.up.sql", "ALTER TABLE b ADD COLUMN name text;")
        .file("sql/20200102000000000000_name.down.sql", "ALTER TABLE b DROP COLUMN name;")
        .expect();
  }

  @Test
  void class03EachDialectFolderHasItsOwnModel() {
    Fixture.repo()
        .file("db/migration/mysql/V1__users.sql", "CREATE TABLE users (id char(36) NOT NULL PRIMARY KEY, email varchar(255));")
        .file("db/migration/mysql/V2__email.sql",
            "ALTER TABLE users MODIFY id char(36) NOT NULL, MODIFY email varchar(255) NOT NULL; -- expect: set-not-null \"Makes `users.email` NOT NULL\"")
        .file("db/migration/postgres/V1__users.sql", "CREATE TABLE users (id uuid NOT NULL PRIMARY KEY, email text);")
        .file("db/migration/postgres/V2__email.sql",
            "ALTER TABLE users ALTER COLUMN email SET NOT NULL; -- expect: set-not-null \"Makes `users.email` NOT NULL\"")
        .expect();
  }

  @Test
  void class04AdditiveMigrationsAndHistoriesWithoutDownsNeedNoDown() {
    Fixture.repo()
        .file("migrations/0001_init.up.sql", "CREATE TABLE robot (id serial PRIMARY KEY, name text);")
        .file("migrations/0002_describe.up.sql", "ALTER TABLE robot ADD COLUMN IF NOT EXISTS description text;")
        .expect();
  }

  @Test
  void class04MissingDownStillBlocksWhereTheHistoryWritesDownsAndTheUpBreaks() {
    Fixture.repo()
        .file("migrations/0001_init.up.sql", "CREATE TABLE robot (id serial PRIMARY KEY, name text);")
        .file("migrations/0001_init.down.sql", "DROP TABLE robot;")
        .file("migrations/0002_describe.up.sql", "ALTER TABLE robot ADD COLUMN description text;")
        .file("migrations/0003_rename.up.sql", """
            ALTER TABLE robot RENAME COLUMN name TO label; -- expect: rename-column "Renames `robot.name`"  expect: missing-down-migration "It has no down migration"
            """)
        .expect();
  }

  @Test
  void class05BackticksInCommentsDoNotMakeAPostgresFileMySql() {
    Fixture.repo()
        .file("migrations/2024-01-01-000000_fn/up.sql", """
            -- Keeps `post_count` in sync.
            CREATE FUNCTION post_count() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              UPDATE stats SET n = n + 1;
              IF (TG_OP = 'DELETE') THEN
                DELETE FROM cache WHERE id = OLD.id;
              END IF;
              RETURN NULL;
            END $$;
            """)
        .file("migrations/2024-01-01-000000_fn/down.sql", "DROP FUNCTION post_count();")
        .expect();
  }

  @Test
  void class06ColumnsAddedInTheSameReleaseAreFree() {
    Fixture.repo()
        .file("db/migration/V1__base.sql", "CREATE TABLE t (id int PRIMARY KEY);")
        .file("db/migration/V2__same_file.sql", """
            ALTER TABLE t ADD COLUMN tmp int;
            UPDATE t SET tmp = id;
            ALTER TABLE t DROP COLUMN tmp;
            ALTER TABLE t ADD COLUMN x int;
            ALTER TABLE t RENAME COLUMN x TO y;
            """)
        .expect();
  }

  @Test
  void class06bCopySwapKeepsTheColumnAndDropAndReAddWithoutCopyLosesIt() {
    Fixture.repo()
        .file("db/migration/V1__base.sql", "CREATE TABLE codes (id int PRIMARY KEY, kind char(36) NOT NULL, note text);")
        .file("db/migration/V2__swap.sql", """
            ALTER TABLE codes ADD COLUMN kind_new varchar(36);
            UPDATE codes SET kind_new = kind;
            ALTER TABLE codes DROP COLUMN kind;
            ALTER TABLE codes RENAME COLUMN kind_new TO kind;
            ALTER TABLE codes DROP COLUMN note; -- expect: drop-column "Drops column `codes.note` and adds it again empty"
            ALTER TABLE codes ADD COLUMN note text;
            """)
        .expect();
  }

  @Test
  void class07TableRebuildsAreComparedColumnByColumn() {
    Fixture.repo()
        .file("db/migration/V1__base.sql", """
            CREATE TABLE devices (uuid text PRIMARY KEY, user_uuid text NOT NULL, name text NOT NULL);
            CREATE TABLE ciphers (uuid text PRIMARY KEY, folder_uuid text, name text NOT NULL);
            """)
        .file("db/migration/V2__devices_pk.sql", """
            CREATE TABLE devices_new (uuid text NOT NULL, user_uuid text NOT NULL, name text NOT NULL, PRIMARY KEY (uuid, user_uuid));
            INSERT INTO devices_new SELECT uuid, user_uuid, name FROM devices;
            DROP TABLE devices;
            ALTER TABLE devices_new RENAME TO devices;
            """)
        .file("db/migration/V3__ciphers_without_folder.sql", """
            ALTER TABLE ciphers RENAME TO ciphers_old;
            CREATE TABLE ciphers (uuid text PRIMARY KEY, name text NOT NULL);
            INSERT INTO ciphers SELECT uuid, name FROM ciphers_old;
            DROP TABLE ciphers_old; -- expect: drop-column "Table `ciphers` is rebuilt without column `ciphers.folder_uuid`"
            """)
        .expect();
  }

  @Test
  void class08VersionFoldersSortAsVersions() {
    Fixture.repo()
        .file("schema/versioned/v1.9/schema.sql", "CREATE TABLE cluster (host bytea NOT NULL, rpc varchar(15) NOT NULL);")
        .file("schema/versioned/v1.10/alter.sql", "ALTER TABLE cluster ALTER COLUMN rpc TYPE varchar(128);")
        .expect();
  }

  @Test
  void class08bMySqlBlobAndTextFamiliesWiden() {
    Fixture.repo()
        .file("db/migration/V1__base.sql", "CREATE TABLE `shards` (id INT NOT NULL PRIMARY KEY, data BLOB NOT NULL, notes TINYTEXT);")
        .file("db/migration/V2__bigger.sql", """
            ALTER TABLE `shards` MODIFY COLUMN data MEDIUMBLOB NOT NULL;
            ALTER TABLE `shards` MODIFY COLUMN notes MEDIUMTEXT;
            """)
        .file("db/migration/V3__smaller.sql", """
            ALTER TABLE `shards` MODIFY COLUMN notes TEXT; -- expect: lossy-type-change "Changes `shards.notes` from mediumtext to text"
            """)
        .expect();
  }

  @Test
  void class08cUuidToCharFitsAndTextToEnumFailsRatherThanCuts() {
    Fixture.repo()
        .file("db/migration/V1__base.sql", """
            CREATE TYPE listing AS ENUM ('All', 'Local');
            CREATE TABLE identities (id uuid PRIMARY KEY, nid uuid NOT NULL, listing text NOT NULL, code uuid);
            """)
        .file("db/migration/V2__types.sql", """
            ALTER TABLE identities ALTER COLUMN nid TYPE char(36); -- expect: change-column-type "Changes `identities.nid` from uuid to char(36)"
            ALTER TABLE identities ALTER COLUMN listing TYPE listing USING listing::listing; -- expect: change-column-type "Changes `identities.listing` from text to listing"
            ALTER TABLE identities ALTER COLUMN code TYPE varchar(8); -- expect: lossy-type-change "Changes `identities.code` from uuid to varchar(8)"
            """)
        .expect();
  }

  @Test
  void class09DefaultDroppedAndSetAgainInTheSameReleaseIsNoChange() {
    Fixture.repo()
        .file("db/migration/V1__base.sql", """
            CREATE TYPE sort_type AS ENUM ('Hot', 'New');
            CREATE TABLE local_user (id int PRIMARY KEY, sort sort_type NOT NULL DEFAULT 'Hot');
            """)
        .file("db/migration/V2__swap_enum.sql", """
            ALTER TYPE sort_type RENAME TO sort_type__;
            CREATE TYPE sort_type AS ENUM ('Hot', 'New', 'Top');
            ALTER TABLE local_user ALTER COLUMN sort DROP DEFAULT;
            ALTER TABLE local_user ALTER COLUMN sort TYPE sort_type USING sort::text::sort_type;
            ALTER TABLE local_user ALTER COLUMN sort SET DEFAULT 'Hot';
            DROP TYPE sort_type__;
            """)
        .expect();
  }

  @Test
  void class10DestructiveWordsCountInCodeOnlyAndAreNamed() {
    Fixture.repo()
        .file("db/migration/V2__dedupe.sql", """
            DO $$
            BEGIN
              -- truncate the name if it is too long
              UPDATE audit_log SET operation = 'pull' WHERE operation = 'delete';
            END $$;
            DO $$ -- expect: unparsed-statement "OneWayDoor could not analyse this statement"
            BEGIN
              EXECUTE 'DROP TABLE ' || 'audit_old';
            END $$;
            """)
        .expect();
  }

  @Test
  void class11PathNamesTheDialectBeforeContentIsGuessed() {
    Fixture.repo()
        .file("db/migrations/mysql/0002_index.up.sql", """
            # We don't drop the old index yet: the previous release still uses it.
            CREATE INDEX idx_orders_created ON orders (created_at);
            """)
        .file("db/migrations/mysql/0002_index.down.sql", "DROP INDEX idx_orders_created ON orders;")
        .expect();
  }

  @Test
  void class12EveryColumnOfAMultiColumnDropIsReported() {
    Fixture.repo()
        .file("db/migration/V1__base.sql", "CREATE TABLE q (id int PRIMARY KEY, a int, b int, c int);")
        .file("db/migration/V2__drop.sql", """
            ALTER TABLE q DROP COLUMN a, b, c; -- expect: drop-column "Drops column `q.a`"  expect: drop-column "Drops column `q.b`"  expect: drop-column "Drops column `q.c`"
            """)
        .expect();
  }

  @Test
  void class13DropIfExistsOfATableNoMigrationMadeIsANote() {
    Fixture.repo()
        .file("db/migration/V1__base.sql", "CREATE TABLE t (id int);")
        .file("db/migration/V2__guard.sql", """
            DROP TABLE IF EXISTS legacy_import; -- expect-warning: drop-table "Drops table `legacy_import` if it exists"
            """)
        .expect();
  }

  @Test
  void class14FlywayBaselineIsAppliedFirst() {
    Fixture.repo()
        .file("db/migration/B1_0__baseline.sql", "CREATE TABLE t (id int);\nCREATE TABLE u (id int);")
        .file("db/migration/V1_1__drop.sql", "DROP TABLE u; -- expect: drop-table \"Drops table `u`. Every row\"")
        .expect();
  }
}
