public class Solution {
    private readonly List<int[]> output = new List<int[]>();
    private readonly List<int> path = new List<int>();
    private int[] sorted;

    // only candidates from start on: each multiset is built in one (non-decreasing) order
    private void Backtrack(int start, int remaining) {
        if (remaining == 0) {
            output.Add(path.ToArray());
            return;
        }
        for (int i = start; i < sorted.Length && sorted[i] <= remaining; i++) {
            path.Add(sorted[i]);
            Backtrack(i, remaining - sorted[i]);
            path.RemoveAt(path.Count - 1);
        }
    }

    public int[][] CombinationSum(int[] candidates, int target) {
        sorted = (int[]) candidates.Clone();
        Array.Sort(sorted);
        Backtrack(0, target);
        return output.ToArray();
    }
}
