// Duet's Go harness (Go 1.19, a plain function, LeetCode style). judge/harness/go.ts assembles a
// judged program: the part above the `duet:candidate` line, the candidate's code (under
// `//line solution.go:1:1`, so errors and panics name the candidate's own lines), the part below
// it (under `//line main.go:<n>`), then a main() generated from the signature that reads one test's
// typed input (one JSON value a line), calls the function once through duetCall and prints the
// result as one canonical JSON line. The imports are aliased (`duetos "os"`) so the candidate may
// import the same packages. The problems CI vets this file on its own.
package main

import (
	duetfmt "fmt"
	duetio "io"
	duetos "os"
	duetdebug "runtime/debug"
	duetsort "sort"
	duetstrconv "strconv"
	duetstrings "strings"
)

// ---- duet:candidate ----

type TreeNode struct {
	Val   int
	Left  *TreeNode
	Right *TreeNode
}

type ListNode struct {
	Val  int
	Next *ListNode
}

type duetIn struct {
	s string
	i int
}

func (in *duetIn) ws() {
	for in.i < len(in.s) && in.s[in.i] <= ' ' {
		in.i++
	}
}
func (in *duetIn) next() byte     { in.ws(); c := in.s[in.i]; in.i++; return c }
func (in *duetIn) at(c byte) bool { in.ws(); return in.i < len(in.s) && in.s[in.i] == c }
func (in *duetIn) token(chars string) string {
	in.ws()
	st := in.i
	for in.i < len(in.s) && duetstrings.IndexByte(chars, in.s[in.i]) >= 0 {
		in.i++
	}
	return in.s[st:in.i]
}
func (in *duetIn) num() int64 {
	v, err := duetstrconv.ParseInt(in.token("+-0123456789"), 10, 64)
	if err != nil {
		panic(err)
	}
	return v
}
func (in *duetIn) dbl() float64 {
	v, err := duetstrconv.ParseFloat(in.token("+-0123456789.eE"), 64)
	if err != nil {
		panic(err)
	}
	return v
}
func (in *duetIn) boolean() bool {
	in.ws()
	t := duetstrings.HasPrefix(in.s[in.i:], "true")
	if t {
		in.i += 4
	} else {
		in.i += 5
	}
	return t
}
func (in *duetIn) nul() bool {
	in.ws()
	if duetstrings.HasPrefix(in.s[in.i:], "null") {
		in.i += 4
		return true
	}
	return false
}
func (in *duetIn) str() string {
	in.next()
	var b duetstrings.Builder
	for c := in.s[in.i]; c != '"'; c = in.s[in.i] {
		in.i++
		if c != '\\' {
			b.WriteByte(c)
			continue
		}
		e := in.s[in.i]
		in.i++
		switch e {
		case 'n':
			b.WriteByte('\n')
		case 't':
			b.WriteByte('\t')
		case 'r':
			b.WriteByte('\r')
		case 'b':
			b.WriteByte('\b')
		case 'f':
			b.WriteByte('\f')
		case 'u':
			v, _ := duetstrconv.ParseUint(in.s[in.i:in.i+4], 16, 32)
			b.WriteRune(rune(v))
			in.i += 4
		default:
			b.WriteByte(e)
		}
	}
	in.i++
	return b.String()
}
func (in *duetIn) list(item func()) {
	in.next()
	if in.at(']') {
		in.i++
		return
	}
	for {
		item()
		if in.next() == ']' {
			return
		}
	}
}
func (in *duetIn) ints() []int {
	out := []int{}
	in.list(func() { out = append(out, int(in.num())) })
	return out
}
func (in *duetIn) dbls() []float64 {
	out := []float64{}
	in.list(func() { out = append(out, in.dbl()) })
	return out
}
func (in *duetIn) strs() []string {
	out := []string{}
	in.list(func() { out = append(out, in.str()) })
	return out
}
func (in *duetIn) ints2() [][]int {
	out := [][]int{}
	in.list(func() { out = append(out, in.ints()) })
	return out
}
func (in *duetIn) strs2() [][]string {
	out := [][]string{}
	in.list(func() { out = append(out, in.strs()) })
	return out
}
func (in *duetIn) lst() *ListNode {
	v := in.ints()
	var h *ListNode
	for k := len(v) - 1; k >= 0; k-- {
		h = &ListNode{Val: v[k], Next: h}
	}
	return h
}
func (in *duetIn) tree() *TreeNode {
	nodes := []*TreeNode{}
	in.list(func() {
		if in.nul() {
			nodes = append(nodes, nil)
		} else {
			nodes = append(nodes, &TreeNode{Val: int(in.num())})
		}
	})
	if len(nodes) == 0 {
		return nil
	}
	c := 1
	for _, n := range nodes {
		if n == nil {
			continue
		}
		if c < len(nodes) {
			n.Left = nodes[c]
		}
		c++
		if c < len(nodes) {
			n.Right = nodes[c]
		}
		c++
	}
	return nodes[0]
}

func duetInt(v int64) string   { return duetstrconv.FormatInt(v, 10) }
func duetDbl(v float64) string { return duetstrconv.FormatFloat(v, 'g', -1, 64) }
func duetBool(v bool) string {
	if v {
		return "true"
	}
	return "false"
}
func duetStr(v string) string {
	var b duetstrings.Builder
	b.WriteByte('"')
	for k := 0; k < len(v); k++ {
		c := v[k]
		switch c {
		case '"':
			b.WriteString("\\\"")
		case '\\':
			b.WriteString("\\\\")
		case '\n':
			b.WriteString("\\n")
		case '\t':
			b.WriteString("\\t")
		case '\r':
			b.WriteString("\\r")
		case '\b':
			b.WriteString("\\b")
		case '\f':
			b.WriteString("\\f")
		default:
			if c < 0x20 {
				b.WriteString("\\u00")
				b.WriteByte("0123456789abcdef"[c>>4])
				b.WriteByte("0123456789abcdef"[c&15])
			} else {
				b.WriteByte(c)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}
func duetJoin(parts []string) string { return "[" + duetstrings.Join(parts, ",") + "]" }
func duetSorted(parts []string) string {
	duetsort.Strings(parts)
	return duetJoin(parts)
}
func duetInts(a []int) []string {
	o := make([]string, len(a))
	for k, x := range a {
		o[k] = duetInt(int64(x))
	}
	return o
}
func duetDbls(a []float64) []string {
	o := make([]string, len(a))
	for k, x := range a {
		o[k] = duetDbl(x)
	}
	return o
}
func duetStrs(a []string) []string {
	o := make([]string, len(a))
	for k, x := range a {
		o[k] = duetStr(x)
	}
	return o
}
func duetInts2(a [][]int) []string {
	o := make([]string, len(a))
	for k, x := range a {
		o[k] = duetJoin(duetInts(x))
	}
	return o
}
func duetStrs2(a [][]string) []string {
	o := make([]string, len(a))
	for k, x := range a {
		o[k] = duetJoin(duetStrs(x))
	}
	return o
}
func duetList(h *ListNode) string {
	o := []string{}
	for ; h != nil; h = h.Next {
		o = append(o, duetInt(int64(h.Val)))
	}
	return duetJoin(o)
}
func duetTree(root *TreeNode) string {
	order := []*TreeNode{root}
	o := []string{}
	for k := 0; k < len(order); k++ {
		n := order[k]
		if n == nil {
			o = append(o, "null")
			continue
		}
		o = append(o, duetInt(int64(n.Val)))
		order = append(order, n.Left, n.Right)
	}
	for len(o) > 0 && o[len(o)-1] == "null" {
		o = o[:len(o)-1]
	}
	return duetJoin(o)
}
func duetDeepInts(a [][]int) string {
	o := make([]string, len(a))
	for k, r := range a {
		o[k] = duetSorted(duetInts(r))
	}
	return duetSorted(o)
}
func duetDeepStrs(a [][]string) string {
	o := make([]string, len(a))
	for k, r := range a {
		o[k] = duetSorted(duetStrs(r))
	}
	return duetSorted(o)
}

// duetInput reads all of stdin: one JSON value per parameter, a line each.
func duetInput() *duetIn {
	duetdebug.SetMaxStack(32 << 20) // deep recursion ends as a stack overflow (RE) within the CPU limit, not an OOM or a TLE
	raw, _ := duetio.ReadAll(duetos.Stdin)
	return &duetIn{s: string(raw)}
}

// duetCall calls the candidate's function with its prints sent to stderr (stdout carries only the
// result). A panic is reported as Go reports it, with the candidate's frames only, and exits 2.
func duetCall[T any](call func() T) T {
	realStdout := duetos.Stdout
	duetos.Stdout = duetos.Stderr
	defer func() {
		if r := recover(); r != nil {
			duetos.Stderr.WriteString("panic: " + duetPanicValue(r) + "\n\ngoroutine 1 [running]:\n" + duetCandidateFrames(string(duetdebug.Stack())))
			duetos.Exit(2)
		}
	}()
	result := call()
	duetos.Stdout = realStdout
	return result
}

func duetPanicValue(r any) string {
	switch v := r.(type) {
	case error:
		return v.Error()
	case duetfmt.Stringer:
		return v.String()
	default:
		return duetfmt.Sprint(v)
	}
}

// duetCandidateFrames keeps the frames between the panic and the harness (main.main, duetCall),
// without the runtime's own, as Go's traceback shows them: a function line, then its file line.
func duetCandidateFrames(stack string) string {
	lines := duetstrings.Split(duetstrings.TrimRight(stack, "\n"), "\n")
	var b duetstrings.Builder
	panicked := false
	for k := 1; k < len(lines); k++ {
		fn, file := lines[k], ""
		if k+1 < len(lines) && duetstrings.HasPrefix(lines[k+1], "\t") {
			file = lines[k+1]
			k++
		}
		switch {
		case !panicked:
			panicked = duetstrings.HasPrefix(fn, "panic(")
		case duetstrings.HasPrefix(fn, "main.main"), duetstrings.HasPrefix(fn, "main.duetCall["):
			return b.String()
		case !duetstrings.HasPrefix(fn, "runtime."):
			b.WriteString(fn + "\n")
			if file != "" {
				b.WriteString(file + "\n")
			}
		}
	}
	return b.String()
}
