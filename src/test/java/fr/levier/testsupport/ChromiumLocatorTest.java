package fr.levier.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the browser tests look for their browser, on fake PATHs built in a temporary folder. */
class ChromiumLocatorTest {

    @TempDir
    Path dir;

    private Path executable(String folder, String name) throws IOException {
        Path file = Files.createDirectories(dir.resolve(folder)).resolve(name);
        Files.writeString(file, "#!/bin/sh\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    private String path(String... folders) {
        StringBuilder path = new StringBuilder();
        for (String folder : folders) {
            path.append(path.isEmpty() ? "" : File.pathSeparator).append(dir.resolve(folder));
        }
        return path.toString();
    }

    @Test
    void levierChromiumWinsOverThePath() throws IOException {
        Path own = executable("own", "my-chrome");
        executable("bin", "chromium");
        var result = new ChromiumLocator(Map.of("LEVIER_CHROMIUM", own.toString(), "PATH", path("bin"))).locate();
        assertThat(result.executable()).contains(own);
    }

    @Test
    void levierChromiumPointingNowhereIsReportedNotReplaced() throws IOException {
        executable("bin", "chromium");
        var result = new ChromiumLocator(Map.of("LEVIER_CHROMIUM", "/nowhere/chromium", "PATH", path("bin"))).locate();
        assertThat(result.executable()).isEmpty();
        assertThat(result.problem()).contains("LEVIER_CHROMIUM=/nowhere/chromium", "apt install chromium");
    }

    @Test
    void theNamesAreTriedInOrderAcrossThePath() throws IOException {
        executable("a", "google-chrome");
        Path browser = executable("b", "chromium-browser");
        var result = new ChromiumLocator(Map.of("PATH", path("a", "b"))).locate();
        assertThat(result.executable()).contains(browser);

        Path chromium = executable("c", "chromium");
        assertThat(new ChromiumLocator(Map.of("PATH", path("a", "b", "c")))
                        .locate()
                        .executable())
                .contains(chromium);
        assertThat(new ChromiumLocator(Map.of("PATH", path("a"))).locate().executable())
                .contains(dir.resolve("a").resolve("google-chrome"));
    }

    @Test
    void aFileThatIsNotExecutableIsNotABrowser() throws IOException {
        Files.createDirectories(dir.resolve("bin"));
        Files.writeString(dir.resolve("bin").resolve("chromium"), "not a program");
        var result = new ChromiumLocator(Map.of("PATH", path("bin"))).locate();
        assertThat(result.executable()).isEmpty();
        assertThat(result.problem()).contains("No Chromium found", "apt install chromium", "LEVIER_CHROMIUM");
    }

    @Test
    void noPathAtAllFindsNothing() {
        assertThat(new ChromiumLocator(Map.of()).locate().executable()).isEmpty();
    }

    @Test
    void aBrowserIsRequiredOnlyWhenAskedFor() {
        assertThat(new ChromiumLocator(Map.of()).browserRequired()).isFalse();
        assertThat(new ChromiumLocator(Map.of("LEVIER_REQUIRE_BROWSER", "false")).browserRequired())
                .isFalse();
        assertThat(new ChromiumLocator(Map.of("LEVIER_REQUIRE_BROWSER", "true")).browserRequired())
                .isTrue();
        assertThat(new ChromiumLocator(Map.of("LEVIER_REQUIRE_BROWSER", "TRUE")).browserRequired())
                .isTrue();
    }
}
