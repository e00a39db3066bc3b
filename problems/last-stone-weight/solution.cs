public class Solution {
    private int[] heap;
    private int size;

    // a max-heap over an array (Mono has no PriorityQueue)
    private void Push(int x) {
        int i = size++;
        while (i > 0 && heap[(i - 1) / 2] < x) {
            heap[i] = heap[(i - 1) / 2];
            i = (i - 1) / 2;
        }
        heap[i] = x;
    }

    private int Pop() {
        int top = heap[0], x = heap[--size], i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) break;
            if (child + 1 < size && heap[child + 1] > heap[child]) child++;
            if (heap[child] <= x) break;
            heap[i] = heap[child];
            i = child;
        }
        heap[i] = x;
        return top;
    }

    public int LastStoneWeight(int[] stones) {
        heap = new int[stones.Length];
        size = 0;
        foreach (int s in stones) Push(s);
        while (size > 1) {
            int y = Pop(), x = Pop();
            if (y != x) Push(y - x);
        }
        return size == 0 ? 0 : heap[0];
    }
}
