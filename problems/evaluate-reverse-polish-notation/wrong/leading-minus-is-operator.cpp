// Decides "operator" from the first character only: the number "-3" is taken for the minus operator.
class Solution {
public:
    int evalRpn(vector<string>& tokens) {
        vector<long long> stack;
        for (const string& tok : tokens) {
            char c = tok[0];
            if (c == '+' || c == '-' || c == '*' || c == '/') {
                if (stack.size() < 2) return 0;
                long long b = stack.back(); stack.pop_back();
                long long a = stack.back(); stack.pop_back();
                if (c == '+') stack.push_back(a + b);
                else if (c == '-') stack.push_back(a - b);
                else if (c == '*') stack.push_back(a * b);
                else stack.push_back(a / b);
            } else {
                stack.push_back(stoll(tok));
            }
        }
        return stack.empty() ? 0 : (int)stack.back();
    }
};
