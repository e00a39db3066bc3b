public class Solution {
    private int full;

    // Bitmasks of the occupied columns and of the two diagonals, shifted to the next row.
    private int Place(int cols, int d1, int d2) {
        if (cols == full) return 1;
        int count = 0, free = full & ~(cols | d1 | d2);
        while (free != 0) {
            int bit = free & -free;
            free ^= bit;
            count += Place(cols | bit, ((d1 | bit) << 1) & full, (d2 | bit) >> 1);
        }
        return count;
    }

    public int TotalNQueens(int n) {
        full = (1 << n) - 1;
        return Place(0, 0, 0);
    }
}
