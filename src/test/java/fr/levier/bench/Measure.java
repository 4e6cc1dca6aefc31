package fr.levier.bench;

import java.util.Arrays;
import java.util.function.Supplier;

/** Repeats a piece of work and reports median, 95th percentile and mean in milliseconds. */
record Measure(int runs, double medianMs, double p95Ms, double meanMs) {

    /** Runs {@code work} {@code warmup} times unmeasured, then {@code runs} times measured. */
    static Measure of(int warmup, int runs, Supplier<?> work) {
        for (int i = 0; i < warmup; i++) {
            consume(work.get());
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            ms[i] = time(work);
        }
        return of(ms);
    }

    /**
     * Measures a service call and its baseline turn about (service, baseline, service…), so a machine
     * whose load changes during the run slows both alike and their ratio stays meaningful.
     *
     * @return the service's measure, then the baseline's
     */
    static Measure[] paired(int warmup, int runs, Supplier<?> service, Supplier<?> baseline) {
        for (int i = 0; i < warmup; i++) {
            consume(service.get());
            consume(baseline.get());
        }
        double[] a = new double[runs];
        double[] b = new double[runs];
        for (int i = 0; i < runs; i++) {
            a[i] = time(service);
            b[i] = time(baseline);
        }
        return new Measure[] {of(a), of(b)};
    }

    private static double time(Supplier<?> work) {
        long t0 = System.nanoTime();
        consume(work.get());
        return (System.nanoTime() - t0) / 1e6;
    }

    private static Measure of(double[] ms) {
        int runs = ms.length;
        Arrays.sort(ms);
        double mean = Arrays.stream(ms).average().orElse(0);
        return new Measure(runs, ms[runs / 2], ms[Math.min(runs - 1, (int) Math.ceil(runs * 0.95) - 1)], mean);
    }

    private static volatile Object sink;

    private static void consume(Object o) {
        sink = o;
    }
}
