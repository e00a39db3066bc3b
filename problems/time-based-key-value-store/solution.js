class TimeMap {
    constructor() {
        this.history = new Map(); // key -> { times: [], values: [] }, times increasing
    }

    set(key, value, timestamp) {
        let h = this.history.get(key);
        if (h === undefined) this.history.set(key, (h = { times: [], values: [] }));
        h.times.push(timestamp);
        h.values.push(value);
    }

    get(key, timestamp) {
        const h = this.history.get(key);
        if (h === undefined) return "";
        // First index whose time is > timestamp; the answer is just before it.
        let lo = 0, hi = h.times.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (h.times[mid] <= timestamp) lo = mid + 1;
            else hi = mid;
        }
        return lo === 0 ? "" : h.values[lo - 1];
    }
}
