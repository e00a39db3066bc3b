static int find(int* parent, int x) {
    while (parent[x] != x) {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    return x;
}

bool validPath(int n, int** edges, int edgesSize, int* edgesColSize, int source, int destination) {
    int* parent = malloc(sizeof(int) * n);
    for (int i = 0; i < n; i++) parent[i] = i;
    for (int i = 0; i < edgesSize; i++) parent[find(parent, edges[i][0])] = find(parent, edges[i][1]);
    bool ok = find(parent, source) == find(parent, destination);
    free(parent);
    return ok;
}
