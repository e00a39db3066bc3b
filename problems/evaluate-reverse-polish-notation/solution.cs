public class Solution {
    public int EvalRpn(string[] tokens) {
        var stack = new Stack<int>();
        foreach (string tok in tokens) {
            switch (tok) {
                case "+": { int b = stack.Pop(), a = stack.Pop(); stack.Push(a + b); break; }
                case "-": { int b = stack.Pop(), a = stack.Pop(); stack.Push(a - b); break; }
                case "*": { int b = stack.Pop(), a = stack.Pop(); stack.Push(a * b); break; }
                // C#'s integer division truncates toward zero, as required
                case "/": { int b = stack.Pop(), a = stack.Pop(); stack.Push(a / b); break; }
                default: stack.Push(int.Parse(tok)); break;
            }
        }
        return stack.Pop();
    }
}
