package fr.levier.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Upgrades can be undone: every changeset of every change file has an id, an author, a comment and a
 * rollback, and every change file is included by the master changelog. (.ci/run then proves the
 * rollbacks work: update, rollback of everything, update again on MariaDB.)
 */
class ChangelogRulesTest {

    private static final Path CHANGES = Path.of("src/main/resources/db/changelog/changes");

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> changeSets(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            Map<String, Object> doc = new Yaml().load(in);
            List<Map<String, Object>> sets = new ArrayList<>();
            for (Object entry : (List<Object>) doc.get("databaseChangeLog")) {
                Object set = ((Map<String, Object>) entry).get("changeSet");
                if (set != null) {
                    sets.add((Map<String, Object>) set);
                }
            }
            return sets;
        }
    }

    @Test
    void everyChangesetHasAnIdAnAuthorACommentAndARollback() throws Exception {
        List<String> problems = new ArrayList<>();
        int count = 0;
        try (Stream<Path> files = Files.list(CHANGES)) {
            for (Path file : files.sorted().toList()) {
                for (Map<String, Object> set : changeSets(file)) {
                    count++;
                    for (String key : List.of("id", "author", "comment", "rollback")) {
                        Object value = set.get(key);
                        if (value == null || value.toString().isBlank()) {
                            problems.add(file.getFileName() + " " + set.get("id") + ": no " + key);
                        }
                    }
                }
            }
        }
        assertThat(count).isGreaterThan(10);
        assertThat(problems).isEmpty();
    }

    @Test
    void everyChangeFileIsIncludedByTheMaster() throws Exception {
        String master = Files.readString(Path.of("src/main/resources/db/changelog/db.changelog-master.yaml"));
        try (Stream<Path> files = Files.list(CHANGES)) {
            assertThat(files.map(f -> "db/changelog/changes/" + f.getFileName()))
                    .allMatch(master::contains);
        }
    }
}
