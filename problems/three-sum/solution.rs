impl Solution {
    pub fn three_sum(nums: Vec<i32>) -> Vec<Vec<i32>> {
        let mut a = nums;
        a.sort_unstable();
        let n = a.len();
        let mut out = Vec::new();
        let mut i = 0;
        while i + 2 < n && a[i] <= 0 {
            if i == 0 || a[i] != a[i - 1] {
                let (mut lo, mut hi) = (i + 1, n - 1);
                while lo < hi {
                    let sum = a[i] + a[lo] + a[hi];
                    if sum < 0 {
                        lo += 1;
                    } else if sum > 0 {
                        hi -= 1;
                    } else {
                        out.push(vec![a[i], a[lo], a[hi]]);
                        lo += 1;
                        while lo < hi && a[lo] == a[lo - 1] {
                            lo += 1;
                        }
                        hi -= 1;
                    }
                }
            }
            i += 1;
        }
        out
    }
}
