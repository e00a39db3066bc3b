typedef struct { int effort, cell; } Item;

static void heapPush(Item* h, int* size, Item x) {
    int i = (*size)++;
    h[i] = x;
    while (i > 0 && h[(i - 1) / 2].effort > h[i].effort) {
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
        if (l < *size && h[l].effort < h[s].effort) s = l;
        if (r < *size && h[r].effort < h[s].effort) s = r;
        if (s == i) break;
        Item t = h[i]; h[i] = h[s]; h[s] = t;
        i = s;
    }
    return top;
}

int minimumEffortPath(int** heights, int heightsSize, int* heightsColSize) {
    int rows = heightsSize, cols = heightsColSize[0], cells = rows * cols;
    int* best = malloc(sizeof(int) * cells);
    for (int i = 0; i < cells; i++) best[i] = INT_MAX;
    /* each push lowers some best[], at most 4 per cell plus the start */
    Item* heap = malloc(sizeof(Item) * (4 * cells + 1));
    int size = 0, answer = 0;
    const int dr[4] = {1, -1, 0, 0}, dc[4] = {0, 0, 1, -1};
    best[0] = 0;
    heapPush(heap, &size, (Item){0, 0});
    while (size > 0) {
        Item it = heapPop(heap, &size);
        if (it.effort > best[it.cell]) continue;
        if (it.cell == cells - 1) { answer = it.effort; break; }
        int r = it.cell / cols, c = it.cell % cols;
        for (int d = 0; d < 4; d++) {
            int nr = r + dr[d], nc = c + dc[d];
            if (nr < 0 || nc < 0 || nr >= rows || nc >= cols) continue;
            int e = abs(heights[nr][nc] - heights[r][c]);
            if (e < it.effort) e = it.effort;
            if (e < best[nr * cols + nc]) {
                best[nr * cols + nc] = e;
                heapPush(heap, &size, (Item){e, nr * cols + nc});
            }
        }
    }
    free(best);
    free(heap);
    return answer;
}
