class Solution {
    public int findKthLargest(int[] nums, int k) {
        PriorityQueue<Integer> heap = new PriorityQueue<>(k + 1); // min-heap of the k largest
        for (int x : nums) {
            if (heap.size() < k) heap.add(x);
            else if (x > heap.peek()) {
                heap.poll();
                heap.add(x);
            }
        }
        return heap.peek();
    }
}
