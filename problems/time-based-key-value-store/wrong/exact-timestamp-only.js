class TimeMap {
    // Stores each value under (key, timestamp) and looks up exactly that pair: a get between two
    // sets, or after the last one, finds nothing instead of the latest earlier value.
    constructor() {
        this.store = new Map();
    }

    set(key, value, timestamp) {
        this.store.set(key + "\u0000" + timestamp, value);
    }

    get(key, timestamp) {
        return this.store.get(key + "\u0000" + timestamp) ?? "";
    }
}
