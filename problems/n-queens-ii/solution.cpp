class Solution {
    int full = 0;
    int place(int cols, int d1, int d2) {
        if (cols == full) return 1;
        int count = 0, free = full & ~(cols | d1 | d2);
        while (free) {
            int bit = free & -free;
            free ^= bit;
            count += place(cols | bit, ((d1 | bit) << 1) & full, (d2 | bit) >> 1);
        }
        return count;
    }

public:
    int totalNQueens(int n) {
        full = (1 << n) - 1;
        return place(0, 0, 0);
    }
};
