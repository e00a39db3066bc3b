/**
 * Go design problems, LeetCode's way: `type <Class> struct`, `func Constructor(…) <Class>` and
 * methods on `*<Class>` named with a capital (`Get`, `Put`); then the harness body and a main()
 * that makes the test's calls in order.
 */
import type { DesignSignature, Param } from "../../../contracts/problems";
import { capitalized, declarationLines, designCalls, type DesignCall, type DesignHarness } from "../common";
import { DEFAULT, GO_TYPE, goFiles, READ, WRITE } from "../go";

const params = (ps: Param[]) => ps.map((p) => `${p.name} ${GO_TYPE[p.type]}`).join(", ");

function declaration(d: DesignSignature, c: DesignCall): string {
  if (c.isConstructor) return `func Constructor(${params(c.params)}) ${d.class}`;
  return `func (this *${d.class}) ${capitalized(c.op)}(${params(c.params)})${c.returns === "void" ? "" : ` ${GO_TYPE[c.returns]}`}`;
}

/** One `case`: read the call's arguments, make it, add its result. */
function callCase(d: DesignSignature, c: DesignCall): string {
  const reads = c.params.map((p, j) => `${j > 0 ? "\t\t\tin.next()\n" : ""}\t\t\ta${j} := ${READ[p.type]}\n`).join("");
  const args = c.params.map((_, j) => `a${j}`).join(", ");
  let make: string;
  if (c.isConstructor) make = `obj = duetCall(func() ${d.class} { return Constructor(${args}) })\n\t\t\tout = append(out, "null")`;
  else if (c.returns === "void") make = `duetCall(func() struct{} { obj.${capitalized(c.op)}(${args}); return struct{}{} })\n\t\t\tout = append(out, "null")`;
  else make = `result := duetCall(func() ${GO_TYPE[c.returns]} { return obj.${capitalized(c.op)}(${args}) })\n\t\t\tout = append(out, ${WRITE[c.returns]})`;
  return `\t\tcase "${c.op}":\n${reads}\t\t\tin.next()\n\t\t\t${make}\n`;
}

function main(d: DesignSignature): string {
  return `
func main() {
	in := duetInput()
	ops := in.strs()
	out := make([]string, 0, len(ops))
	var obj ${d.class}
	in.next()
	for k, op := range ops {
		if k > 0 {
			in.next()
		}
		in.next()
		switch op {
${designCalls(d).map((c) => callCase(d, c)).join("")}		default:
			panic("duet: no method " + op)
		}
	}
	duetos.Stdout.WriteString(duetJoin(out) + "\\n")
}
`;
}

export const goDesign: DesignHarness = {
  signature(d) {
    return { container: null, declaration: declarationLines([`type ${d.class} struct`, ...designCalls(d).map((c) => declaration(d, c))], null) };
  },
  starter(d) {
    const bodies = designCalls(d).map((c) => {
      const ret = c.isConstructor ? `\treturn ${d.class}{}\n` : c.returns === "void" ? "" : `\treturn ${DEFAULT[c.returns]}\n`;
      return `${declaration(d, c)} {\n${ret}}\n`;
    });
    return `type ${d.class} struct {\n}\n\n${bodies.join("\n")}`;
  },
  files(d, code) {
    return goFiles(code, main(d));
  },
};
