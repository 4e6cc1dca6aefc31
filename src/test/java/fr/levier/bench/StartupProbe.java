package fr.levier.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Starts the application in a child JVM, the way an operator does (the production jar, with or without
 * its AOT cache) or from the test class path, and measures the time until it is ready: from the launch
 * of the process until {@code /actuator/health/readiness} answers 200, which Spring Boot only does once
 * the application runners (demo data…) are done. Also reads what Spring Boot logs ("Started
 * LevierApplication in 9.8 seconds"). Then stops it.
 */
final class StartupProbe {

    private static final Pattern STARTED = Pattern.compile("Started LevierApplication in ([0-9.]+) seconds");

    /**
     * @param springSeconds what Spring Boot reports (context refresh, runners not included)
     * @param readySeconds  from the process launch to the first ready answer
     */
    record Startup(double springSeconds, double readySeconds) {}

    private StartupProbe() {}

    /** Runs the main class from the test class path (Vaadin in development mode). */
    static Startup fromClassPath(List<String> jvmOptions, List<String> appArguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("fr.levier.LevierApplication");
        return start(command, appArguments);
    }

    /** Runs {@code java [jvmOptions] -jar jar [appArguments]}. */
    static Startup fromJar(Path jar, List<String> jvmOptions, List<String> appArguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        return start(command, appArguments);
    }

    private static Startup start(List<String> javaArguments, List<String> appArguments)
            throws IOException, InterruptedException {
        try (Running app = launch(javaArguments, appArguments)) {
            return app.awaitReady();
        }
    }

    /** Starts {@code java [jvmOptions] -jar jar [appArguments]} and leaves it running until closed. */
    static Running launch(Path jar, List<String> jvmOptions, List<String> appArguments) throws IOException {
        List<String> command = new ArrayList<>(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        return launch(command, appArguments);
    }

    private static Running launch(List<String> javaArguments, List<String> appArguments) throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(javaArguments);
        command.add("--server.port=" + port);
        command.addAll(appArguments);
        return new Running(
                port,
                System.nanoTime(),
                new ProcessBuilder(command).redirectErrorStream(true).start());
    }

    /** A started application: its port and process; closing it stops it. */
    static final class Running implements AutoCloseable {

        private final int port;
        private final long launched;
        private final Process process;
        private final AtomicReference<Double> spring = new AtomicReference<>(Double.NaN);
        private final StringBuilder tail = new StringBuilder();
        private final Thread reader;

        private Running(int port, long launched, Process process) {
            this.port = port;
            this.launched = launched;
            this.process = process;
            this.reader = Thread.ofVirtual().start(this::read);
        }

        private void read() {
            try (BufferedReader out =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    Matcher m = STARTED.matcher(line);
                    if (m.find()) {
                        spring.set(Double.parseDouble(m.group(1)));
                    }
                    synchronized (tail) {
                        tail.append(line).append('\n');
                        if (tail.length() > 20_000) {
                            tail.delete(0, tail.length() - 10_000);
                        }
                    }
                }
            } catch (IOException e) {
                // the process ended
            }
        }

        String baseUrl() {
            return "http://127.0.0.1:" + port;
        }

        long pid() {
            return process.pid();
        }

        /** Waits until {@code /actuator/health/readiness} answers 200 (15 minutes at most: a start took over 5 on the shared 2-core machine under a load of 15). */
        Startup awaitReady() throws IOException, InterruptedException {
            HttpClient http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(1))
                    .build();
            HttpRequest ready = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(2))
                    .build();
            long deadline = launched + TimeUnit.MINUTES.toNanos(15);
            while (System.nanoTime() < deadline && process.isAlive()) {
                try {
                    if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return new Startup(spring.get(), (System.nanoTime() - launched) / 1e9);
                    }
                } catch (IOException e) {
                    // not listening yet
                }
                Thread.sleep(50);
            }
            synchronized (tail) {
                throw new IllegalStateException("the application did not become ready: " + tail);
            }
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            reader.join(5_000);
        }
    }
}
