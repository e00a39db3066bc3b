/*
 * The runner's seccomp filter, exported as a raw BPF program that bubblewrap loads with
 * `--seccomp <fd>` just before it execs the sandboxed program (after bwrap's own namespace
 * set-up, which needs mount/unshare/pivot_root).
 *
 *   filter <out.bpf>   writes the BPF program (build.mjs runs this at setup)
 *   filter --pfc       prints it in libseccomp's readable form (for review)
 *
 * A deny list on top of "allow": language runtimes (the JVM, Go, V8, CPython, mono) use a wide
 * and shifting set of syscalls, so an allow list would break them on the next toolchain
 * upgrade. What is denied is kernel attack surface that a program judged on stdin/stdout never
 * needs. Denials return EPERM (clone3: ENOSYS, so glibc and Go fall back to clone(2), whose
 * flags a filter can read). Syscalls of other ABIs (i386 via int 0x80, x32) are refused by the
 * bad-architecture action: the rules below only speak the native ABI.
 */
#include <errno.h>
#include <fcntl.h>
#include <seccomp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#define CLONE_NEWNS 0x00020000
#define CLONE_NEWCGROUP 0x02000000
#define CLONE_NEWUTS 0x04000000
#define CLONE_NEWIPC 0x08000000
#define CLONE_NEWUSER 0x10000000
#define CLONE_NEWPID 0x20000000
#define CLONE_NEWNET 0x40000000

static const char *const DENIED[] = {
  /* io_uring: a second syscall interface that seccomp cannot see into, and a rich CVE history */
  "io_uring_setup", "io_uring_enter", "io_uring_register",
  /* kernel keyrings are shared across the host's user namespaces */
  "keyctl", "add_key", "request_key",
  /* eBPF, perf and userfaultfd: common kernel exploitation primitives */
  "bpf", "perf_event_open", "userfaultfd",
  /* reading or steering another process */
  "ptrace", "process_vm_readv", "process_vm_writev",
  /* kernels and modules */
  "kexec_load", "kexec_file_load", "init_module", "finit_module", "delete_module",
  /* file system and namespace changes (the old and the new mount API) */
  "mount", "umount2", "pivot_root", "unshare", "setns", "chroot",
  "fsopen", "fsconfig", "fsmount", "fspick", "move_mount", "open_tree", "mount_setattr",
  /* file handles bypass path-based checks */
  "open_by_handle_at", "name_to_handle_at",
};

static const uint64_t NAMESPACE_FLAGS[] = {
  CLONE_NEWNS, CLONE_NEWCGROUP, CLONE_NEWUTS, CLONE_NEWIPC, CLONE_NEWUSER, CLONE_NEWPID, CLONE_NEWNET,
};

/* TIOCSTI pushes input into a terminal; TIOCLINUX can do the same on a virtual console. */
static const uint64_t DENIED_IOCTLS[] = { TIOCSTI, TIOCLINUX };

/* The kernel reads personality's and ioctl's argument as 32 bits; compare only those. */
#define LOW32 0xffffffffULL

static int deny(scmp_filter_ctx ctx, const char *name, int err, unsigned count, const struct scmp_arg_cmp *cmp) {
  int nr = seccomp_syscall_resolve_name(name);
  if (nr == __NR_SCMP_ERROR) return 0; /* not a syscall on this architecture: nothing to deny */
  int rc = seccomp_rule_add_array(ctx, SCMP_ACT_ERRNO(err), nr, count, cmp);
  if (rc < 0) fprintf(stderr, "seccomp filter: rule for %s: %s\n", name, strerror(-rc));
  return rc;
}

static int build(scmp_filter_ctx ctx) {
  int rc = seccomp_attr_set(ctx, SCMP_FLTATR_ACT_BADARCH, SCMP_ACT_ERRNO(EPERM));
  for (size_t i = 0; rc == 0 && i < sizeof DENIED / sizeof *DENIED; i++) rc = deny(ctx, DENIED[i], EPERM, 0, NULL);
  /* clone3 passes its flags in memory a filter cannot read: ENOSYS makes libc fall back to clone. */
  if (rc == 0) rc = deny(ctx, "clone3", ENOSYS, 0, NULL);
  /* clone(2) with any namespace flag (x86-64 and arm64 both take the flags in argument 0). */
  for (size_t i = 0; rc == 0 && i < sizeof NAMESPACE_FLAGS / sizeof *NAMESPACE_FLAGS; i++) {
    struct scmp_arg_cmp has_flag = SCMP_A0_64(SCMP_CMP_MASKED_EQ, NAMESPACE_FLAGS[i], NAMESPACE_FLAGS[i]);
    rc = deny(ctx, "clone", EPERM, 1, &has_flag);
  }
  for (size_t i = 0; rc == 0 && i < sizeof DENIED_IOCTLS / sizeof *DENIED_IOCTLS; i++) {
    struct scmp_arg_cmp is_cmd = SCMP_A1_64(SCMP_CMP_MASKED_EQ, LOW32, DENIED_IOCTLS[i]);
    rc = deny(ctx, "ioctl", EPERM, 1, &is_cmd);
  }
  /*
   * personality(): only PER_LINUX (0) and the query 0xffffffff. libseccomp allows one comparison
   * per argument in a rule, so "neither all zeros nor all ones in the low 32 bits" is spelled as
   * "bit 0 differs from some bit j": two masked comparisons per j, any of which denies.
   */
  for (int j = 1; rc == 0 && j < 32; j++) {
    const uint64_t b0 = 1, bj = 1ULL << j;
    struct scmp_arg_cmp only_b0 = SCMP_A0_64(SCMP_CMP_MASKED_EQ, b0 | bj, b0);
    struct scmp_arg_cmp only_bj = SCMP_A0_64(SCMP_CMP_MASKED_EQ, b0 | bj, bj);
    rc = deny(ctx, "personality", EPERM, 1, &only_b0);
    if (rc == 0) rc = deny(ctx, "personality", EPERM, 1, &only_bj);
  }
  return rc;
}

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: %s <out.bpf> | --pfc\n", argv[0]);
    return 2;
  }
  scmp_filter_ctx ctx = seccomp_init(SCMP_ACT_ALLOW);
  if (!ctx || build(ctx) != 0) return 1;
  int rc;
  if (strcmp(argv[1], "--pfc") == 0) {
    rc = seccomp_export_pfc(ctx, STDOUT_FILENO);
  } else {
    int fd = open(argv[1], O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) {
      perror(argv[1]);
      return 1;
    }
    rc = seccomp_export_bpf(ctx, fd);
    if (close(fd) != 0 && rc == 0) rc = -errno;
  }
  seccomp_release(ctx);
  if (rc < 0) fprintf(stderr, "seccomp filter: export: %s\n", strerror(-rc));
  return rc < 0 ? 1 : 0;
}
