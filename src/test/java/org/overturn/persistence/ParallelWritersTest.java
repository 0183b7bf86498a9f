package org.overturn.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.overturn.persistence.json.CaseJson;
import org.overturn.persistence.json.ImportedCase;

/**
 * Issue 13, item 3: writers that share one database file, each with its own connections as separate
 * processes have, never fail with "database is locked", and first starts that race each other never
 * run a step twice.
 */
class ParallelWritersTest {

    @TempDir Path dir;

    private static String sample() throws Exception {
        try (InputStream in =
                ParallelWritersTest.class.getResourceAsStream(
                        "/org/overturn/samples/mh-iop-concurrent-erisa.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static <T> List<Throwable> race(int n, Callable<T> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            futures.add(
                    pool.submit(
                            () -> {
                                start.await();
                                return work.call();
                            }));
        }
        start.countDown();
        List<Throwable> failures = new ArrayList<>();
        for (Future<T> f : futures) {
            try {
                f.get(120, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                failures.add(e.getCause());
            }
        }
        pool.shutdown();
        return failures;
    }

    @Test
    void tenFirstStartsAtOnceAllOpenTheSameNewDatabase() throws Exception {
        Path file = dir.resolve("overturn.db");

        List<Throwable> failures =
                race(
                        10,
                        () ->
                                Database.open(
                                        file,
                                        new BackupService(
                                                dir.resolve("backups"), Clock.systemUTC())));

        assertThat(failures).isEmpty();
        assertThat(Database.openRaw(file).userVersion())
                .isEqualTo(SchemaMigrator.builtInMigrations().size());
    }

    @Test
    void twoWritersImportingFiftyCasesEachAtOnceAllSucceed() throws Exception {
        Path file = dir.resolve("overturn.db");
        Database.open(file, new BackupService(dir.resolve("backups"), Clock.systemUTC()));
        String json = sample();

        List<Throwable> failures =
                race(
                        2,
                        () -> {
                            // Each writer has its own Database and repository, as a second process
                            // would.
                            Database db =
                                    Database.open(
                                            file,
                                            new BackupService(
                                                    dir.resolve("backups"), Clock.systemUTC()));
                            CaseJson codec = new CaseJson();
                            SqliteCaseRepository cases =
                                    new SqliteCaseRepository(db, codec, Clock.systemUTC());
                            for (int i = 0; i < 50; i++) {
                                ImportedCase c = codec.read(json);
                                cases.importCase(c);
                            }
                            return null;
                        });

        assertThat(failures).isEmpty();
        assertThat(DbFiles.query(file, "SELECT count(*) FROM case_file")).isEqualTo("100");
    }
}
