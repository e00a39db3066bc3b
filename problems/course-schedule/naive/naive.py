class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        # Rounds: rescan every prerequisite, take each course that has none left. Correct, but a chain
        # of V courses takes V rounds of E edges each: O(V * E).
        taken = [False] * numCourses
        left = numCourses
        while left > 0:
            blocked = [False] * numCourses
            for a, b in prerequisites:
                if not taken[b]:
                    blocked[a] = True
            now = 0
            for c in range(numCourses):
                if not taken[c] and not blocked[c]:
                    taken[c] = True
                    now += 1
            if now == 0:
                return False
            left -= now
        return True
