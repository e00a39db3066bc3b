class TimeMap {
    // key -> its versions as [timestamp, value], appended in increasing timestamp order.
    private history = new Map<string, [number, string][]>();

    set(key: string, value: string, timestamp: number): void {
        let versions = this.history.get(key);
        if (versions === undefined) {
            versions = [];
            this.history.set(key, versions);
        }
        versions.push([timestamp, value]);
    }

    get(key: string, timestamp: number): string {
        const versions = this.history.get(key);
        if (versions === undefined) return "";
        // Last index whose timestamp is <= timestamp, or -1.
        let lo = 0, hi = versions.length - 1, found = -1;
        while (lo <= hi) {
            const mid = (lo + hi) >> 1;
            if (versions[mid][0] <= timestamp) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found < 0 ? "" : versions[found][1];
    }
}
