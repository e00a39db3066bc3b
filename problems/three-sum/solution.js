function threeSum(nums) {
    const a = [...nums].sort((x, y) => x - y), out = [];
    for (let i = 0; i < a.length - 2; i++) {
        if (i > 0 && a[i] === a[i - 1]) continue;
        let lo = i + 1, hi = a.length - 1;
        while (lo < hi) {
            const s = a[i] + a[lo] + a[hi];
            if (s === 0) {
                out.push([a[i], a[lo], a[hi]]);
                while (lo < hi && a[lo] === a[lo + 1]) lo++;
                while (lo < hi && a[hi] === a[hi - 1]) hi--;
                lo++; hi--;
            } else if (s < 0) lo++; else hi--;
        }
    }
    return out;
}
