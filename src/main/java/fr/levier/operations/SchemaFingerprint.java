package fr.levier.operations;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The SHA-256 of everything Liquibase reads to migrate: every file under the master changelog's folder
 * (path and bytes, in path order) and the contexts, labels and parameters it runs with. Two starts with
 * the same fingerprint would apply the same changesets.
 */
final class SchemaFingerprint {

    private SchemaFingerprint() {}

    /**
     * @param changeLog  the master changelog as Spring Boot names it, e.g. {@code classpath:db/changelog/master.yaml}
     * @param settings   whatever else selects changesets (contexts, labels, parameters), in a stable order
     */
    static String of(ResourceLoader loader, String changeLog, Map<String, String> settings) {
        String path = changeLog.replaceFirst("^classpath\\*?:", "").replaceFirst("^/", "");
        String folder = path.contains("/") ? path.substring(0, path.lastIndexOf('/') + 1) : "";
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            Resource[] files =
                    new PathMatchingResourcePatternResolver(loader).getResources("classpath*:" + folder + "**/*");
            Arrays.sort(files, Comparator.comparing((Resource file) -> relativePath(file, folder)));
            for (Resource file : files) {
                String name = relativePath(file, folder);
                if (!file.isReadable() || name.endsWith("/")) {
                    continue;
                }
                sha.update(name.getBytes(StandardCharsets.UTF_8));
                try (InputStream in = file.getInputStream()) {
                    sha.update(in.readAllBytes());
                }
            }
            sha.update(path.getBytes(StandardCharsets.UTF_8));
            new TreeMap<>(settings).forEach((key, value) -> {
                sha.update((key + "=" + value + "\n").getBytes(StandardCharsets.UTF_8));
            });
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The path inside the class path (the same from a folder, a jar or a jar of jars). */
    private static String relativePath(Resource file, String folder) {
        try {
            String url = file.getURL().toString();
            int at = folder.isEmpty() ? -1 : url.lastIndexOf(folder);
            return at >= 0 ? url.substring(at) : url;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
