// Smashes the two heaviest but never puts the leftover piece back: it just removes both.
class Solution {
public:
    int lastStoneWeight(vector<int>& stones) {
        priority_queue<int> heap(stones.begin(), stones.end());
        int last = 0;
        while (heap.size() > 1) {
            int y = heap.top(); heap.pop();
            int x = heap.top(); heap.pop();
            last = y - x;
        }
        return heap.empty() ? last : heap.top();
    }
};
