/*
 * Hostile program for test/hardening.test.ts: tries each syscall the seccomp filter denies and
 * prints "<name> <errno name>" (or "<name> ALLOWED"). The errno tells the filter (EPERM, ENOSYS)
 * apart from what the kernel or bwrap would answer without it (ENOSPC, EACCES, ENOTTY, success).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <linux/io_uring.h>
#include <linux/perf_event.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/personality.h>
#include <sys/ptrace.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <unistd.h>

static void report(const char *name, long rc) {
  printf("%s %s\n", name, rc == -1 ? strerrorname_np(errno) : "ALLOWED");
}

int main(void) {
  char status[4096] = "";
  FILE *f = fopen("/proc/self/status", "r");
  if (f) {
    size_t n = fread(status, 1, sizeof status - 1, f);
    status[n] = 0;
    fclose(f);
  }
  char *mode = strstr(status, "Seccomp:");
  printf("seccomp_mode %c\n", mode ? mode[strlen("Seccomp:\t")] : '?');

  struct io_uring_params params = {0};
  report("io_uring_setup", syscall(SYS_io_uring_setup, 4, &params));
  report("keyctl", syscall(SYS_keyctl, 0 /* KEYCTL_GET_KEYRING_ID */, -3 /* session keyring */, 1));
  report("add_key", syscall(SYS_add_key, "user", "duet", "x", 1, -3));
  struct perf_event_attr attr = { .type = PERF_TYPE_SOFTWARE, .size = sizeof attr, .config = PERF_COUNT_SW_TASK_CLOCK, .exclude_kernel = 1, .exclude_hv = 1 };
  report("perf_event_open", syscall(SYS_perf_event_open, &attr, 0, -1, -1, 0));
  report("userfaultfd", syscall(SYS_userfaultfd, 1 /* UFFD_USER_MODE_ONLY */));
  report("bpf", syscall(SYS_bpf, 0 /* BPF_MAP_CREATE */, NULL, 0));

  pid_t child = fork();
  if (child == 0) {
    pause();
    _exit(0);
  }
  report("ptrace", ptrace(PTRACE_ATTACH, child, 0, 0));
  char buf[4], mine[4] = "abc";
  struct iovec local = { buf, sizeof buf }, remote = { mine, sizeof mine };
  report("process_vm_readv", syscall(SYS_process_vm_readv, getpid(), &local, 1, &remote, 1, 0));
  kill(child, SIGKILL);
  waitpid(child, NULL, 0);

  report("unshare_user", unshare(CLONE_NEWUSER));
  report("unshare_net", unshare(CLONE_NEWNET));
  report("clone_newuser", syscall(SYS_clone, CLONE_NEWUSER | SIGCHLD, 0, 0, 0, 0));
  report("clone3", syscall(SYS_clone3, NULL, 0));
  report("mount", syscall(SYS_mount, "none", "/tmp", "tmpfs", 0, NULL));
  report("personality_exec", syscall(SYS_personality, READ_IMPLIES_EXEC));
  /* The kernel reads 32 bits: high garbage must not smuggle ADDR_NO_RANDOMIZE past the filter. */
  report("personality_high_bits", syscall(SYS_personality, 0x100000000UL | ADDR_NO_RANDOMIZE));
  report("personality_query", syscall(SYS_personality, 0xffffffffUL));
  report("tiocsti", ioctl(1, TIOCSTI, "x"));
#if defined(__x86_64__)
  /* In a child: a kernel without IA32 emulation (ia32_emulation=0) faults `int $0x80` with SIGSEGV
     before any filter sees it, and the i386 ABI is then absent, not allowed. */
  fflush(stdout);
  pid_t probe = fork();
  if (probe == 0) {
    long i386;
    __asm__ volatile("int $0x80" : "=a"(i386) : "a"(20) /* i386 getpid */ : "memory");
    printf("i386_abi %s\n", i386 < 0 && i386 > -4096 ? strerrorname_np((int)-i386) : "ALLOWED");
    fflush(stdout);
    _exit(0);
  }
  int st = 0;
  waitpid(probe, &st, 0);
  if (WIFSIGNALED(st) && WTERMSIG(st) == SIGSEGV) printf("i386_abi ABSENT\n");
#endif
  return 0;
}
