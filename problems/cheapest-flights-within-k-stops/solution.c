int findCheapestPrice(int n, int** flights, int flightsSize, int* flightsColSize, int src, int dst, int k) {
    int* price = malloc(sizeof(int) * n);
    int* next = malloc(sizeof(int) * n);
    for (int v = 0; v < n; v++) price[v] = INT_MAX;
    price[src] = 0;
    /* after round i, price[v] is the cheapest way to reach v with at most i flights */
    for (int round = 0; round <= k; round++) {
        memcpy(next, price, sizeof(int) * n);
        for (int i = 0; i < flightsSize; i++) {
            int u = flights[i][0], v = flights[i][1], p = flights[i][2];
            if (price[u] != INT_MAX && price[u] + p < next[v]) next[v] = price[u] + p;
        }
        int* t = price; price = next; next = t;
    }
    int answer = price[dst] == INT_MAX ? -1 : price[dst];
    free(price);
    free(next);
    return answer;
}
