typedef struct { int d, v; } Item;

static void heapPush(Item* h, int* size, Item x) {
    int i = (*size)++;
    h[i] = x;
    while (i > 0 && h[(i - 1) / 2].d > h[i].d) {
        Item t = h[i]; h[i] = h[(i - 1) / 2]; h[(i - 1) / 2] = t;
        i = (i - 1) / 2;
    }
}

static Item heapPop(Item* h, int* size) {
    Item top = h[0];
    h[0] = h[--(*size)];
    int i = 0;
    for (;;) {
        int l = 2 * i + 1, r = l + 1, s = i;
        if (l < *size && h[l].d < h[s].d) s = l;
        if (r < *size && h[r].d < h[s].d) s = r;
        if (s == i) break;
        Item t = h[i]; h[i] = h[s]; h[s] = t;
        i = s;
    }
    return top;
}

int networkDelayTime(int** times, int timesSize, int* timesColSize, int n, int k) {
    /* adjacency as a CSR array */
    int* start = calloc(n + 2, sizeof(int));
    for (int i = 0; i < timesSize; i++) start[times[i][0] + 1]++;
    for (int v = 1; v <= n + 1; v++) start[v] += start[v - 1];
    int* fill = malloc(sizeof(int) * (n + 1));
    memcpy(fill, start, sizeof(int) * (n + 1));
    int* to = malloc(sizeof(int) * (timesSize + 1));
    int* wt = malloc(sizeof(int) * (timesSize + 1));
    for (int i = 0; i < timesSize; i++) {
        int p = fill[times[i][0]]++;
        to[p] = times[i][1];
        wt[p] = times[i][2];
    }
    int* dist = malloc(sizeof(int) * (n + 1));
    for (int v = 0; v <= n; v++) dist[v] = INT_MAX;
    Item* heap = malloc(sizeof(Item) * (timesSize + 2));
    int size = 0;
    dist[k] = 0;
    heapPush(heap, &size, (Item){0, k});
    while (size > 0) {
        Item it = heapPop(heap, &size);
        if (it.d > dist[it.v]) continue;
        for (int p = start[it.v]; p < start[it.v + 1]; p++) {
            if (it.d + wt[p] < dist[to[p]]) {
                dist[to[p]] = it.d + wt[p];
                heapPush(heap, &size, (Item){dist[to[p]], to[p]});
            }
        }
    }
    int best = 0;
    for (int v = 1; v <= n; v++) {
        if (dist[v] == INT_MAX) { best = -1; break; }
        if (dist[v] > best) best = dist[v];
    }
    free(start); free(fill); free(to); free(wt); free(dist); free(heap);
    return best;
}
