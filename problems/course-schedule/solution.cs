public class Solution {
    public bool CanFinish(int numCourses, int[][] prerequisites) {
        var unlocks = new List<int>[numCourses];
        for (int i = 0; i < numCourses; i++) unlocks[i] = new List<int>();
        int[] indegree = new int[numCourses];
        foreach (int[] p in prerequisites) {
            unlocks[p[1]].Add(p[0]);
            indegree[p[0]]++;
        }
        // Kahn: a course is ready once all its prerequisites are taken
        var ready = new Queue<int>();
        for (int c = 0; c < numCourses; c++) if (indegree[c] == 0) ready.Enqueue(c);
        int taken = 0;
        while (ready.Count > 0) {
            int c = ready.Dequeue();
            taken++;
            foreach (int next in unlocks[c]) if (--indegree[next] == 0) ready.Enqueue(next);
        }
        return taken == numCourses;  // anything left sits on a cycle
    }
}
