function maxProfit(prices) {
    let lowest = prices[0], best = 0;
    for (const p of prices) {
        if (p < lowest) lowest = p;
        else if (p - lowest > best) best = p - lowest;
    }
    return best;
}
