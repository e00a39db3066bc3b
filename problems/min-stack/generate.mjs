// The oracle is a plain array: its minimum is found by scanning it (O(n), obviously right), which
// the O(1) references must agree with.
function run(ops, args) {
  const stack = [];
  return ops.map((op, i) => {
    if (op === "push") stack.push(args[i][0]);
    else if (op === "pop") stack.pop();
    else if (op === "top") return stack[stack.length - 1];
    else if (op === "getMin") return stack.reduce((m, v) => Math.min(m, v), Infinity);
    return null;
  });
}

function sequence(rand, calls, lo, hi) {
  const ops = ["MinStack"], args = [[]];
  let size = 0;
  for (let i = 0; i < calls; i++) {
    const r = rand.next();
    if (size === 0 || r < 0.4) { ops.push("push"); args.push([rand.int(lo, hi)]); size++; }
    else if (r < 0.6) { ops.push("pop"); args.push([]); size--; }
    else if (r < 0.8) { ops.push("getMin"); args.push([]); }
    else { ops.push("top"); args.push([]); }
  }
  return { operations: ops, arguments: args };
}

export default function generate(rand) {
  const inputs = [];
  for (let i = 0; i < 10; i++) inputs.push(sequence(rand, rand.int(5, 40), -5, 5));
  for (let i = 0; i < 3; i++) inputs.push(sequence(rand, 2000, -(2 ** 31), 2 ** 31 - 1));
  // Large: a descending run then pops (the minimum changes on every call), then random calls.
  const ops = ["MinStack"], args = [[]];
  for (let i = 0; i < 2500; i++) { ops.push("push"); args.push([2500 - i]); ops.push("getMin"); args.push([]); }
  for (let i = 0; i < 2499; i++) { ops.push("pop"); args.push([]); ops.push("getMin"); args.push([]); }
  inputs.push({ operations: ops, arguments: args });
  inputs.push(sequence(rand, 10000, -1000, 1000));
  // The oracle is O(n) per getMin: fine for these sizes, checked here against its own definition.
  return inputs.map((input) => ({ input, output: run(input.operations, input.arguments) }));
}
