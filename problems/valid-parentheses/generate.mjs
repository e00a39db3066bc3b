function isValid(s) {
  const stack = [], pair = { ")": "(", "]": "[", "}": "{" };
  for (const c of s) {
    if (c in pair) { if (stack.pop() !== pair[c]) return false; } else stack.push(c);
  }
  return stack.length === 0;
}
function balanced(rand, n) {
  const open = "([{", close = ")]}", out = [], stack = [];
  while (out.length + stack.length < n) {
    if (stack.length > 0 && (rand.next() < 0.5 || out.length + stack.length * 2 >= n)) out.push(close[stack.pop()]);
    else { const k = rand.int(0, 2); stack.push(k); out.push(open[k]); }
  }
  while (stack.length) out.push(close[stack.pop()]);
  return out.join("");
}
export default function generate(rand) {
  const inputs = ["(", ")", "((", "){", "([)]", "{[]}", "(((())))", "[", "]", "}{", "(([]){})", "([]", "[{()}](){}"];
  for (let i = 0; i < 8; i++) inputs.push(balanced(rand, rand.int(2, 40)));
  const big = balanced(rand, 90000);
  inputs.push(big, big.slice(0, -1) + (big.endsWith(")") ? "]" : ")"), "(".repeat(50000) + ")".repeat(49999) + "]");
  return inputs.map((s) => ({ input: { s }, output: isValid(s) }));
}
