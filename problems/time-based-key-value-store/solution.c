/* A chained hash table of keys; each key holds its versions (timestamps increasing, as set is
 * called) in growing arrays that get binary searches. Strings are copied in; get returns the
 * stored copy. */
typedef struct Entry {
    char* key;
    int* times;
    char** values;
    int count, cap;
    struct Entry* next;
} Entry;

typedef struct {
    Entry** buckets;
    int nbuckets;
    int nkeys;
} TimeMap;

static unsigned long tmHash(const char* s) {
    unsigned long h = 1469598103934665603UL;
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 1099511628211UL;
    return h;
}

static char* tmCopy(const char* s) {
    size_t n = strlen(s) + 1;
    char* c = (char*)malloc(n);
    memcpy(c, s, n);
    return c;
}

static Entry* tmFind(TimeMap* m, const char* key) {
    for (Entry* e = m->buckets[tmHash(key) % (unsigned long)m->nbuckets]; e; e = e->next)
        if (strcmp(e->key, key) == 0) return e;
    return NULL;
}

static void tmGrow(TimeMap* m) {
    int n = m->nbuckets * 2;
    Entry** b = (Entry**)calloc((size_t)n, sizeof(Entry*));
    for (int i = 0; i < m->nbuckets; i++) {
        Entry* e = m->buckets[i];
        while (e) {
            Entry* next = e->next;
            unsigned long h = tmHash(e->key) % (unsigned long)n;
            e->next = b[h];
            b[h] = e;
            e = next;
        }
    }
    free(m->buckets);
    m->buckets = b;
    m->nbuckets = n;
}

TimeMap* timeMapCreate() {
    TimeMap* obj = (TimeMap*)calloc(1, sizeof(TimeMap));
    obj->nbuckets = 64;
    obj->buckets = (Entry**)calloc((size_t)obj->nbuckets, sizeof(Entry*));
    return obj;
}

void timeMapSet(TimeMap* obj, char* key, char* value, int timestamp) {
    Entry* e = tmFind(obj, key);
    if (!e) {
        if (obj->nkeys >= obj->nbuckets) tmGrow(obj);
        e = (Entry*)calloc(1, sizeof(Entry));
        e->key = tmCopy(key);
        unsigned long h = tmHash(key) % (unsigned long)obj->nbuckets;
        e->next = obj->buckets[h];
        obj->buckets[h] = e;
        obj->nkeys++;
    }
    if (e->count == e->cap) {
        e->cap = e->cap ? e->cap * 2 : 4;
        e->times = (int*)realloc(e->times, sizeof(int) * (size_t)e->cap);
        e->values = (char**)realloc(e->values, sizeof(char*) * (size_t)e->cap);
    }
    e->times[e->count] = timestamp;
    e->values[e->count] = tmCopy(value);
    e->count++;
}

char* timeMapGet(TimeMap* obj, char* key, int timestamp) {
    Entry* e = tmFind(obj, key);
    if (!e) return "";
    /* First index whose time is > timestamp; the answer is just before it. */
    int lo = 0, hi = e->count;
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        if (e->times[mid] <= timestamp) lo = mid + 1;
        else hi = mid;
    }
    return lo == 0 ? "" : e->values[lo - 1];
}

void timeMapFree(TimeMap* obj) {
    for (int i = 0; i < obj->nbuckets; i++) {
        Entry* e = obj->buckets[i];
        while (e) {
            Entry* next = e->next;
            for (int j = 0; j < e->count; j++) free(e->values[j]);
            free(e->values);
            free(e->times);
            free(e->key);
            free(e);
            e = next;
        }
    }
    free(obj->buckets);
    free(obj);
}
