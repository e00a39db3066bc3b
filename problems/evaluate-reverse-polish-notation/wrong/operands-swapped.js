// Pops the left operand first: "2 9 -" computes 9 - 2 instead of 2 - 9.
function evalRpn(tokens) {
    const stack = [];
    for (const tok of tokens) {
        if (tok === "+" || tok === "-" || tok === "*" || tok === "/") {
            const a = stack.pop(), b = stack.pop();
            if (tok === "+") stack.push(a + b);
            else if (tok === "-") stack.push(a - b);
            else if (tok === "*") stack.push(a * b);
            else stack.push(b === 0 ? 0 : Math.trunc(a / b));
        } else {
            stack.push(Number(tok));
        }
    }
    return stack[stack.length - 1] + 0;
}
