class Solution:
    def dailyTemperatures(self, temperatures: List[int]) -> List[int]:
        # For every day, scan forward for a warmer one: correct, but O(n^2) on 10^5 falling days.
        n = len(temperatures)
        answer = [0] * n
        for i in range(n):
            for j in range(i + 1, n):
                if temperatures[j] > temperatures[i]:
                    answer[i] = j - i
                    break
        return answer
