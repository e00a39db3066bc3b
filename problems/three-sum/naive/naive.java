class Solution {
    // Every triple, deduplicated in a set: correct, but O(n^3) on 3000 values.
    public int[][] threeSum(int[] nums) {
        int n = nums.length;
        Set<List<Integer>> found = new HashSet<>();
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++)
                for (int k = j + 1; k < n; k++)
                    if (nums[i] + nums[j] + nums[k] == 0) {
                        Integer[] t = {nums[i], nums[j], nums[k]};
                        Arrays.sort(t);
                        found.add(Arrays.asList(t));
                    }
        int[][] out = new int[found.size()][];
        int m = 0;
        for (List<Integer> t : found) out[m++] = new int[] {t.get(0), t.get(1), t.get(2)};
        return out;
    }
}
