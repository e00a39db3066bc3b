// By construction: tokens are emitted while the value of every pushed subexpression is tracked
// exactly (BigInt, division truncating toward zero), so the answer is known when the last
// operator is placed. An operator is only chosen when its result fits in 32 bits and it does
// not divide by zero. A separate recursive evaluator (parse from the right) re-checks each test.
const LIM = 2n ** 31n;
const fits = (v) => v < LIM && v >= -LIM;
function apply(op, a, b) {
  if (op === "+") return a + b;
  if (op === "-") return a - b;
  if (op === "*") return a * b;
  return b === 0n ? null : a / b; // BigInt division truncates toward zero
}
// `numbers` operands; `pushBias` is the chance to push another number while an operator is possible.
function build(rand, numbers, pushBias, lo = -200, hi = 200, ops = ["+", "-", "*", "/"]) {
  const tokens = [], stack = [];
  let left = numbers;
  while (left > 0 || stack.length > 1) {
    if (left > 0 && (stack.length < 2 || rand.next() < pushBias)) {
      const v = rand.int(lo, hi);
      tokens.push(String(v));
      stack.push(BigInt(v));
      left--;
      continue;
    }
    const b = stack.pop(), a = stack.pop();
    const options = rand.shuffle([...ops]).filter((op) => { const r = apply(op, a, b); return r !== null && fits(r); });
    const op = options.length ? options[0] : "-"; // a - b always fits when |a|, |b| < 2^30
    const r = apply(op, a, b);
    if (r === null || !fits(r)) throw new Error("no operator fits");
    tokens.push(op);
    stack.push(r);
  }
  return { tokens, value: Number(stack[0]) };
}
// Independent check: evaluate recursively from the right end of the token list.
function evaluate(tokens) {
  let pos = tokens.length - 1;
  const walk = () => {
    const t = tokens[pos--];
    if (!["+", "-", "*", "/"].includes(t)) return BigInt(t);
    const b = walk(), a = walk();
    return apply(t, a, b);
  };
  const v = walk();
  if (pos !== -1) throw new Error("malformed expression");
  return Number(v);
}

export default function generate(rand) {
  const cases = [
    ["0"],
    ["-200"],
    ["-7"],
    ["5", "-3", "-"],            // a negative operand and the minus operator
    ["-3", "5", "-"],
    ["7", "2", "/"],
    ["-7", "2", "/"],            // truncates to -3 (floor would give -4)
    ["7", "-2", "/"],
    ["-7", "-2", "/"],
    ["1", "3", "/"],
    ["-1", "3", "/"],
    ["2", "9", "-"],             // operand order
    ["12", "4", "/", "3", "/"],
    ["200", "200", "*", "200", "*", "200", "*"],  // 1.6e9 fits
    ["4", "13", "5", "/", "+"],
  ].map((tokens) => ({ tokens, value: evaluate(tokens) }));
  for (let i = 0; i < 8; i++) cases.push(build(rand, rand.int(2, 12), 0.4, -20, 20));
  // Many divisions with negative operands, where floor and truncation differ.
  for (let i = 0; i < 2; i++) cases.push(build(rand, 30, 0.3, -50, 50, ["/", "-", "/"]));
  // Large: balanced-ish, left-leaning (shallow stack), and all numbers first (deep stack).
  cases.push(build(rand, 5000, 0.5));
  cases.push(build(rand, 5000, 0.02));
  cases.push(build(rand, 5000, 1.0, -200, 200, ["+", "-"]));
  return cases.map(({ tokens, value }) => {
    if (evaluate(tokens) !== value) throw new Error(`evaluation mismatch on ${tokens.join(" ")}`);
    if (tokens.length > 10000) throw new Error("too many tokens");
    return { input: { tokens }, output: value };
  });
}
