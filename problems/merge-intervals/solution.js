function merge(intervals) {
    const a = intervals.map((x) => [...x]).sort((x, y) => x[0] - y[0]), out = [];
    for (const [s, e] of a) {
        if (out.length && s <= out[out.length - 1][1]) out[out.length - 1][1] = Math.max(out[out.length - 1][1], e);
        else out.push([s, e]);
    }
    return out;
}
