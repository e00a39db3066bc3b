public class Solution {
    public int FindKthLargest(int[] nums, int k) {
        // min-heap of the k largest seen so far (Mono has no PriorityQueue): its root is the answer
        int[] heap = new int[k];
        int size = 0;
        foreach (int x in nums) {
            if (size < k) {
                int i = size++;
                while (i > 0 && heap[(i - 1) / 2] > x) {
                    heap[i] = heap[(i - 1) / 2];
                    i = (i - 1) / 2;
                }
                heap[i] = x;
            } else if (x > heap[0]) {
                // replace the root and sift it down
                int i = 0;
                while (true) {
                    int child = 2 * i + 1;
                    if (child >= k) break;
                    if (child + 1 < k && heap[child + 1] < heap[child]) child++;
                    if (heap[child] >= x) break;
                    heap[i] = heap[child];
                    i = child;
                }
                heap[i] = x;
            }
        }
        return heap[0];
    }
}
