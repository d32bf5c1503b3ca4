// The libFuzzer side of CaseLens's fuzzing (scripts/fuzz.sh builds it with clang -fsanitize=fuzzer).
//
// libFuzzer runs in this process and mutates inputs; the code under test runs in a .NET process
// (fuzz/CaseLens.Fuzz) that calls SharpFuzz's Fuzzer.LibFuzzer.Run. The two speak SharpFuzz's
// libFuzzer protocol:
//
//   * one System V shared memory segment of 64 KiB + 1 MiB: the first 64 KiB are the edge
//     counters that SharpFuzz's instrumentation of the .NET assemblies bumps, the rest holds the
//     current input;
//   * a control pipe (driver -> .NET) carrying each input's length as a native int32, and a status
//     pipe (.NET -> driver) carrying an int32 per input: 0 when the input ran to its end, anything
//     else when an exception escaped (the .NET side then exits). The .NET side writes one int32
//     when it is ready, before the first input;
//   * the environment variables __LIBFUZZER_SHM_ID (the segment's id) and
//     __LIBFUZZER_CONTROL_PIPE_ID / __LIBFUZZER_STATUS_PIPE_ID (the pipes' file descriptors in
//     the .NET process).
//
// After each input the counters are copied into libFuzzer's extra-counters section, which is how
// coverage of the managed code reaches libFuzzer. A failed input, and a .NET process that dies or
// stops answering, abort this process on that input, so that libFuzzer saves it as a crash.
//
// Flags, beside libFuzzer's own (libFuzzer skips flags that start with "--"):
//   --target_path=PATH   the .NET program to start (required)
//   --target_arg=ARG     one argument for it (the fuzz target's name)

#include <cerrno>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <sys/ipc.h>
#include <sys/prctl.h>
#include <sys/shm.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

constexpr size_t kCounters = 1 << 16;
constexpr size_t kMaxInput = 1 << 20;
constexpr int kControlFd = 198;  // where the .NET process reads lengths
constexpr int kStatusFd = 199;   // where the .NET process writes statuses

const char *g_target_path = nullptr;
const char *g_target_arg = nullptr;
int g_control = -1;  // our end of the control pipe
int g_status = -1;   // our end of the status pipe
uint8_t *g_shared = nullptr;
pid_t g_child = -1;

[[noreturn]] void Fail(const char *what) {
  fprintf(stderr, "dotnet-driver: %s: %s\n", what, strerror(errno));
  exit(1);
}

// An input that made the .NET side fail: abort, so that libFuzzer keeps the input as a crash.
[[noreturn]] void Crash(const char *what) {
  fprintf(stderr, "dotnet-driver: %s\n", what);
  abort();
}

const char *FlagValue(const char *arg, const char *name) {
  size_t n = strlen(name);
  return strncmp(arg, name, n) == 0 && arg[n] == '=' && arg[n + 1] != '\0' ? arg + n + 1 : nullptr;
}

bool WriteAll(int fd, const void *data, size_t size) {
  const char *p = static_cast<const char *>(data);
  while (size > 0) {
    ssize_t n = write(fd, p, size);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    p += n;
    size -= static_cast<size_t>(n);
  }
  return true;
}

// False at end of file (the .NET process has gone) or on an error.
bool ReadAll(int fd, void *data, size_t size) {
  char *p = static_cast<char *>(data);
  while (size > 0) {
    ssize_t n = read(fd, p, size);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    p += n;
    size -= static_cast<size_t>(n);
  }
  return true;
}

void StopChild() {
  if (g_child > 0) {
    kill(g_child, SIGKILL);
    waitpid(g_child, nullptr, 0);
    g_child = -1;
  }
}

}  // namespace

// libFuzzer reads the managed code's coverage from this section.
__attribute__((section("__libfuzzer_extra_counters"), used)) uint8_t g_extra_counters[kCounters];

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv) {
  for (int i = 1; i < *argc; ++i) {
    if (const char *v = FlagValue((*argv)[i], "--target_path")) g_target_path = v;
    if (const char *v = FlagValue((*argv)[i], "--target_arg")) g_target_arg = v;
  }
  if (g_target_path == nullptr) {
    fprintf(stderr, "dotnet-driver: --target_path=PROGRAM is required\n");
    exit(1);
  }

  // A write to a .NET process that has died must fail with EPIPE, not kill us unreported.
  signal(SIGPIPE, SIG_IGN);

  int control[2];
  int status[2];
  if (pipe(control) != 0 || pipe(status) != 0) Fail("pipe");

  int shm = shmget(IPC_PRIVATE, kCounters + kMaxInput, IPC_CREAT | IPC_EXCL | 0600);
  if (shm < 0) Fail("shmget");
  g_shared = static_cast<uint8_t *>(shmat(shm, nullptr, 0));
  if (g_shared == reinterpret_cast<uint8_t *>(-1)) Fail("shmat");

  g_child = fork();
  if (g_child < 0) Fail("fork");
  if (g_child == 0) {
    // libFuzzer leaves through _Exit on a timeout, so the .NET process (possibly stuck in the very
    // input that timed out) must not outlive this one.
    if (prctl(PR_SET_PDEATHSIG, SIGKILL) != 0) Fail("prctl");
    if (dup2(control[0], kControlFd) < 0 || dup2(status[1], kStatusFd) < 0) Fail("dup2");
    close(control[0]);
    close(control[1]);
    close(status[0]);
    close(status[1]);
    char id[16];
    snprintf(id, sizeof id, "%d", shm);
    char control_fd[8];
    char status_fd[8];
    snprintf(control_fd, sizeof control_fd, "%d", kControlFd);
    snprintf(status_fd, sizeof status_fd, "%d", kStatusFd);
    if (setenv("__LIBFUZZER_SHM_ID", id, 1) != 0 || setenv("__LIBFUZZER_CONTROL_PIPE_ID", control_fd, 1) != 0 ||
        setenv("__LIBFUZZER_STATUS_PIPE_ID", status_fd, 1) != 0) {
      Fail("setenv");
    }
    execl(g_target_path, g_target_path, g_target_arg, static_cast<char *>(nullptr));
    Fail("exec");
  }

  close(control[0]);
  close(status[1]);
  g_control = control[1];
  g_status = status[0];
  atexit(StopChild);

  int32_t ready;
  if (!ReadAll(g_status, &ready, sizeof ready)) {
    fprintf(stderr, "dotnet-driver: %s did not start the SharpFuzz libFuzzer loop\n", g_target_path);
    exit(1);
  }

  // Both processes are attached: the segment can be marked for removal now, so that it goes away
  // with them however they end (libFuzzer leaves through _Exit on a timeout, skipping atexit).
  shmctl(shm, IPC_RMID, nullptr);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size > kMaxInput) {
    fprintf(stderr, "dotnet-driver: an input is larger than 1 MiB; run libFuzzer with -max_len=%zu or less\n", kMaxInput);
    exit(1);
  }

  memset(g_shared, 0, kCounters);
  memcpy(g_shared + kCounters, data, size);
  int32_t length = static_cast<int32_t>(size);
  if (!WriteAll(g_control, &length, sizeof length)) Crash("the .NET process has gone (it did not take the next input)");

  int32_t status;
  if (!ReadAll(g_status, &status, sizeof status)) Crash("the .NET process died on this input");
  memcpy(g_extra_counters, g_shared, kCounters);
  if (status != 0) Crash("an exception escaped the fuzz target on this input (its trace is above)");
  return 0;
}
