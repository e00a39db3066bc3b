typedef struct {
    int** rows;
    int* sizes;
    int count, cap;
} Combos;

static int ascending(const void* a, const void* b) {
    int x = *(const int*)a, y = *(const int*)b;
    return (x > y) - (x < y);
}

static void backtrack(const int* c, int n, int start, int remaining, int* path, int depth, Combos* out) {
    if (remaining == 0) {
        if (out->count == out->cap) {
            out->cap = out->cap ? out->cap * 2 : 16;
            out->rows = realloc(out->rows, sizeof(int*) * out->cap);
            out->sizes = realloc(out->sizes, sizeof(int) * out->cap);
        }
        out->rows[out->count] = malloc(sizeof(int) * (depth > 0 ? depth : 1));
        memcpy(out->rows[out->count], path, sizeof(int) * depth);
        out->sizes[out->count++] = depth;
        return;
    }
    for (int i = start; i < n && c[i] <= remaining; i++) {
        path[depth] = c[i];
        backtrack(c, n, i, remaining - c[i], path, depth + 1, out);
    }
}

int** combinationSum(int* candidates, int candidatesSize, int target, int* returnSize, int** returnColumnSizes) {
    qsort(candidates, candidatesSize, sizeof(int), ascending);
    int* path = malloc(sizeof(int) * (target + 1));
    Combos out = {NULL, NULL, 0, 0};
    backtrack(candidates, candidatesSize, 0, target, path, 0, &out);
    free(path);
    *returnSize = out.count;
    *returnColumnSizes = out.sizes ? out.sizes : malloc(sizeof(int));
    return out.rows ? out.rows : malloc(sizeof(int*));
}
