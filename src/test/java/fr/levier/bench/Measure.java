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
            long t0 = System.nanoTime();
            consume(work.get());
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        double mean = Arrays.stream(ms).average().orElse(0);
        return new Measure(runs, ms[runs / 2], ms[Math.min(runs - 1, (int) Math.ceil(runs * 0.95) - 1)], mean);
    }

    private static volatile Object sink;

    private static void consume(Object o) {
        sink = o;
    }
}
