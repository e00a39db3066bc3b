function isValid(s) {
    const pair = { ")": "(", "]": "[", "}": "{" };
    const stack = [];
    for (const c of s) {
        if (c in pair) {
            if (stack.pop() !== pair[c]) return false;
        } else stack.push(c);
    }
    return stack.length === 0;
}
