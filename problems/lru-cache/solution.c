/* Keys are 0..10^4, so the list is intrusive over keys: prev/next/value per key in arrays, index
 * MAXK the sentinel (its next is the least recently used key, its prev the most recent). */
#define MAXK 10001

typedef struct {
    int capacity;
    int size;
    int prev[MAXK + 1];
    int next[MAXK + 1];
    int value[MAXK];
    bool present[MAXK];
} LRUCache;

static void lruUnlink(LRUCache* c, int k) {
    c->next[c->prev[k]] = c->next[k];
    c->prev[c->next[k]] = c->prev[k];
}

static void lruAppend(LRUCache* c, int k) {
    int last = c->prev[MAXK];
    c->next[last] = k;
    c->prev[k] = last;
    c->next[k] = MAXK;
    c->prev[MAXK] = k;
}

LRUCache* lRUCacheCreate(int capacity) {
    LRUCache* obj = (LRUCache*)calloc(1, sizeof(LRUCache));
    obj->capacity = capacity;
    obj->prev[MAXK] = obj->next[MAXK] = MAXK;
    return obj;
}

int lRUCacheGet(LRUCache* obj, int key) {
    if (!obj->present[key]) return -1;
    lruUnlink(obj, key);
    lruAppend(obj, key);
    return obj->value[key];
}

void lRUCachePut(LRUCache* obj, int key, int value) {
    obj->value[key] = value;
    if (obj->present[key]) {
        lruUnlink(obj, key);
        lruAppend(obj, key);
        return;
    }
    obj->present[key] = true;
    obj->size++;
    lruAppend(obj, key);
    if (obj->size > obj->capacity) {
        int oldest = obj->next[MAXK];
        lruUnlink(obj, oldest);
        obj->present[oldest] = false;
        obj->size--;
    }
}

void lRUCacheFree(LRUCache* obj) {
    free(obj);
}
