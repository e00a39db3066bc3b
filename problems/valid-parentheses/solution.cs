public class Solution {
    public bool IsValid(string s) {
        // Push the closer each opener expects; a closer must match the top.
        char[] stack = new char[s.Length];
        int top = 0;
        foreach (char c in s) {
            if (c == '(') stack[top++] = ')';
            else if (c == '[') stack[top++] = ']';
            else if (c == '{') stack[top++] = '}';
            else if (top == 0 || stack[--top] != c) return false;
        }
        return top == 0;
    }
}
