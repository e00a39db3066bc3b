class Solution {
    // Rounds: rescan every prerequisite, take each course that has none left. Correct, but a chain
    // of V courses takes V rounds of E edges each: O(V * E).
    public boolean canFinish(int numCourses, int[][] prerequisites) {
        boolean[] taken = new boolean[numCourses];
        int left = numCourses;
        while (left > 0) {
            boolean[] blocked = new boolean[numCourses];
            for (int[] p : prerequisites) if (!taken[p[1]]) blocked[p[0]] = true;
            int now = 0;
            for (int c = 0; c < numCourses; c++) if (!taken[c] && !blocked[c]) { taken[c] = true; now++; }
            if (now == 0) return false;
            left -= now;
        }
        return true;
    }
}
