/**
 * C17, LeetCode's conventions: an array parameter is a pointer plus `<name>Size` (2-D: also
 * `int* <name>ColSize`); an array result is returned as a pointer with its length written to
 * `int* returnSize` (2-D: also `int** returnColumnSizes`); strings are NUL-terminated `char*`.
 */
import type { Signature, ValueType } from "../../contracts/problems";
import { sortDepth, type Harness } from "./common";

const SCALAR: Partial<Record<ValueType, string>> = {
  int: "int", long: "long long", double: "double", bool: "bool", string: "char*",
  TreeNode: "struct TreeNode*", ListNode: "struct ListNode*",
};
const ARRAY: Partial<Record<ValueType, string>> = { "int[]": "int*", "double[]": "double*", "string[]": "char**" };
const ARRAY2: Partial<Record<ValueType, string>> = { "int[][]": "int**", "string[][]": "char***" };

function paramDecl(name: string, t: ValueType): string {
  if (SCALAR[t]) return `${SCALAR[t]} ${name}`;
  if (ARRAY[t]) return `${ARRAY[t]} ${name}, int ${name}Size`;
  return `${ARRAY2[t]} ${name}, int ${name}Size, int* ${name}ColSize`;
}

function returnType(t: ValueType): string {
  return SCALAR[t] ?? ARRAY[t] ?? ARRAY2[t]!;
}

function signatureLine(sig: Signature): string {
  const params = sig.params.map((p) => paramDecl(p.name, p.type));
  if (ARRAY[sig.returns]) params.push("int* returnSize");
  if (ARRAY2[sig.returns]) params.push("int* returnSize", "int** returnColumnSizes");
  return `${returnType(sig.returns)} ${sig.function}(${params.join(", ")})`;
}

const DEFAULT: Record<ValueType, string> = {
  int: "return 0;", long: "return 0;", double: "return 0.0;", bool: "return false;", string: 'return "";',
  "int[]": "*returnSize = 0;\n    return NULL;", "double[]": "*returnSize = 0;\n    return NULL;", "string[]": "*returnSize = 0;\n    return NULL;",
  "int[][]": "*returnSize = 0;\n    *returnColumnSizes = NULL;\n    return NULL;",
  "string[][]": "*returnSize = 0;\n    *returnColumnSizes = NULL;\n    return NULL;",
  TreeNode: "return NULL;", ListNode: "return NULL;",
};

const PRELUDE = `#include <stdio.h>
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

`;

const DRIVER_LIB = `
/* ---- Duet driver: reads one test's typed input, calls the function once, prints the result ---- */
static const char* duet_s;
static size_t duet_i, duet_n;
static void duet_ws(void) { while (duet_i < duet_n && (unsigned char)duet_s[duet_i] <= ' ') duet_i++; }
static char duet_next(void) { duet_ws(); return duet_s[duet_i++]; }
static bool duet_at(char c) { duet_ws(); return duet_i < duet_n && duet_s[duet_i] == c; }
static long long duet_num(void) { char* end; duet_ws(); long long v = strtoll(duet_s + duet_i, &end, 10); duet_i = (size_t)(end - duet_s); return v; }
static double duet_dbl(void) { char* end; duet_ws(); double v = strtod(duet_s + duet_i, &end); duet_i = (size_t)(end - duet_s); return v; }
static bool duet_bool(void) { duet_ws(); bool t = strncmp(duet_s + duet_i, "true", 4) == 0; duet_i += t ? 4 : 5; return t; }
static bool duet_nul(void) { duet_ws(); if (strncmp(duet_s + duet_i, "null", 4) == 0) { duet_i += 4; return true; } return false; }
static char* duet_str(void) {
    duet_next();
    char* b = (char*)malloc(duet_n - duet_i + 1);
    size_t n = 0;
    for (char c = duet_s[duet_i++]; c != '"'; c = duet_s[duet_i++]) {
        if (c != '\\\\') { b[n++] = c; continue; }
        char e = duet_s[duet_i++];
        switch (e) {
            case 'n': b[n++] = '\\n'; break; case 't': b[n++] = '\\t'; break; case 'r': b[n++] = '\\r'; break;
            case 'b': b[n++] = '\\b'; break; case 'f': b[n++] = '\\f'; break;
            case 'u': { char hex[5] = {0}; memcpy(hex, duet_s + duet_i, 4); b[n++] = (char)strtol(hex, NULL, 16); duet_i += 4; break; }
            default: b[n++] = e;
        }
    }
    b[n] = 0;
    return b;
}
static bool duet_begin(void) { duet_next(); if (duet_at(']')) { duet_i++; return false; } return true; }
static bool duet_more(void) { return duet_next() == ','; }
#define DUET_ARRAY(T, NAME, EXPR) \\
    static T* NAME(int* size) { \\
        int cap = 4, n = 0; T* a = (T*)malloc(cap * sizeof(T)); \\
        if (duet_begin()) do { if (n == cap) a = (T*)realloc(a, (size_t)(cap *= 2) * sizeof(T)); a[n++] = (EXPR); } while (duet_more()); \\
        *size = n; return a; \\
    }
DUET_ARRAY(int, duet_ints, (int)duet_num())
DUET_ARRAY(double, duet_dbls, duet_dbl())
DUET_ARRAY(char*, duet_strs, duet_str())
#define DUET_ARRAY2(T, NAME, ROW) \\
    static T** NAME(int* size, int** cols) { \\
        int cap = 4, n = 0; T** a = (T**)malloc(cap * sizeof(T*)); int* c = (int*)malloc(cap * sizeof(int)); \\
        if (duet_begin()) do { \\
            if (n == cap) { cap *= 2; a = (T**)realloc(a, (size_t)cap * sizeof(T*)); c = (int*)realloc(c, (size_t)cap * sizeof(int)); } \\
            a[n] = ROW(&c[n]); n++; \\
        } while (duet_more()); \\
        *size = n; *cols = c; return a; \\
    }
DUET_ARRAY2(int, duet_ints2, duet_ints)
DUET_ARRAY2(char*, duet_strs2, duet_strs)
static struct ListNode* duet_list(void) {
    int n; int* v = duet_ints(&n);
    struct ListNode* h = NULL;
    for (int k = n - 1; k >= 0; k--) { struct ListNode* x = (struct ListNode*)malloc(sizeof *x); x->val = v[k]; x->next = h; h = x; }
    return h;
}
static struct TreeNode* duet_tree(void) {
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
        if (c < n) nodes[k]->left = nodes[c]; c++;
        if (c < n) nodes[k]->right = nodes[c]; c++;
    }
    return nodes[0];
}

static char* duet_dup(const char* s) { char* d = (char*)malloc(strlen(s) + 1); strcpy(d, s); return d; }
static char* duet_j_int(long long v) { char b[32]; snprintf(b, sizeof b, "%lld", v); return duet_dup(b); }
static char* duet_j_dbl(double v) { char b[40]; snprintf(b, sizeof b, "%.17g", v); return duet_dup(b); }
static char* duet_j_bool(bool v) { return duet_dup(v ? "true" : "false"); }
static char* duet_j_str(const char* s) {
    if (!s) return duet_dup("null");
    char* b = (char*)malloc(strlen(s) * 6 + 3);
    size_t n = 0;
    b[n++] = '"';
    for (const unsigned char* p = (const unsigned char*)s; *p; p++) {
        switch (*p) {
            case '"': b[n++] = '\\\\'; b[n++] = '"'; break;
            case '\\\\': b[n++] = '\\\\'; b[n++] = '\\\\'; break;
            case '\\n': b[n++] = '\\\\'; b[n++] = 'n'; break;
            case '\\t': b[n++] = '\\\\'; b[n++] = 't'; break;
            case '\\r': b[n++] = '\\\\'; b[n++] = 'r'; break;
            case '\\b': b[n++] = '\\\\'; b[n++] = 'b'; break;
            case '\\f': b[n++] = '\\\\'; b[n++] = 'f'; break;
            default:
                if (*p < 0x20) n += (size_t)sprintf(b + n, "\\\\u%04x", *p); else b[n++] = (char)*p;
        }
    }
    b[n++] = '"';
    b[n] = 0;
    return b;
}
static char* duet_join(char** parts, int n) {
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
static int duet_cmp(const void* a, const void* b) { return strcmp(*(char* const*)a, *(char* const*)b); }
static char* duet_sorted(char** parts, int n) { if (n > 0) qsort(parts, (size_t)n, sizeof *parts, duet_cmp); return duet_join(parts, n); }
#define DUET_ELEMS(T, NAME, J) \\
    static char** NAME(T* a, int n) { char** o = (char**)malloc(((size_t)n + 1) * sizeof *o); for (int k = 0; k < n; k++) o[k] = J(a[k]); return o; }
DUET_ELEMS(int, duet_e_ints, duet_j_int)
DUET_ELEMS(double, duet_e_dbls, duet_j_dbl)
DUET_ELEMS(char*, duet_e_strs, duet_j_str)
static char* duet_j_list(struct ListNode* h) {
    int n = 0;
    for (struct ListNode* p = h; p; p = p->next) n++;
    char** o = (char**)malloc(((size_t)n + 1) * sizeof *o);
    n = 0;
    for (; h; h = h->next) o[n++] = duet_j_int(h->val);
    return duet_join(o, n);
}
static char* duet_j_tree(struct TreeNode* root) {
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
`;

/** C for the canonical JSON of the result (`duet_result`, `duet_rs`, `duet_rcs`). */
function outExpr(sig: Signature): string {
  const t = sig.returns;
  const depth = sortDepth(sig);
  const outer = depth >= 1 ? "duet_sorted" : "duet_join";
  const inner = depth === 2 ? "duet_sorted" : "duet_join";
  switch (t) {
    case "int": case "long": return "duet_j_int(duet_result)";
    case "double": return "duet_j_dbl(duet_result)";
    case "bool": return "duet_j_bool(duet_result)";
    case "string": return "duet_j_str(duet_result)";
    case "TreeNode": return "duet_j_tree(duet_result)";
    case "ListNode": return "duet_j_list(duet_result)";
    case "int[]": return `${outer}(duet_e_ints(duet_result, duet_rs), duet_rs)`;
    case "double[]": return `${outer}(duet_e_dbls(duet_result, duet_rs), duet_rs)`;
    case "string[]": return `${outer}(duet_e_strs(duet_result, duet_rs), duet_rs)`;
    case "int[][]":
    case "string[][]": {
      const e = t === "int[][]" ? "duet_e_ints" : "duet_e_strs";
      return `({ char** duet_rows = (char**)malloc(((size_t)duet_rs + 1) * sizeof(char*));
        for (int k = 0; k < duet_rs; k++) duet_rows[k] = ${inner}(${e}(duet_result[k], duet_rcs[k]), duet_rcs[k]);
        ${outer}(duet_rows, duet_rs); })`;
    }
  }
}

const READ: Record<ValueType, (v: string) => string> = {
  int: (v) => `int ${v} = (int)duet_num();`,
  long: (v) => `long long ${v} = duet_num();`,
  double: (v) => `double ${v} = duet_dbl();`,
  bool: (v) => `bool ${v} = duet_bool();`,
  string: (v) => `char* ${v} = duet_str();`,
  "int[]": (v) => `int ${v}Size; int* ${v} = duet_ints(&${v}Size);`,
  "double[]": (v) => `int ${v}Size; double* ${v} = duet_dbls(&${v}Size);`,
  "string[]": (v) => `int ${v}Size; char** ${v} = duet_strs(&${v}Size);`,
  "int[][]": (v) => `int ${v}Size; int* ${v}ColSize; int** ${v} = duet_ints2(&${v}Size, &${v}ColSize);`,
  "string[][]": (v) => `int ${v}Size; int* ${v}ColSize; char*** ${v} = duet_strs2(&${v}Size, &${v}ColSize);`,
  TreeNode: (v) => `struct TreeNode* ${v} = duet_tree();`,
  ListNode: (v) => `struct ListNode* ${v} = duet_list();`,
};

function callArgs(sig: Signature): string {
  const args = sig.params.flatMap((p, i) => {
    const v = `duet_a${i}`;
    if (ARRAY[p.type]) return [v, `${v}Size`];
    if (ARRAY2[p.type]) return [v, `${v}Size`, `${v}ColSize`];
    return [v];
  });
  if (ARRAY[sig.returns]) args.push("&duet_rs");
  if (ARRAY2[sig.returns]) args.push("&duet_rs", "&duet_rcs");
  return args.join(", ");
}

export const c: Harness = {
  starter(sig) {
    const note = ARRAY[sig.returns]
      ? "/**\n * Note: the returned array must be malloced; its length goes to *returnSize.\n */\n"
      : ARRAY2[sig.returns]
        ? "/**\n * Return an array of *returnSize arrays; their lengths go to *returnColumnSizes (malloced).\n */\n"
        : "";
    return `${note}${signatureLine(sig)} {\n    ${DEFAULT[sig.returns]}\n}\n`;
  },
  assemble(sig, code) {
    const reads = sig.params.map((p, i) => `    ${READ[p.type](`duet_a${i}`)}`).join("\n");
    const main = `
int main(void) {
    size_t cap = 1 << 16, n = 0, got;
    char* input = (char*)malloc(cap + 1);
    while ((got = fread(input + n, 1, cap - n, stdin)) > 0) { n += got; if (n == cap) input = (char*)realloc(input, (cap *= 2) + 1); }
    input[n] = 0;
    duet_s = input; duet_n = n; duet_i = 0;
${reads}
    int duet_rs = 0; int* duet_rcs = NULL; (void)duet_rs; (void)duet_rcs;
    /* The candidate's prints go to stderr; stdout carries only the result. */
    fflush(stdout);
    int duet_saved = dup(1);
    dup2(2, 1);
    ${returnType(sig.returns)} duet_result = ${sig.function}(${callArgs(sig)});
    fflush(stdout);
    dup2(duet_saved, 1);
    char* duet_out = ${outExpr(sig)};
    fputs(duet_out, stdout);
    fputc('\\n', stdout);
    fflush(stdout);
    return 0;
}
`;
    return PRELUDE + code + "\n" + DRIVER_LIB + main;
  },
};
