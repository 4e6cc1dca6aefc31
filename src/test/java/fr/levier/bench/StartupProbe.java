package fr.levier.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Starts the application in a child JVM (same class path as the tests) and reads how long Spring Boot
 * says it took to start ("Started LevierApplication in 9.8 seconds"), then stops it.
 */
final class StartupProbe {

    private static final Pattern STARTED =
            Pattern.compile("Started LevierApplication in ([0-9.]+) seconds \\(process running for ([0-9.]+)\\)");

    /** Seconds to start (as Spring Boot reports) and the whole process time until ready. */
    record Startup(double springSeconds, double processSeconds) {}

    static Startup start(List<String> jvmOptions, List<String> appArguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("fr.levier.LevierApplication");
        command.add("--server.port=0");
        command.addAll(appArguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                Matcher m = STARTED.matcher(line);
                if (m.find()) {
                    return new Startup(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)));
                }
            }
            throw new IllegalStateException("the application did not start (exit " + process.waitFor() + ")");
        } finally {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
