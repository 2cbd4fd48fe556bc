package id.tanggap.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The CPU time one phase of a benchmark cost, per case, read from Linux's /proc: this JVM's threads by group (the
 * engine's actor threads, the job workers, the virtual threads' carriers, gRPC, the collector, the JIT), the database
 * server's process and the machine's (busy, and taken by the hypervisor for other guests). Unlike cases per second,
 * the CPU a case costs hardly depends on how busy the shared machine was, so two runs an hour apart can be compared
 * by it; the share stolen by the hypervisor says how loud the neighbours were.
 */
final class CpuTime {

    /** Linux's USER_HZ: /proc counts CPU time in hundredths of a second on every architecture this runs on. */
    private static final double MS_PER_TICK = 10;

    /** Thread groups by their name's start, in the order they are printed ({@code comm} keeps 15 characters). */
    private static final Map<String, List<String>> GROUPS = groups();

    private static Map<String, List<String>> groups() {
        Map<String, List<String>> g = new LinkedHashMap<>();
        g.put("engine", List.of("zb-"));
        g.put("job workers", List.of("pool-"));
        g.put("virtual threads (HTTP, bench clients)", List.of("ForkJoinPool-"));
        g.put("gRPC", List.of("grpc-"));
        g.put("GC", List.of("GC Thread", "G1 "));
        g.put("JIT", List.of("C1 CompilerThre", "C2 CompilerThre"));
        return g;
    }

    record Snapshot(long nanos, Map<String, Long> threads, long jvm, long database, long[] machine) {}

    static Snapshot take() {
        Map<String, Long> threads = new LinkedHashMap<>();
        GROUPS.keySet().forEach(k -> threads.put(k, 0L));
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            tasks.forEach(task -> {
                String[] stat = stat(task.resolve("stat"));
                if (stat != null) {
                    threads.merge(group(stat[0]), ticks(stat), Long::sum);
                }
            });
        } catch (IOException e) {
            // not Linux: nothing to print
        }
        String[] self = stat(Path.of("/proc/self/stat"));
        return new Snapshot(
                System.nanoTime(), threads, self == null ? 0 : ticks(self), databaseTicks(), machineTicks());
    }

    /**
     * Prints what the phase since {@code before} cost per case. Threads that ended during the phase count in the
     * JVM's total but in no group.
     */
    static void print(String phase, Snapshot before, int cases) {
        Snapshot after = take();
        if (cases <= 0 || after.jvm == 0) {
            return;
        }
        StringBuilder line = new StringBuilder();
        long grouped = 0;
        for (var e : after.threads.entrySet()) {
            long d = e.getValue() - before.threads.getOrDefault(e.getKey(), 0L);
            if (e.getKey().equals("other")) {
                continue;
            }
            grouped += d;
            line.append(String.format("%s %.1f, ", e.getKey(), perCase(d, cases)));
        }
        long jvm = after.jvm - before.jvm;
        line.append(String.format("other %.1f; this JVM %.1f", perCase(jvm - grouped, cases), perCase(jvm, cases)));
        if (after.database > 0) {
            line.append(String.format("; MariaDB %.1f", perCase(after.database - before.database, cases)));
        }
        long busy = after.machine[0] - before.machine[0];
        long steal = after.machine[1] - before.machine[1];
        long total = after.machine[2] - before.machine[2];
        System.out.printf(
                "%nCPU ms per case, %s (%d cases, %.1f s): %s; the machine %.0f %% busy, %.0f %% taken by the hypervisor%n",
                phase,
                cases,
                (after.nanos - before.nanos) / 1e9,
                line,
                total == 0 ? 0 : 100.0 * busy / total,
                total == 0 ? 0 : 100.0 * steal / total);
    }

    static double perCase(long ticks, int cases) {
        return ticks * MS_PER_TICK / cases;
    }

    private static String group(String name) {
        for (var e : GROUPS.entrySet()) {
            if (e.getValue().stream().anyMatch(name::startsWith)) {
                return e.getKey();
            }
        }
        return "other";
    }

    /** The name, then the fields after it: {@code [name, state, ppid, ...]} (the name may hold spaces). */
    private static String[] stat(Path file) {
        try {
            String s = Files.readString(file);
            int open = s.indexOf('(');
            int close = s.lastIndexOf(')');
            String[] rest = s.substring(close + 2).split(" ");
            String[] out = new String[rest.length + 1];
            out[0] = s.substring(open + 1, close);
            System.arraycopy(rest, 0, out, 1, rest.length);
            return out;
        } catch (IOException | RuntimeException e) {
            return null; // the thread ended meanwhile
        }
    }

    /** utime + stime: fields 14 and 15 of stat(5), here at 12 and 13 (the name at 0, the state at 1). */
    private static long ticks(String[] stat) {
        return Long.parseLong(stat[12]) + Long.parseLong(stat[13]);
    }

    /** Every MariaDB (or MySQL) server process on the machine: the benchmark's database is one of them. */
    private static long databaseTicks() {
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            return procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .map(p -> stat(p.resolve("stat")))
                    .filter(s -> s != null && (s[0].equals("mariadbd") || s[0].equals("mysqld")))
                    .mapToLong(CpuTime::ticks)
                    .sum();
        } catch (IOException e) {
            return 0;
        }
    }

    /** From the first line of /proc/stat: busy (user, nice, system, irq, softirq), steal, and all of them. */
    private static long[] machineTicks() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long user = Long.parseLong(f[1]);
            long nice = Long.parseLong(f[2]);
            long system = Long.parseLong(f[3]);
            long idle = Long.parseLong(f[4]);
            long iowait = Long.parseLong(f[5]);
            long irq = Long.parseLong(f[6]);
            long softirq = Long.parseLong(f[7]);
            long steal = f.length > 8 ? Long.parseLong(f[8]) : 0;
            long busy = user + nice + system + irq + softirq;
            return new long[] {busy, steal, busy + idle + iowait + steal};
        } catch (IOException | RuntimeException e) {
            return new long[3];
        }
    }

    private CpuTime() {}
}
