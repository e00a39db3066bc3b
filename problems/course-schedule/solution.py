class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        indeg = [0] * numCourses
        adj = [[] for _ in range(numCourses)]
        for a, b in prerequisites:
            adj[b].append(a)
            indeg[a] += 1
        queue = [i for i in range(numCourses) if indeg[i] == 0]
        done = 0
        while queue:
            c = queue.pop()
            done += 1
            for d in adj[c]:
                indeg[d] -= 1
                if indeg[d] == 0:
                    queue.append(d)
        return done == numCourses
