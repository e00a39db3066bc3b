# Off by one: fills 0..n-1 and leaves out n itself.
class Solution:
    def countBits(self, n: int) -> List[int]:
        bits = [0] * n if n > 0 else [0]
        for i in range(1, n):
            bits[i] = bits[i >> 1] + (i & 1)
        return bits
