/** Java 17: `class Solution` with a public method, LeetCode style; a tiny typed JSON reader. */
import type { Signature, ValueType } from "../../contracts/problems";
import { sortDepth, type Harness } from "./common";

const J_TYPE: Record<ValueType, string> = {
  int: "int", long: "long", double: "double", bool: "boolean", string: "String",
  "int[]": "int[]", "double[]": "double[]", "string[]": "String[]", "int[][]": "int[][]", "string[][]": "List<List<String>>",
  TreeNode: "TreeNode", ListNode: "ListNode",
};

const DEFAULT: Record<ValueType, string> = {
  int: "0", long: "0L", double: "0.0", bool: "false", string: '""',
  "int[]": "new int[0]", "double[]": "new double[0]", "string[]": "new String[0]", "int[][]": "new int[0][]",
  "string[][]": "new ArrayList<>()", TreeNode: "null", ListNode: "null",
};

const READ: Record<ValueType, string> = {
  int: "(int) in.num()", long: "in.num()", double: "in.dbl()", bool: "in.bool()", string: "in.str()",
  "int[]": "in.ints()", "double[]": "in.dbls()", "string[]": "in.strs()", "int[][]": "in.ints2()", "string[][]": "in.strs2()",
  TreeNode: "in.tree()", ListNode: "in.lst()",
};

const PRELUDE = `import java.util.*;
import java.util.function.*;
import java.util.stream.*;
import java.io.*;
`;

const DRIVER_LIB = `
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
    private final String s; private int i = 0;
    DuetIn(String s) { this.s = s; }
    private void ws() { while (i < s.length() && s.charAt(i) <= ' ') i++; }
    private char next() { ws(); return s.charAt(i++); }
    private boolean at(char c) { ws(); return i < s.length() && s.charAt(i) == c; }
    long num() { ws(); int st = i; while (i < s.length() && "+-0123456789".indexOf(s.charAt(i)) >= 0) i++; return Long.parseLong(s.substring(st, i)); }
    double dbl() { ws(); int st = i; while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) i++; return Double.parseDouble(s.substring(st, i)); }
    boolean bool() { ws(); boolean t = s.startsWith("true", i); i += t ? 4 : 5; return t; }
    boolean nul() { ws(); if (s.startsWith("null", i)) { i += 4; return true; } return false; }
    String str() {
        if (next() != '"') throw new IllegalStateException("duet: expected a string");
        StringBuilder b = new StringBuilder();
        for (char c = s.charAt(i++); c != '"'; c = s.charAt(i++)) {
            if (c != '\\\\') { b.append(c); continue; }
            char e = s.charAt(i++);
            switch (e) {
                case 'n': b.append('\\n'); break;
                case 't': b.append('\\t'); break;
                case 'r': b.append('\\r'); break;
                case 'b': b.append('\\b'); break;
                case 'f': b.append('\\f'); break;
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
        StringBuilder b = new StringBuilder("\\"");
        for (int k = 0; k < v.length(); k++) {
            char c = v.charAt(k);
            switch (c) {
                case '"': b.append("\\\\\\""); break;
                case '\\\\': b.append("\\\\\\\\"); break;
                case '\\n': b.append("\\\\n"); break;
                case '\\t': b.append("\\\\t"); break;
                case '\\r': b.append("\\\\r"); break;
                case '\\b': b.append("\\\\b"); break;
                case '\\f': b.append("\\\\f"); break;
                default: if (c < 0x20) b.append(String.format("\\\\u%04x", (int) c)); else b.append(c);
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
`;

function outExpr(sig: Signature): string {
  const depth = sortDepth(sig);
  if (depth === 1) return "DuetOut.sorted(DuetOut.elems(result))";
  if (depth === 2) return "DuetOut.sorted(DuetOut.deep(result))";
  return "DuetOut.json(result)";
}

export const java: Harness = {
  starter(sig) {
    const params = sig.params.map((p) => `${J_TYPE[p.type]} ${p.name}`).join(", ");
    return `class Solution {\n    public ${J_TYPE[sig.returns]} ${sig.function}(${params}) {\n        return ${DEFAULT[sig.returns]};\n    }\n}\n`;
  },
  assemble(sig, code) {
    const reads = sig.params.map((p, i) => `        ${J_TYPE[p.type]} a${i} = ${READ[p.type]};`).join("\n");
    const args = sig.params.map((_, i) => `a${i}`).join(", ");
    const main = `
public class Main {
    public static void main(String[] args) throws Exception {
        DuetIn in = new DuetIn(new String(System.in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
${reads}
        PrintStream real = System.out;
        System.setOut(System.err); // the candidate's prints go to stderr; stdout carries only the result
        ${J_TYPE[sig.returns]} result = new Solution().${sig.function}(${args});
        System.out.flush();
        System.setOut(real);
        real.print(${outExpr(sig)} + "\\n");
        real.flush();
    }
}
`;
    return PRELUDE + code + "\n" + DRIVER_LIB + main;
  },
};
