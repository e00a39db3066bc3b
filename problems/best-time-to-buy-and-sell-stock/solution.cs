public class Solution {
    public int MaxProfit(int[] prices) {
        int lowest = prices[0], best = 0;
        foreach (int p in prices) {
            if (p < lowest) lowest = p;
            else best = Math.Max(best, p - lowest);
        }
        return best;
    }
}
