class Solution:
    def threeSum(self, nums: List[int]) -> List[List[int]]:
        a = sorted(nums)
        out = []
        for i in range(len(a) - 2):
            if i > 0 and a[i] == a[i - 1]:
                continue
            lo, hi = i + 1, len(a) - 1
            while lo < hi:
                s = a[i] + a[lo] + a[hi]
                if s == 0:
                    out.append([a[i], a[lo], a[hi]])
                    while lo < hi and a[lo] == a[lo + 1]:
                        lo += 1
                    while lo < hi and a[hi] == a[hi - 1]:
                        hi -= 1
                    lo += 1
                    hi -= 1
                elif s < 0:
                    lo += 1
                else:
                    hi -= 1
        return out
