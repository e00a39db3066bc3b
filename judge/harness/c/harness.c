/*
 * Duet's C harness (C17, LeetCode's conventions). judge/harness/c.ts assembles a judged program:
 * the part above the `duet:candidate` line, the candidate's code (under `#line 1 "solution.c"`),
 * the part below it, then a main() generated from the signature that reads one test's typed input
 * (one JSON value a line), calls the function once with its prints sent to stderr and prints the
 * result as one canonical JSON line. The problems CI compiles this file on its own with warnings
 * as errors; everything below the line is `DUET_FN` (static, maybe unused: a program calls a few).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdbool.h>
#include <limits.h>
#include <math.h>
#include <unistd.h>

struct TreeNode {
    int val;
    struct TreeNode *left;
    struct TreeNode *right;
};

struct ListNode {
    int val;
    struct ListNode *next;
};

/* ---- duet:candidate ---- */

#define DUET_FN static __attribute__((unused))

/* ---- reading one test's input ---- */
static const char* duet_s;
static size_t duet_i, duet_n;

/* All of stdin, NUL-terminated, becomes the input read below. */
DUET_FN void duet_read_input(void) {
    size_t cap = 1 << 16, n = 0, got;
    char* input = (char*)malloc(cap + 1);
    while ((got = fread(input + n, 1, cap - n, stdin)) > 0) {
        n += got;
        if (n == cap) input = (char*)realloc(input, (cap *= 2) + 1);
    }
    input[n] = 0;
    duet_s = input;
    duet_n = n;
    duet_i = 0;
}
DUET_FN void duet_ws(void) { while (duet_i < duet_n && (unsigned char)duet_s[duet_i] <= ' ') duet_i++; }
DUET_FN char duet_next(void) { duet_ws(); return duet_s[duet_i++]; }
DUET_FN bool duet_at(char c) { duet_ws(); return duet_i < duet_n && duet_s[duet_i] == c; }
DUET_FN long long duet_num(void) { char* end; duet_ws(); long long v = strtoll(duet_s + duet_i, &end, 10); duet_i = (size_t)(end - duet_s); return v; }
DUET_FN double duet_dbl(void) { char* end; duet_ws(); double v = strtod(duet_s + duet_i, &end); duet_i = (size_t)(end - duet_s); return v; }
DUET_FN bool duet_bool(void) { duet_ws(); bool t = strncmp(duet_s + duet_i, "true", 4) == 0; duet_i += t ? 4 : 5; return t; }
DUET_FN bool duet_nul(void) { duet_ws(); if (strncmp(duet_s + duet_i, "null", 4) == 0) { duet_i += 4; return true; } return false; }
DUET_FN char* duet_str(void) {
    duet_next();
    /* As long as its JSON text, not the rest of the input: a design test reads thousands of strings. */
    size_t end = duet_i;
    while (end < duet_n && duet_s[end] != '"') end += duet_s[end] == '\\' ? 2 : 1;
    char* b = (char*)malloc(end - duet_i + 1);
    size_t n = 0;
    for (char c = duet_s[duet_i++]; c != '"'; c = duet_s[duet_i++]) {
        if (c != '\\') { b[n++] = c; continue; }
        char e = duet_s[duet_i++];
        switch (e) {
            case 'n': b[n++] = '\n'; break;
            case 't': b[n++] = '\t'; break;
            case 'r': b[n++] = '\r'; break;
            case 'b': b[n++] = '\b'; break;
            case 'f': b[n++] = '\f'; break;
            case 'u': { char hex[5] = {0}; memcpy(hex, duet_s + duet_i, 4); b[n++] = (char)strtol(hex, NULL, 16); duet_i += 4; break; }
            default: b[n++] = e;
        }
    }
    b[n] = 0;
    return b;
}
DUET_FN bool duet_begin(void) { duet_next(); if (duet_at(']')) { duet_i++; return false; } return true; }
DUET_FN bool duet_more(void) { return duet_next() == ','; }
#define DUET_ARRAY(T, NAME, EXPR) \
    DUET_FN T* NAME(int* size) { \
        int cap = 4, n = 0; T* a = (T*)malloc(cap * sizeof(T)); \
        if (duet_begin()) do { if (n == cap) a = (T*)realloc(a, (size_t)(cap *= 2) * sizeof(T)); a[n++] = (EXPR); } while (duet_more()); \
        *size = n; return a; \
    }
DUET_ARRAY(int, duet_ints, (int)duet_num())
DUET_ARRAY(double, duet_dbls, duet_dbl())
DUET_ARRAY(char*, duet_strs, duet_str())
#define DUET_ARRAY2(T, NAME, ROW) \
    DUET_FN T** NAME(int* size, int** cols) { \
        int cap = 4, n = 0; T** a = (T**)malloc(cap * sizeof(T*)); int* c = (int*)malloc(cap * sizeof(int)); \
        if (duet_begin()) do { \
            if (n == cap) { cap *= 2; a = (T**)realloc(a, (size_t)cap * sizeof(T*)); c = (int*)realloc(c, (size_t)cap * sizeof(int)); } \
            a[n] = ROW(&c[n]); n++; \
        } while (duet_more()); \
        *size = n; *cols = c; return a; \
    }
DUET_ARRAY2(int, duet_ints2, duet_ints)
DUET_ARRAY2(char*, duet_strs2, duet_strs)
DUET_FN struct ListNode* duet_list(void) {
    int n; int* v = duet_ints(&n);
    struct ListNode* h = NULL;
    for (int k = n - 1; k >= 0; k--) { struct ListNode* x = (struct ListNode*)malloc(sizeof *x); x->val = v[k]; x->next = h; h = x; }
    return h;
}
DUET_FN struct TreeNode* duet_tree(void) {
    int cap = 4, n = 0;
    struct TreeNode** nodes = (struct TreeNode**)malloc(cap * sizeof *nodes);
    if (duet_begin()) do {
        if (n == cap) nodes = (struct TreeNode**)realloc(nodes, (size_t)(cap *= 2) * sizeof *nodes);
        if (duet_nul()) { nodes[n++] = NULL; continue; }
        struct TreeNode* t = (struct TreeNode*)calloc(1, sizeof *t);
        t->val = (int)duet_num();
        nodes[n++] = t;
    } while (duet_more());
    if (n == 0) return NULL;
    int c = 1;
    for (int k = 0; k < n; k++) {
        if (!nodes[k]) continue;
        if (c < n) nodes[k]->left = nodes[c];
        c++;
        if (c < n) nodes[k]->right = nodes[c];
        c++;
    }
    return nodes[0];
}

/* ---- the candidate's prints go to stderr; stdout carries only the result ---- */
DUET_FN int duet_stdout_to_stderr(void) { fflush(stdout); int saved = dup(1); dup2(2, 1); return saved; }
DUET_FN void duet_restore_stdout(int saved) { fflush(stdout); dup2(saved, 1); close(saved); }
DUET_FN void duet_print(const char* json) { fputs(json, stdout); fputc('\n', stdout); fflush(stdout); }

/* ---- writing the result as canonical JSON ---- */
DUET_FN char* duet_dup(const char* s) { char* d = (char*)malloc(strlen(s) + 1); strcpy(d, s); return d; }
DUET_FN char* duet_j_int(long long v) { char b[32]; snprintf(b, sizeof b, "%lld", v); return duet_dup(b); }
DUET_FN char* duet_j_dbl(double v) { char b[40]; snprintf(b, sizeof b, "%.17g", v); return duet_dup(b); }
DUET_FN char* duet_j_bool(bool v) { return duet_dup(v ? "true" : "false"); }
DUET_FN char* duet_j_str(const char* s) {
    if (!s) return duet_dup("null");
    char* b = (char*)malloc(strlen(s) * 6 + 3);
    size_t n = 0;
    b[n++] = '"';
    for (const unsigned char* p = (const unsigned char*)s; *p; p++) {
        switch (*p) {
            case '"': b[n++] = '\\'; b[n++] = '"'; break;
            case '\\': b[n++] = '\\'; b[n++] = '\\'; break;
            case '\n': b[n++] = '\\'; b[n++] = 'n'; break;
            case '\t': b[n++] = '\\'; b[n++] = 't'; break;
            case '\r': b[n++] = '\\'; b[n++] = 'r'; break;
            case '\b': b[n++] = '\\'; b[n++] = 'b'; break;
            case '\f': b[n++] = '\\'; b[n++] = 'f'; break;
            default:
                if (*p < 0x20) n += (size_t)sprintf(b + n, "\\u%04x", *p); else b[n++] = (char)*p;
        }
    }
    b[n++] = '"';
    b[n] = 0;
    return b;
}
DUET_FN char* duet_join(char** parts, int n) {
    size_t len = 3;
    for (int k = 0; k < n; k++) len += strlen(parts[k]) + 1;
    char* b = (char*)malloc(len);
    size_t at = 0;
    b[at++] = '[';
    for (int k = 0; k < n; k++) { if (k) b[at++] = ','; size_t l = strlen(parts[k]); memcpy(b + at, parts[k], l); at += l; }
    b[at++] = ']';
    b[at] = 0;
    return b;
}
DUET_FN int duet_cmp(const void* a, const void* b) { return strcmp(*(char* const*)a, *(char* const*)b); }
DUET_FN char* duet_sorted(char** parts, int n) { if (n > 0) qsort(parts, (size_t)n, sizeof *parts, duet_cmp); return duet_join(parts, n); }
#define DUET_ELEMS(T, NAME, J) \
    DUET_FN char** NAME(T* a, int n) { char** o = (char**)malloc(((size_t)n + 1) * sizeof *o); for (int k = 0; k < n; k++) o[k] = J(a[k]); return o; }
DUET_ELEMS(int, duet_e_ints, duet_j_int)
DUET_ELEMS(double, duet_e_dbls, duet_j_dbl)
DUET_ELEMS(char*, duet_e_strs, duet_j_str)
/* The rows of a 2-D result, each as JSON (its elements sorted when `sorted`). */
#define DUET_ROWS(T, NAME, ELEMS) \
    DUET_FN char** NAME(T** a, int n, const int* cols, bool sorted) { \
        char** o = (char**)malloc(((size_t)n + 1) * sizeof *o); \
        for (int k = 0; k < n; k++) o[k] = (sorted ? duet_sorted : duet_join)(ELEMS(a[k], cols[k]), cols[k]); \
        return o; \
    }
DUET_ROWS(int, duet_rows_ints, duet_e_ints)
DUET_ROWS(char*, duet_rows_strs, duet_e_strs)
DUET_FN char* duet_j_list(struct ListNode* h) {
    int n = 0;
    for (struct ListNode* p = h; p; p = p->next) n++;
    char** o = (char**)malloc(((size_t)n + 1) * sizeof *o);
    n = 0;
    for (; h; h = h->next) o[n++] = duet_j_int(h->val);
    return duet_join(o, n);
}
DUET_FN char* duet_j_tree(struct TreeNode* root) {
    int cap = 16, n = 0, k = 0;
    struct TreeNode** q = (struct TreeNode**)malloc(cap * sizeof *q);
    q[n++] = root;
    char** o = (char**)malloc(cap * sizeof *o);
    int last = 0; /* parts up to the last non-null */
    for (; k < n; k++) {
        if (n + 2 > cap) { cap *= 2; q = (struct TreeNode**)realloc(q, (size_t)cap * sizeof *q); o = (char**)realloc(o, (size_t)cap * sizeof *o); }
        if (!q[k]) { o[k] = duet_dup("null"); continue; }
        o[k] = duet_j_int(q[k]->val);
        last = k + 1;
        q[n++] = q[k]->left;
        q[n++] = q[k]->right;
    }
    return duet_join(o, last);
}
