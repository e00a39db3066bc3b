public class Solution {
    public int[][] ThreeSum(int[] nums) {
        int[] a = (int[])nums.Clone();
        Array.Sort(a);
        var output = new List<int[]>();
        // Fix the smallest value, then two pointers; skipping equal values avoids duplicate triples.
        for (int i = 0; i + 2 < a.Length && a[i] <= 0; i++) {
            if (i > 0 && a[i] == a[i - 1]) continue;
            int lo = i + 1, hi = a.Length - 1;
            while (lo < hi) {
                int sum = a[i] + a[lo] + a[hi];
                if (sum < 0) lo++;
                else if (sum > 0) hi--;
                else {
                    output.Add(new int[] { a[i], a[lo], a[hi] });
                    do lo++; while (lo < hi && a[lo] == a[lo - 1]);
                    hi--;
                }
            }
        }
        return output.ToArray();
    }
}
