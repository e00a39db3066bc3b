/* Nodes in one growing pool, children by index (0 = none: the root is node 0, never a child). */
typedef struct {
    int (*children)[26];
    bool* end;
    int count, cap;
} Trie;

static int trieNewNode(Trie* t) {
    if (t->count == t->cap) {
        t->cap = t->cap ? t->cap * 2 : 64;
        t->children = (int (*)[26])realloc(t->children, sizeof(int[26]) * (size_t)t->cap);
        t->end = (bool*)realloc(t->end, sizeof(bool) * (size_t)t->cap);
    }
    memset(t->children[t->count], 0, sizeof(int[26]));
    t->end[t->count] = false;
    return t->count++;
}

static int trieWalk(Trie* t, const char* s) {
    int node = 0;
    for (; *s; s++) {
        node = t->children[node][*s - 'a'];
        if (node == 0) return -1;
    }
    return node;
}

Trie* trieCreate() {
    Trie* obj = (Trie*)calloc(1, sizeof(Trie));
    trieNewNode(obj);
    return obj;
}

void trieInsert(Trie* obj, char* word) {
    int node = 0;
    for (; *word; word++) {
        int c = *word - 'a';
        if (obj->children[node][c] == 0) {
            int child = trieNewNode(obj); /* may move the pool: index it again below */
            obj->children[node][c] = child;
        }
        node = obj->children[node][c];
    }
    obj->end[node] = true;
}

bool trieSearch(Trie* obj, char* word) {
    int node = trieWalk(obj, word);
    return node >= 0 && obj->end[node];
}

bool trieStartsWith(Trie* obj, char* prefix) {
    return trieWalk(obj, prefix) >= 0;
}

void trieFree(Trie* obj) {
    free(obj->children);
    free(obj->end);
    free(obj);
}
