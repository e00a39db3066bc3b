class Solution {
    private final List<int[]> out = new ArrayList<>();
    private final ArrayDeque<Integer> path = new ArrayDeque<>();
    private int[] sorted;

    private void backtrack(int start, int remaining) {
        if (remaining == 0) {
            out.add(path.stream().mapToInt(Integer::intValue).toArray());
            return;
        }
        for (int i = start; i < sorted.length && sorted[i] <= remaining; i++) {
            path.addLast(sorted[i]);
            backtrack(i, remaining - sorted[i]);
            path.removeLast();
        }
    }

    public int[][] combinationSum(int[] candidates, int target) {
        sorted = candidates.clone();
        Arrays.sort(sorted);
        backtrack(0, target);
        return out.toArray(new int[0][]);
    }
}
