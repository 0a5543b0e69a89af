package org.concord.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Public pages under load: {@code connections} readers, each sending its next request as soon as the last one is
 * answered, for a fixed time, as anonymous visitors (no cookies kept). Prints requests per second, p50, p99 and
 * the slowest, beside the target (200 requests/s, p99 under 100 ms with 50 connections).
 *
 * <p>The readers run in the benchmark's JVM, on the same cores as Concord: what they spend is taken from Concord,
 * so the figures are a lower bound of what the server alone would do.
 */
final class PageLoad {

    private final HttpClient http;
    private final String base;
    private final int connections;
    private final Duration warmUp;
    private final Duration measured;

    PageLoad(int port, int connections, Duration warmUp, Duration measured) {
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(java.util.concurrent.Executors.newFixedThreadPool(4, r -> {
                    // daemon threads: the benchmark's JVM ends when it is done
                    Thread t = new Thread(r, "page-load-client");
                    t.setDaemon(true);
                    return t;
                })).build();
        this.base = "http://localhost:" + port;
        this.connections = connections;
        this.warmUp = warmUp;
        this.measured = measured;
    }

    record Result(String path, long requests, double perSecond, double p50, double p99, double max, long errors,
                  long bytes) {
        boolean meetsTarget() {
            return perSecond >= 200 && p99 < 100 && errors == 0;
        }
    }

    /** Each path in turn, under the full load; prints a line per path. */
    List<Result> run(List<String> paths) throws InterruptedException {
        System.out.printf("public pages, %d connections, %d s each after %d s warm-up (target: 200 requests/s, p99 < 100 ms):%n",
                connections, measured.toSeconds(), warmUp.toSeconds());
        // every page once before any is measured, so that the first measured does not pay for compiling the code
        // all of them share
        for (String path : paths) {
            load(path, warmUp);
        }
        List<Result> results = new ArrayList<>();
        for (String path : paths) {
            load(path, Duration.ofSeconds(1));
            Result r = load(path, measured);
            results.add(r);
            System.out.printf("  %-20s %7.0f req/s  p50 %6.1f ms  p99 %7.1f ms  max %7.1f ms  %,9d B  %s%s%n", r.path(),
                    r.perSecond(), r.p50(), r.p99(), r.max(), r.bytes(), r.meetsTarget() ? "meets target" : "BELOW TARGET",
                    r.errors() > 0 ? "  (" + r.errors() + " errors)" : "");
        }
        return results;
    }

    private Result load(String path, Duration duration) throws InterruptedException {
        // as a browser asks: its language, and compressed if the server will
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Accept-Language", "en").header("Accept-Encoding", "gzip").build();
        ConcurrentLinkedQueue<long[]> samples = new ConcurrentLinkedQueue<>();
        AtomicLong errors = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        List<Thread> readers = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            Thread reader = new Thread(() -> {
                List<Long> mine = new ArrayList<>();
                while (System.nanoTime() < end) {
                    long s = System.nanoTime();
                    try {
                        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        if (response.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                        bytes.addAndGet(response.body().length);
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    mine.add(System.nanoTime() - s);
                }
                samples.add(mine.stream().mapToLong(Long::longValue).toArray());
            });
            reader.setDaemon(true);
            reader.start();
            readers.add(reader);
        }
        for (Thread t : readers) {
            t.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] all = samples.stream().flatMapToLong(java.util.Arrays::stream).sorted().toArray();
        if (all.length == 0) {
            return new Result(path, 0, 0, 0, 0, 0, errors.get(), 0);
        }
        return new Result(path, all.length, all.length / seconds, all[all.length / 2] / 1e6,
                all[Math.min(all.length - 1, (int) (all.length * 0.99))] / 1e6, all[all.length - 1] / 1e6, errors.get(),
                bytes.get() / all.length);
    }
}
