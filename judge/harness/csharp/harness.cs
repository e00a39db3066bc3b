/*
 * Duet's C# harness (C# 7, Mono 6.8 mcs; `public class Solution` with a public method, LeetCode style).
 * judge/harness/csharp.ts assembles a judged main.cs: the usings above the `duet:candidate` line
 * joined into one line that the candidate's first line follows (so the candidate's line n is line n
 * of main.cs, and a candidate's own usings at the top stay legal), the candidate's code, the classes
 * below the line, then a `DuetMain` generated from the signature that reads one test's typed input
 * (one JSON value a line), calls the method once through DuetRun.Call and prints the result as one
 * canonical JSON line. The problems CI compiles this file on its own with warnings as errors.
 */
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

// ---- duet:candidate ----

public class TreeNode {
    public int val; public TreeNode left; public TreeNode right;
    public TreeNode(int val = 0, TreeNode left = null, TreeNode right = null) { this.val = val; this.left = left; this.right = right; }
}

public class ListNode {
    public int val; public ListNode next;
    public ListNode(int val = 0, ListNode next = null) { this.val = val; this.next = next; }
}

sealed class DuetIn {
    /** All of stdin: one JSON value per parameter, a line each. */
    public static DuetIn Stdin() {
        using (var r = new System.IO.StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false))) return new DuetIn(r.ReadToEnd());
    }

    private readonly string s; private int i = 0;
    public DuetIn(string s) { this.s = s; }
    private void Ws() { while (i < s.Length && s[i] <= ' ') i++; }
    private char Next() { Ws(); return s[i++]; }
    private bool At(char c) { Ws(); return i < s.Length && s[i] == c; }
    private string Token(string chars) { Ws(); int st = i; while (i < s.Length && chars.IndexOf(s[i]) >= 0) i++; return s.Substring(st, i - st); }
    /** A design test's punctuation between calls and arguments: `[`, `,` or `]`. */
    public void Expect(char c) { if (Next() != c) throw new InvalidOperationException("duet: expected " + c); }
    public long Num() { return long.Parse(Token("+-0123456789"), System.Globalization.CultureInfo.InvariantCulture); }
    public double Dbl() { return double.Parse(Token("+-0123456789.eE"), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture); }
    public bool Bool() { Ws(); bool t = string.CompareOrdinal(s, i, "true", 0, 4) == 0; i += t ? 4 : 5; return t; }
    public bool Nul() { Ws(); if (string.CompareOrdinal(s, i, "null", 0, 4) == 0) { i += 4; return true; } return false; }
    public string Str() {
        if (Next() != '"') throw new InvalidOperationException("duet: expected a string");
        var b = new StringBuilder();
        for (char c = s[i++]; c != '"'; c = s[i++]) {
            if (c != '\\') { b.Append(c); continue; }
            char e = s[i++];
            switch (e) {
                case 'n': b.Append('\n'); break;
                case 't': b.Append('\t'); break;
                case 'r': b.Append('\r'); break;
                case 'b': b.Append('\b'); break;
                case 'f': b.Append('\f'); break;
                case 'u': b.Append((char) Convert.ToInt32(s.Substring(i, 4), 16)); i += 4; break;
                default: b.Append(e); break;
            }
        }
        return b.ToString();
    }
    public List<T> Items<T>(Func<T> item) {
        if (Next() != '[') throw new InvalidOperationException("duet: expected an array");
        var out_ = new List<T>();
        if (At(']')) { i++; return out_; }
        while (true) { out_.Add(item()); if (Next() == ']') return out_; }
    }
    public int Int() { return (int) Num(); }
    public int[] Ints() { return Items(Int).ToArray(); }
    public double[] Dbls() { return Items(Dbl).ToArray(); }
    public string[] Strs() { return Items(Str).ToArray(); }
    public int[][] Ints2() { return Items(Ints).ToArray(); }
    public IList<IList<string>> Strs2() { return Items<IList<string>>(() => Items(Str)); }
    public ListNode Lst() { List<int> v = Items(Int); ListNode head = null; for (int k = v.Count - 1; k >= 0; k--) head = new ListNode(v[k], head); return head; }
    public TreeNode Tree() {
        List<int?> v = Items<int?>(() => Nul() ? (int?) null : Int());
        if (v.Count == 0) return null;
        var nodes = new TreeNode[v.Count];
        for (int k = 0; k < nodes.Length; k++) if (v[k].HasValue) nodes[k] = new TreeNode(v[k].Value);
        int c = 1;
        foreach (TreeNode n in nodes) {
            if (n == null) continue;
            if (c < nodes.Length) n.left = nodes[c];
            c++;
            if (c < nodes.Length) n.right = nodes[c];
            c++;
        }
        return nodes[0];
    }
}

static class DuetOut {
    public static string Json(int v) { return v.ToString(System.Globalization.CultureInfo.InvariantCulture); }
    public static string Json(long v) { return v.ToString(System.Globalization.CultureInfo.InvariantCulture); }
    /** The shortest text that reads back as the same double ("R"); the judge compares doubles within a tolerance. */
    public static string Json(double v) { return v.ToString("R", System.Globalization.CultureInfo.InvariantCulture); }
    public static string Json(bool v) { return v ? "true" : "false"; }
    public static string Json(string v) {
        if (v == null) return "null";
        var b = new StringBuilder("\"");
        foreach (char c in v) {
            switch (c) {
                case '"': b.Append("\\\""); break;
                case '\\': b.Append("\\\\"); break;
                case '\n': b.Append("\\n"); break;
                case '\t': b.Append("\\t"); break;
                case '\r': b.Append("\\r"); break;
                case '\b': b.Append("\\b"); break;
                case '\f': b.Append("\\f"); break;
                default: if (c < 0x20) b.Append("\\u").Append(((int) c).ToString("x4")); else b.Append(c); break;
            }
        }
        return b.Append('"').ToString();
    }
    public static string Join(IEnumerable<string> parts) { return "[" + string.Join(",", parts) + "]"; }
    public static string[] Elems(int[] a) { return a == null ? null : a.Select(x => Json(x)).ToArray(); }
    public static string[] Elems(double[] a) { return a == null ? null : a.Select(x => Json(x)).ToArray(); }
    public static string[] Elems(string[] a) { return a == null ? null : a.Select(x => Json(x)).ToArray(); }
    public static string[] Elems(int[][] a) { return a == null ? null : a.Select(x => Json(x)).ToArray(); }
    public static string[] Elems(IList<IList<string>> a) { return a == null ? null : a.Select(x => Json(x)).ToArray(); }
    public static string[] Deep(int[][] a) { return a == null ? null : a.Select(r => Sorted(Elems(r))).ToArray(); }
    public static string[] Deep(IList<IList<string>> a) { return a == null ? null : a.Select(r => Sorted(Elems(r == null ? null : r.ToArray()))).ToArray(); }
    /** Sorted by their text, as every harness sorts an unordered result (ordinal: Java's and C's order). */
    public static string Sorted(string[] parts) { if (parts == null) return "null"; Array.Sort(parts, StringComparer.Ordinal); return Join(parts); }
    public static string Json(int[] a) { return a == null ? "null" : Join(Elems(a)); }
    public static string Json(double[] a) { return a == null ? "null" : Join(Elems(a)); }
    public static string Json(string[] a) { return a == null ? "null" : Join(Elems(a)); }
    public static string Json(int[][] a) { return a == null ? "null" : Join(Elems(a)); }
    public static string Json(IList<string> a) { return a == null ? "null" : Join(a.Select(x => Json(x))); }
    public static string Json(IList<IList<string>> a) { return a == null ? "null" : Join(Elems(a)); }
    public static string Json(ListNode h) { var out_ = new List<string>(); for (; h != null; h = h.next) out_.Add(Json(h.val)); return Join(out_); }
    public static string Json(TreeNode root) {
        var out_ = new List<string>();
        var order = new List<TreeNode> { root };
        for (int k = 0; k < order.Count; k++) {
            TreeNode n = order[k];
            if (n == null) { out_.Add("null"); continue; }
            out_.Add(Json(n.val)); order.Add(n.left); order.Add(n.right);
        }
        while (out_.Count > 0 && out_[out_.Count - 1] == "null") out_.RemoveAt(out_.Count - 1);
        return Join(out_);
    }
}

/**
 * Calls the candidate's code with its prints sent to stderr (stdout carries only the result). What
 * it throws is reported as Mono reports an unhandled exception, without the harness's frames, and
 * exits 1 as Mono does.
 */
static class DuetRun {
    private static readonly System.IO.TextWriter Real = Console.Out;

    public static T Call<T>(Func<T> call) {
        Console.SetOut(Console.Error);
        try {
            T result = call();
            Console.Out.Flush();
            Console.SetOut(Real);
            return result;
        } catch (Exception e) {
            Console.Out.Flush();
            Console.Error.Write("Unhandled Exception:\n" + WithoutHarness(e.ToString()) + "\n");
            Console.Error.Flush();
            Environment.Exit(1);
            throw;
        }
    }

    public static void Do(Action call) { Call(() => { call(); return 0; }); }

    public static void Print(string json) {
        Real.Write(json + "\n");
        Real.Flush();
    }

    /** The trace (inner exceptions' too) without the frames of the harness and of the runtime's delegate calls. */
    private static string WithoutHarness(string trace) {
        var harness = new System.Text.RegularExpressions.Regex(@"^\s*at (Duet(Run|Main|In|Out)\b|\(wrapper )");
        return string.Join("\n", trace.Replace("\r", "").Split('\n').Where(l => !harness.IsMatch(l)));
    }
}
