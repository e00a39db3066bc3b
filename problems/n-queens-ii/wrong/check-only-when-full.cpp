class Solution {
    int n = 0;
    vector<int> col;
    bool valid() {
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++)
                if (col[i] == col[j] || abs(col[i] - col[j]) == j - i) return false;
        return true;
    }
    int place(int r) {
        if (r == n) return valid() ? 1 : 0; // n^n boards, checked only at the end
        int count = 0;
        for (int c = 0; c < n; c++) {
            col[r] = c;
            count += place(r + 1);
        }
        return count;
    }

public:
    int totalNQueens(int n) {
        this->n = n;
        col.assign(n, 0);
        return place(0);
    }
};
