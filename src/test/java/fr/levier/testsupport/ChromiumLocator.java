package fr.levier.testsupport;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the Chromium the browser tests drive, never a downloaded one: {@code LEVIER_CHROMIUM} when
 * set, else {@code chromium}, {@code chromium-browser} or {@code google-chrome} on the {@code PATH}.
 * Pure function of the environment so that it is tested without touching the machine's.
 */
public record ChromiumLocator(Map<String, String> env) {

    static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome");

    /** How to get a browser, printed when none is found. */
    static final String HOW_TO =
            "install one (apt install chromium) or set LEVIER_CHROMIUM to a Chromium/Chrome binary";

    /** The outcome: the browser found, or why none was. */
    public record Result(Optional<Path> executable, String problem) {}

    public Result locate() {
        String configured = env.get("LEVIER_CHROMIUM");
        if (configured != null && !configured.isBlank()) {
            Path path = Path.of(configured);
            return isExecutable(path)
                    ? new Result(Optional.of(path), null)
                    : new Result(
                            Optional.empty(),
                            "LEVIER_CHROMIUM=" + configured + " is not an executable file: " + HOW_TO);
        }
        String pathVariable = env.getOrDefault("PATH", "");
        for (String name : NAMES) {
            for (String dir : pathVariable.split(File.pathSeparator)) {
                if (dir.isBlank()) {
                    continue;
                }
                Path candidate = Path.of(dir, name);
                if (isExecutable(candidate)) {
                    return new Result(Optional.of(candidate), null);
                }
            }
        }
        return new Result(
                Optional.empty(), "No Chromium found (" + String.join(", ", NAMES) + " on the PATH): " + HOW_TO);
    }

    /** @return whether a missing browser must fail the build rather than skip the browser tests */
    public boolean browserRequired() {
        return Boolean.parseBoolean(
                env.getOrDefault("LEVIER_REQUIRE_BROWSER", "false").trim());
    }

    private static boolean isExecutable(Path path) {
        return Files.isRegularFile(path) && Files.isExecutable(path);
    }
}
