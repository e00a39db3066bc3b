function findCheapestPrice(n, flights, src, dst, k) {
    let price = new Array(n).fill(Infinity);
    price[src] = 0;
    // after round i, price[v] is the cheapest way to reach v with at most i flights
    for (let round = 0; round <= k; round++) {
        const next = price.slice();
        for (const [u, v, p] of flights) {
            if (price[u] + p < next[v]) next[v] = price[u] + p;
        }
        price = next;
    }
    return price[dst] === Infinity ? -1 : price[dst];
}
