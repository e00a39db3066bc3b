function threeSum(nums: number[]): number[][] {
    const a = [...nums].sort((x, y) => x - y);
    const out: number[][] = [];
    for (let i = 0; i + 2 < a.length && a[i] <= 0; i++) {
        if (i > 0 && a[i] === a[i - 1]) continue;
        let lo = i + 1, hi = a.length - 1;
        while (lo < hi) {
            const sum = a[i] + a[lo] + a[hi];
            if (sum < 0) lo++;
            else if (sum > 0) hi--;
            else {
                out.push([a[i], a[lo], a[hi]]);
                do lo++; while (lo < hi && a[lo] === a[lo - 1]);
                hi--;
            }
        }
    }
    return out;
}
