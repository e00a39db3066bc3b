class Solution:
    def minimumSemesters(self, n: int, relations: List[List[int]]) -> int:
        # Semester by semester: rescan every relation, take each course with no prerequisite left. Correct,
        # but a chain of n courses takes n semesters of a full scan each: O(V * E).
        done = [False] * (n + 1)
        taken = semesters = 0
        while taken < n:
            blocked = [False] * (n + 1)
            for p, q in relations:
                if not done[p]:
                    blocked[q] = True
            now = [c for c in range(1, n + 1) if not done[c] and not blocked[c]]
            if not now:
                return -1
            for c in now:
                done[c] = True
            taken += len(now)
            semesters += 1
        return semesters
