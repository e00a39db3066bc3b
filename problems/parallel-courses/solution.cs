public class Solution {
    public int MinimumSemesters(int n, int[][] relations) {
        var adj = new List<int>[n + 1];
        for (int i = 0; i <= n; i++) adj[i] = new List<int>();
        int[] indeg = new int[n + 1];
        foreach (int[] r in relations) {
            adj[r[0]].Add(r[1]);
            indeg[r[1]]++;
        }
        // Kahn's algorithm level by level: each level is one semester.
        var queue = new Queue<int>();
        for (int c = 1; c <= n; c++) if (indeg[c] == 0) queue.Enqueue(c);
        int taken = 0, semesters = 0;
        while (queue.Count > 0) {
            semesters++;
            for (int k = queue.Count; k > 0; k--) {
                int c = queue.Dequeue();
                taken++;
                foreach (int d in adj[c]) if (--indeg[d] == 0) queue.Enqueue(d);
            }
        }
        // Courses left over sit on a cycle.
        return taken == n ? semesters : -1;
    }
}
