// A stack of minimums pushed only on val < min: with duplicate minimums, popping one copy loses the other.
class MinStack {
    vector<int> st, mins;
public:
    MinStack() {
    }

    void push(int val) {
        st.push_back(val);
        if (mins.empty() || val < mins.back()) mins.push_back(val);
    }

    void pop() {
        if (st.back() == mins.back()) mins.pop_back();
        st.pop_back();
    }

    int top() {
        return st.back();
    }

    int getMin() {
        return mins.back();
    }
};
