public class MinStack {
    private readonly Stack<(int val, int low)> stack = new Stack<(int val, int low)>();

    public MinStack() {
    }

    public void Push(int val) {
        int low = stack.Count == 0 ? val : Math.Min(val, stack.Peek().low);
        stack.Push((val, low));
    }

    public void Pop() {
        stack.Pop();
    }

    public int Top() {
        return stack.Peek().val;
    }

    public int GetMin() {
        return stack.Peek().low;
    }
}
