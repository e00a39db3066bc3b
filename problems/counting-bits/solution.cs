public class Solution {
    public int[] CountBits(int n) {
        int[] bits = new int[n + 1];
        // i has the bits of i >> 1 plus its lowest bit
        for (int i = 1; i <= n; i++) bits[i] = bits[i >> 1] + (i & 1);
        return bits;
    }
}
