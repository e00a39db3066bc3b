class Solution {
    // Semester by semester: rescan every relation, take each course with no prerequisite left. Correct,
    // but a chain of n courses takes n semesters of a full scan each: O(V * E).
    public int minimumSemesters(int n, int[][] relations) {
        boolean[] done = new boolean[n + 1];
        int taken = 0, semesters = 0;
        while (taken < n) {
            boolean[] blocked = new boolean[n + 1];
            for (int[] r : relations) if (!done[r[0]]) blocked[r[1]] = true;
            List<Integer> now = new ArrayList<>();
            for (int c = 1; c <= n; c++) if (!done[c] && !blocked[c]) now.add(c);
            if (now.isEmpty()) return -1;
            for (int c : now) done[c] = true;
            taken += now.size();
            semesters++;
        }
        return semesters;
    }
}
