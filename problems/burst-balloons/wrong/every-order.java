// Tries every bursting order: correct, but n! orders.
class Solution {
    public int maxCoins(int[] nums) {
        List<Integer> vals = new ArrayList<>();
        for (int x : nums) vals.add(x);
        return burst(vals);
    }

    private int burst(List<Integer> vals) {
        int best = 0;
        for (int i = 0; i < vals.size(); i++) {
            int left = i > 0 ? vals.get(i - 1) : 1, right = i + 1 < vals.size() ? vals.get(i + 1) : 1;
            int x = vals.remove(i);
            best = Math.max(best, left * x * right + burst(vals));
            vals.add(i, x);
        }
        return best;
    }
}
