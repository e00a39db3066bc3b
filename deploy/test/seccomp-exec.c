/*
 * Loads a seccomp profile the way a container runtime does before it starts a container's first
 * process, then execs that process: the test's stand-in for the kubelet handing
 * deploy/k8s/seccomp/duet-runner.json to containerd or CRI-O (which build it with libseccomp too).
 *
 *   seccomp-exec <rules.txt> <program> [args...]
 *
 * rules.txt is the profile flattened by deploy/test/seccomp-profile.ts, one directive a line:
 *   default <ACTION> <errno>
 *   arch <libseccomp arch name>                       (sub-architectures of the native one)
 *   rule <ACTION> <errno> <syscall> [<index> <OP> <value> <valueTwo>]...
 * ACTION is ALLOW, ERRNO, LOG, KILL_PROCESS, KILL_THREAD or TRAP; OP a SCMP_CMP_* suffix.
 * A syscall name this libseccomp does not know is skipped with a note on stderr, as runc does.
 * no_new_privs is set (libseccomp's default), as for a pod with allowPrivilegeEscalation: false.
 */
#include <errno.h>
#include <seccomp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define MAX_ARGS 6

static int action(const char *name, unsigned err, uint32_t *out) {
  if (strcmp(name, "ALLOW") == 0) *out = SCMP_ACT_ALLOW;
  else if (strcmp(name, "ERRNO") == 0) *out = SCMP_ACT_ERRNO(err);
  else if (strcmp(name, "LOG") == 0) *out = SCMP_ACT_LOG;
  else if (strcmp(name, "KILL_PROCESS") == 0) *out = SCMP_ACT_KILL_PROCESS;
  else if (strcmp(name, "KILL_THREAD") == 0) *out = SCMP_ACT_KILL_THREAD;
  else if (strcmp(name, "TRAP") == 0) *out = SCMP_ACT_TRAP;
  else return -1;
  return 0;
}

static int comparison(const char *name, enum scmp_compare *out) {
  static const struct { const char *name; enum scmp_compare op; } OPS[] = {
    { "NE", SCMP_CMP_NE }, { "LT", SCMP_CMP_LT }, { "LE", SCMP_CMP_LE }, { "EQ", SCMP_CMP_EQ },
    { "GE", SCMP_CMP_GE }, { "GT", SCMP_CMP_GT }, { "MASKED_EQ", SCMP_CMP_MASKED_EQ },
  };
  for (size_t i = 0; i < sizeof OPS / sizeof *OPS; i++)
    if (strcmp(name, OPS[i].name) == 0) return *out = OPS[i].op, 0;
  return -1;
}

/* One `rule` line after its keyword; returns 0, or -1 with a message on stderr. */
static int add_rule(scmp_filter_ctx ctx, char *rest, unsigned line) {
  char *save = NULL;
  char *act = strtok_r(rest, " \n", &save), *err = strtok_r(NULL, " \n", &save), *name = strtok_r(NULL, " \n", &save);
  uint32_t a;
  if (!act || !err || !name || action(act, (unsigned)strtoul(err, NULL, 10), &a) != 0) {
    fprintf(stderr, "seccomp-exec: line %u: bad rule\n", line);
    return -1;
  }
  struct scmp_arg_cmp cmp[MAX_ARGS];
  unsigned n = 0;
  for (char *idx; (idx = strtok_r(NULL, " \n", &save)) != NULL; n++) {
    char *op = strtok_r(NULL, " \n", &save), *v1 = strtok_r(NULL, " \n", &save), *v2 = strtok_r(NULL, " \n", &save);
    enum scmp_compare c;
    if (n == MAX_ARGS || !op || !v1 || !v2 || comparison(op, &c) != 0) {
      fprintf(stderr, "seccomp-exec: line %u: bad argument condition\n", line);
      return -1;
    }
    cmp[n] = (struct scmp_arg_cmp){ (unsigned)strtoul(idx, NULL, 10), c, strtoull(v1, NULL, 0), strtoull(v2, NULL, 0) };
  }
  int nr = seccomp_syscall_resolve_name(name);
  if (nr == __NR_SCMP_ERROR) {
    fprintf(stderr, "seccomp-exec: skipped %s: unknown to this libseccomp\n", name);
    return 0;
  }
  int rc = seccomp_rule_add_array(ctx, a, nr, n, cmp);
  if (rc < 0) fprintf(stderr, "seccomp-exec: line %u: %s: %s\n", line, name, strerror(-rc));
  return rc < 0 ? -1 : 0;
}

static scmp_filter_ctx build(FILE *in) {
  scmp_filter_ctx ctx = NULL;
  char buf[4096];
  for (unsigned line = 1; fgets(buf, sizeof buf, in); line++) {
    char *save = NULL, *word = strtok_r(buf, " \n", &save), *rest = save;
    if (!word) continue;
    if (strcmp(word, "default") == 0 && !ctx) {
      char *act = strtok_r(NULL, " \n", &save), *err = strtok_r(NULL, " \n", &save);
      uint32_t a;
      if (!act || !err || action(act, (unsigned)strtoul(err, NULL, 10), &a) != 0 || !(ctx = seccomp_init(a))) {
        fprintf(stderr, "seccomp-exec: line %u: bad default\n", line);
        return NULL;
      }
    } else if (strcmp(word, "arch") == 0 && ctx) {
      char *arch = strtok_r(NULL, " \n", &save);
      uint32_t token = arch ? seccomp_arch_resolve_name(arch) : 0;
      int rc = token ? seccomp_arch_add(ctx, token) : -EINVAL;
      if (rc < 0 && rc != -EEXIST) {
        fprintf(stderr, "seccomp-exec: line %u: arch %s: %s\n", line, arch ? arch : "?", strerror(-rc));
        return seccomp_release(ctx), NULL;
      }
    } else if (strcmp(word, "rule") == 0 && ctx) {
      if (add_rule(ctx, rest, line) != 0) return seccomp_release(ctx), NULL;
    } else {
      fprintf(stderr, "seccomp-exec: line %u: unexpected %s\n", line, word);
      if (ctx) seccomp_release(ctx);
      return NULL;
    }
  }
  if (!ctx) fprintf(stderr, "seccomp-exec: no default action\n");
  return ctx;
}

int main(int argc, char **argv) {
  if (argc < 3) {
    fprintf(stderr, "usage: %s <rules.txt> <program> [args...]\n", argv[0]);
    return 2;
  }
  FILE *in = fopen(argv[1], "r");
  if (!in) {
    perror(argv[1]);
    return 2;
  }
  scmp_filter_ctx ctx = build(in);
  fclose(in);
  if (!ctx) return 2;
  int rc = seccomp_load(ctx);
  seccomp_release(ctx);
  if (rc < 0) {
    fprintf(stderr, "seccomp-exec: load: %s\n", strerror(-rc));
    return 2;
  }
  execvp(argv[2], argv + 2);
  perror(argv[2]);
  return 127;
}
