/*
 * Calls each named syscall once with harmless, invalid arguments and prints `<name> <errno>`
 * (0 when it returned without error): whether a seccomp profile denied it shows as the
 * profile's errno, which the same call outside the profile does not give.
 *
 *   syscall-probe <name>...
 */
#include <errno.h>
#include <seccomp.h>
#include <stdio.h>
#include <unistd.h>

int main(int argc, char **argv) {
  for (int i = 1; i < argc; i++) {
    int nr = seccomp_syscall_resolve_name(argv[i]);
    if (nr == __NR_SCMP_ERROR) {
      printf("%s unknown\n", argv[i]);
      continue;
    }
    errno = 0;
    /* -1 everywhere: a bad descriptor, command or size, so nothing happens whether allowed or not. */
    long r = syscall(nr, -1L, -1L, -1L, -1L, -1L, -1L);
    printf("%s %d\n", argv[i], r == -1 ? errno : 0);
  }
  return 0;
}
