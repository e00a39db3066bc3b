class Solution {
    // For every day, scan forward for a warmer one: correct, but O(n^2) on 10^5 falling days.
    public int[] dailyTemperatures(int[] temperatures) {
        int n = temperatures.length;
        int[] answer = new int[n];
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++)
                if (temperatures[j] > temperatures[i]) { answer[i] = j - i; break; }
        return answer;
    }
}
