static int find(int* parent, int x) {
    while (parent[x] != x) {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    return x;
}

int* findRedundantConnection(int** edges, int edgesSize, int* edgesColSize, int* returnSize) {
    int* parent = malloc(sizeof(int) * (edgesSize + 1));
    for (int i = 0; i <= edgesSize; i++) parent[i] = i;
    int* out = malloc(sizeof(int) * 2);
    *returnSize = 0;
    for (int i = 0; i < edgesSize; i++) {
        int a = find(parent, edges[i][0]), b = find(parent, edges[i][1]);
        if (a == b) {
            out[0] = edges[i][0];
            out[1] = edges[i][1];
            *returnSize = 2;
            break;
        }
        parent[a] = b;
    }
    free(parent);
    return out;
}
