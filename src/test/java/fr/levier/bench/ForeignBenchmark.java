package fr.levier.bench;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.springframework.context.ApplicationContext;

/**
 * Calls a per-feature benchmark ({@code PartnerImportBenchmark}, {@code ScorecardBenchmark}…) from the
 * suite, in the suite's Spring context and database: the class is instantiated, its {@code @Autowired}
 * fields filled by the context, its test method and {@code @AfterEach} methods called as JUnit would.
 * The classes stay their owners' (other issues tune the code they measure): the suite only reads the
 * figures they write to {@code target/benchmarks/}.
 */
final class ForeignBenchmark {

    private ForeignBenchmark() {}

    /** The text the benchmark wrote and how long it ran. */
    record Run(String text, double seconds) {

        /** @return the first number captured by {@code regex} (group 1), or {@code NaN} when absent */
        double number(String regex) {
            Matcher m = Pattern.compile(regex).matcher(text);
            return m.find() ? Double.parseDouble(m.group(1).replace(",", "")) : Double.NaN;
        }

        /** @return the last number captured by {@code regex} (group 1), or {@code NaN} (the warm round) */
        double lastNumber(String regex) {
            Matcher m = Pattern.compile(regex).matcher(text);
            double found = Double.NaN;
            while (m.find()) {
                found = Double.parseDouble(m.group(1).replace(",", ""));
            }
            return found;
        }
    }

    /**
     * @param context    the suite's Spring context
     * @param className  the benchmark class
     * @param method     its test method
     * @param properties system properties it reads (sizes), set before the class is loaded
     * @param output     the file it writes under {@code target/benchmarks/}
     */
    static Run call(
            ApplicationContext context, String className, String method, Map<String, String> properties, String output)
            throws Exception {
        properties.forEach(System::setProperty);
        Path file = Path.of("target", "benchmarks", output);
        Files.deleteIfExists(file);
        Class<?> type = Class.forName(className);
        Constructor<?> constructor = type.getDeclaredConstructor();
        constructor.setAccessible(true);
        Object bench = constructor.newInstance();
        context.getAutowireCapableBeanFactory().autowireBean(bench);
        Method test = type.getDeclaredMethod(method);
        test.setAccessible(true);
        long t0 = System.nanoTime();
        try {
            test.invoke(bench);
        } catch (java.lang.reflect.InvocationTargetException e) {
            // one benchmark failing must not stop the suite: its line says so, with the cause
            Throwable cause = e.getCause() == null ? e : e.getCause();
            BenchmarkSuite.REPORT.note(type.getSimpleName() + " failed: " + cause);
            return new Run("FAILED: " + cause, (System.nanoTime() - t0) / 1e9);
        } finally {
            for (Method m : type.getDeclaredMethods()) {
                if (m.isAnnotationPresent(AfterEach.class)) {
                    m.setAccessible(true);
                    m.invoke(bench);
                }
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new Run(Files.exists(file) ? Files.readString(file) : "", seconds);
    }
}
