/*
 * Duet's Java harness (Java 17, `class Solution` with a public method, LeetCode style).
 * judge/harness/java.ts assembles a judged Main.java: the imports above the `duet:candidate` line
 * joined into one line that the candidate's first line follows (so the candidate's line n is line n
 * of Main.java), the candidate's code, the classes below the line, then a `public class Main`
 * generated from the signature that reads one test's typed input (one JSON value a line), calls the
 * method once through DuetRun.call and prints the result as one canonical JSON line.
 * The problems CI compiles this file on its own with -Xlint:all -Werror.
 */
import java.util.*;
import java.util.function.*;
import java.util.stream.*;
import java.io.*;

// ---- duet:candidate ----

class TreeNode {
    int val; TreeNode left; TreeNode right;
    TreeNode() {}
    TreeNode(int val) { this.val = val; }
    TreeNode(int val, TreeNode left, TreeNode right) { this.val = val; this.left = left; this.right = right; }
}

class ListNode {
    int val; ListNode next;
    ListNode() {}
    ListNode(int val) { this.val = val; }
    ListNode(int val, ListNode next) { this.val = val; this.next = next; }
}

final class DuetIn {
    /** All of stdin: one JSON value per parameter, a line each. */
    static DuetIn stdin() throws IOException { return new DuetIn(new String(System.in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)); }

    private final String s; private int i = 0;
    DuetIn(String s) { this.s = s; }
    private void ws() { while (i < s.length() && s.charAt(i) <= ' ') i++; }
    private char next() { ws(); return s.charAt(i++); }
    private boolean at(char c) { ws(); return i < s.length() && s.charAt(i) == c; }
    /** A design test's punctuation between calls and arguments: `[`, `,` or `]`. */
    void expect(char c) { if (next() != c) throw new IllegalStateException("duet: expected " + c); }
    long num() { ws(); int st = i; while (i < s.length() && "+-0123456789".indexOf(s.charAt(i)) >= 0) i++; return Long.parseLong(s.substring(st, i)); }
    double dbl() { ws(); int st = i; while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) i++; return Double.parseDouble(s.substring(st, i)); }
    boolean bool() { ws(); boolean t = s.startsWith("true", i); i += t ? 4 : 5; return t; }
    boolean nul() { ws(); if (s.startsWith("null", i)) { i += 4; return true; } return false; }
    String str() {
        if (next() != '"') throw new IllegalStateException("duet: expected a string");
        StringBuilder b = new StringBuilder();
        for (char c = s.charAt(i++); c != '"'; c = s.charAt(i++)) {
            if (c != '\\') { b.append(c); continue; }
            char e = s.charAt(i++);
            switch (e) {
                case 'n': b.append('\n'); break;
                case 't': b.append('\t'); break;
                case 'r': b.append('\r'); break;
                case 'b': b.append('\b'); break;
                case 'f': b.append('\f'); break;
                case 'u': b.append((char) Integer.parseInt(s.substring(i, i + 4), 16)); i += 4; break;
                default: b.append(e);
            }
        }
        return b.toString();
    }
    <T> List<T> list(Supplier<T> item) {
        if (next() != '[') throw new IllegalStateException("duet: expected an array");
        List<T> out = new ArrayList<>();
        if (at(']')) { i++; return out; }
        while (true) { out.add(item.get()); if (next() == ']') return out; }
    }
    int[] ints() { return list(this::num).stream().mapToInt(Long::intValue).toArray(); }
    double[] dbls() { return list(this::dbl).stream().mapToDouble(Double::doubleValue).toArray(); }
    String[] strs() { return list(this::str).toArray(new String[0]); }
    int[][] ints2() { return list(this::ints).toArray(new int[0][]); }
    List<List<String>> strs2() { return list(() -> list(this::str)); }
    ListNode lst() { List<Long> v = list(this::num); ListNode head = null; for (int k = v.size() - 1; k >= 0; k--) head = new ListNode((int) (long) v.get(k), head); return head; }
    TreeNode tree() {
        List<Long> v = list(() -> nul() ? null : num());
        if (v.isEmpty()) return null;
        TreeNode[] nodes = new TreeNode[v.size()];
        for (int k = 0; k < nodes.length; k++) if (v.get(k) != null) nodes[k] = new TreeNode((int) (long) v.get(k));
        int c = 1;
        for (TreeNode n : nodes) {
            if (n == null) continue;
            if (c < nodes.length) n.left = nodes[c]; c++;
            if (c < nodes.length) n.right = nodes[c]; c++;
        }
        return nodes[0];
    }
}

final class DuetOut {
    static String json(int v) { return Integer.toString(v); }
    static String json(long v) { return Long.toString(v); }
    static String json(double v) { return Double.toString(v); }
    static String json(boolean v) { return v ? "true" : "false"; }
    static String json(String v) {
        if (v == null) return "null";
        StringBuilder b = new StringBuilder("\"");
        for (int k = 0; k < v.length(); k++) {
            char c = v.charAt(k);
            switch (c) {
                case '"': b.append("\\\""); break;
                case '\\': b.append("\\\\"); break;
                case '\n': b.append("\\n"); break;
                case '\t': b.append("\\t"); break;
                case '\r': b.append("\\r"); break;
                case '\b': b.append("\\b"); break;
                case '\f': b.append("\\f"); break;
                default: if (c < 0x20) b.append(String.format("\\u%04x", (int) c)); else b.append(c);
            }
        }
        return b.append('"').toString();
    }
    static String join(Stream<String> parts) { return "[" + parts.collect(Collectors.joining(",")) + "]"; }
    static String[] elems(int[] a) { return a == null ? null : Arrays.stream(a).mapToObj(DuetOut::json).toArray(String[]::new); }
    static String[] elems(double[] a) { return a == null ? null : Arrays.stream(a).mapToObj(DuetOut::json).toArray(String[]::new); }
    static String[] elems(String[] a) { return a == null ? null : Arrays.stream(a).map(DuetOut::json).toArray(String[]::new); }
    static String[] elems(int[][] a) { return a == null ? null : Arrays.stream(a).map(DuetOut::json).toArray(String[]::new); }
    static String[] elems(List<List<String>> a) { return a == null ? null : a.stream().map(DuetOut::json).toArray(String[]::new); }
    static String[] deep(int[][] a) { return a == null ? null : Arrays.stream(a).map(r -> sorted(elems(r))).toArray(String[]::new); }
    static String[] deep(List<List<String>> a) { return a == null ? null : a.stream().map(r -> sorted(elems(r == null ? null : r.toArray(new String[0])))).toArray(String[]::new); }
    static String sorted(String[] parts) { if (parts == null) return "null"; Arrays.sort(parts); return join(Arrays.stream(parts)); }
    static String json(int[] a) { return a == null ? "null" : join(Arrays.stream(elems(a))); }
    static String json(double[] a) { return a == null ? "null" : join(Arrays.stream(elems(a))); }
    static String json(String[] a) { return a == null ? "null" : join(Arrays.stream(elems(a))); }
    static String json(int[][] a) { return a == null ? "null" : join(Arrays.stream(elems(a))); }
    static String json(List<?> a) {
        if (a == null) return "null";
        return join(a.stream().map(x -> x instanceof List ? json((List<?>) x) : json((String) x)));
    }
    static String json(ListNode h) { StringJoiner j = new StringJoiner(",", "[", "]"); for (; h != null; h = h.next) j.add(json(h.val)); return j.toString(); }
    static String json(TreeNode root) {
        List<String> out = new ArrayList<>();
        List<TreeNode> order = new ArrayList<>();
        order.add(root);
        for (int k = 0; k < order.size(); k++) {
            TreeNode n = order.get(k);
            if (n == null) { out.add("null"); continue; }
            out.add(json(n.val)); order.add(n.left); order.add(n.right);
        }
        while (!out.isEmpty() && out.get(out.size() - 1).equals("null")) out.remove(out.size() - 1);
        return join(out.stream());
    }
}

/** The candidate's method as DuetRun calls it (it may declare checked exceptions). */
interface DuetCall<T> {
    T call() throws Throwable;
}

/**
 * Calls the candidate's method with its prints sent to stderr (stdout carries only the result).
 * What it throws is reported as Java reports an uncaught exception, without the harness's frames,
 * and exits 1 as Java does.
 */
final class DuetRun {
    private static final Set<String> HARNESS = Set.of("Main", "DuetRun", "DuetIn", "DuetOut");

    static <T> T call(DuetCall<T> call) {
        PrintStream real = System.out;
        System.setOut(System.err);
        try {
            T result = call.call();
            System.out.flush();
            System.setOut(real);
            return result;
        } catch (Throwable t) {
            System.out.flush();
            hideHarness(t, Collections.newSetFromMap(new IdentityHashMap<>()));
            System.err.print("Exception in thread \"main\" ");
            t.printStackTrace();
            System.err.flush();
            System.exit(1);
            throw new IllegalStateException("unreachable");
        }
    }

    static void print(String json) {
        System.out.print(json + "\n");
        System.out.flush();
    }

    /** Cuts each trace (causes and suppressed ones too) at its first harness frame. */
    private static void hideHarness(Throwable t, Set<Throwable> seen) {
        if (t == null || !seen.add(t)) return;
        StackTraceElement[] frames = t.getStackTrace();
        int keep = 0;
        while (keep < frames.length && !HARNESS.contains(frames[keep].getClassName())) keep++;
        t.setStackTrace(Arrays.copyOf(frames, keep));
        hideHarness(t.getCause(), seen);
        for (Throwable s : t.getSuppressed()) hideHarness(s, seen);
    }
}
