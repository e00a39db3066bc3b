static void siftDown(int* h, int n, int i) {
    for (;;) {
        int l = 2 * i + 1, r = l + 1, m = i;
        if (l < n && h[l] > h[m]) m = l;
        if (r < n && h[r] > h[m]) m = r;
        if (m == i) return;
        int t = h[m]; h[m] = h[i]; h[i] = t;
        i = m;
    }
}

static int popMax(int* h, int* n) {
    int top = h[0];
    h[0] = h[--*n];
    siftDown(h, *n, 0);
    return top;
}

static void pushHeap(int* h, int* n, int v) {
    int i = (*n)++;
    h[i] = v;
    while (i > 0 && h[(i - 1) / 2] < h[i]) {
        int p = (i - 1) / 2;
        int t = h[p]; h[p] = h[i]; h[i] = t;
        i = p;
    }
}

int lastStoneWeight(int* stones, int stonesSize) {
    int* h = malloc(sizeof(int) * (stonesSize + 1));
    int n = stonesSize;
    memcpy(h, stones, sizeof(int) * n);
    for (int i = n / 2 - 1; i >= 0; i--) siftDown(h, n, i);
    while (n > 1) {
        int y = popMax(h, &n);
        int x = popMax(h, &n);
        if (y != x) pushHeap(h, &n, y - x);
    }
    int last = n ? h[0] : 0;
    free(h);
    return last;
}
