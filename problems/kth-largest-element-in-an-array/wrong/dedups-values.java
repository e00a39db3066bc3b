class Solution {
    public int findKthLargest(int[] nums, int k) {
        TreeSet<Integer> top = new TreeSet<>();
        for (int x : nums) {
            top.add(x);
            if (top.size() > k) top.pollFirst();
        }
        return top.first();
    }
}
