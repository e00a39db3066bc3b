function minWindow(s, t) {
    const need = new Int32Array(128);
    for (let i = 0; i < t.length; i++) need[t.charCodeAt(i)]++;
    let missing = t.length, left = 0, bestStart = 0, bestLen = Infinity;
    for (let right = 0; right < s.length; right++) {
        if (need[s.charCodeAt(right)]-- > 0) missing--;
        while (missing === 0) {
            if (right - left + 1 < bestLen) { bestStart = left; bestLen = right - left + 1; }
            if (++need[s.charCodeAt(left++)] > 0) missing++;
        }
    }
    return bestLen === Infinity ? "" : s.slice(bestStart, bestStart + bestLen);
}
