/* The Lieu AppImage runtime (type 2).
 *
 * The AppImage file is this ELF executable with a squashfs image of the application directory
 * appended. Bytes 8..10 of the file hold 'A', 'I', 2 (written after linking). On start the runtime
 * finds the image right after its own ELF file, mounts it read-only with FUSE (squashfuse) and
 * executes AppRun from it with the arguments it was given. Where FUSE is missing it extracts the
 * image into a temporary directory instead, runs AppRun from there and removes the directory
 * afterwards. Options starting with --appimage- are the runtime's own; see --appimage-help. */
#define _GNU_SOURCE
#include "runtime.h"

#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#ifndef LIEU_RUNTIME_VERSION
#define LIEU_RUNTIME_VERSION "unknown"
#endif

/* Sections that AppImage tools look for in a type-2 runtime: update information and a place for
 * an embedded signature. Left empty: updates and signatures are published beside the file. */
__attribute__((section(".upd_info"), used)) static char update_info[1024];
__attribute__((section(".sha256_sig"), used)) static char signature[1024];
__attribute__((section(".sig_key"), used)) static char signature_key[8192];

static const char *image_name(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

static void usage(const char *path)
{
    printf("%s: an AppImage. Runs the application it carries.\n"
           "\n"
           "Options of the runtime (all others go to the application):\n"
           "  --appimage-help              show this help\n"
           "  --appimage-version           show the runtime's version\n"
           "  --appimage-offset            print where the image starts in this file\n"
           "  --appimage-extract [PATTERN] extract the image (or the paths matching PATTERN)\n"
           "                               into ./squashfs-root\n"
           "  --appimage-extract-and-run   run without FUSE: extract to a temporary directory\n"
           "  --appimage-mount             mount the image, print where, and wait until stopped\n"
           "\n"
           "Environment: APPIMAGE_EXTRACT_AND_RUN=1 as --appimage-extract-and-run;\n"
           "APPIMAGE_DEBUG=1 shows the FUSE layer's messages; TMPDIR for the mount point.\n",
           image_name(path));
}

static const char *temp_dir(void)
{
    const char *t = getenv("TMPDIR");
    return t && *t ? t : "/tmp";
}

/* The variables AppImage applications can rely on. */
static void export_environment(const char *self, const char *appdir, const char *argv0)
{
    char cwd[PATH_MAX];
    setenv("APPIMAGE", self, 1);
    setenv("APPDIR", appdir, 1);
    setenv("ARGV0", argv0, 1);
    if (getcwd(cwd, sizeof cwd))
        setenv("OWD", cwd, 1);
}

static char **apprun_argv(const char *apprun, int argc, char **argv)
{
    char **args = calloc((size_t)argc + 1, sizeof *args);
    if (!args)
        return NULL;
    args[0] = (char *)apprun;
    for (int i = 1; i < argc; ++i)
        args[i] = argv[i];
    return args;
}

static pid_t child_pid;

static void forward_signal(int sig)
{
    if (child_pid > 0)
        kill(child_pid, sig);
}

/* Extract into a temporary directory, run AppRun there as a child, clean up, pass on its status. */
static int extract_and_run(const char *self, size_t offset, int argc, char **argv)
{
    char dir[PATH_MAX];
    snprintf(dir, sizeof dir, "%s/appimage_extracted_XXXXXX", temp_dir());
    if (!mkdtemp(dir)) {
        fprintf(stderr, "%s: cannot create a directory in %s: %s\n", image_name(self), temp_dir(),
                strerror(errno));
        return 127;
    }
    if (runtime_extract(self, offset, dir, NULL, 0) != 0) {
        runtime_remove_tree(dir);
        return 127;
    }
    char apprun[PATH_MAX + 8];
    snprintf(apprun, sizeof apprun, "%s/AppRun", dir);
    export_environment(self, dir, argv[0]);
    char **args = apprun_argv(apprun, argc, argv);

    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = forward_signal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    int forwarded[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2};
    for (size_t i = 0; i < sizeof forwarded / sizeof forwarded[0]; ++i)
        sigaction(forwarded[i], &sa, NULL);

    child_pid = fork();
    if (child_pid == 0) {
        execv(apprun, args);
        fprintf(stderr, "%s: cannot run %s: %s\n", image_name(self), apprun, strerror(errno));
        _exit(127);
    }
    int status = 0;
    int rc = 127;
    if (child_pid > 0) {
        while (waitpid(child_pid, &status, 0) < 0 && errno == EINTR) {
        }
        rc = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    }
    free(args);
    runtime_remove_tree(dir);
    return rc;
}

static int mount_and_wait(const char *self, size_t offset)
{
    char mnt[PATH_MAX];
    int keepalive = -1;
    snprintf(mnt, sizeof mnt, "%s/.mount_%.32sXXXXXX", temp_dir(), image_name(self));
    if (!mkdtemp(mnt) || runtime_mount(self, offset, mnt, &keepalive) != 0) {
        fprintf(stderr, "%s: cannot mount the image (FUSE missing?)\n", image_name(self));
        rmdir(mnt);
        return 1;
    }
    printf("%s\n", mnt);
    fflush(stdout);
    pause(); /* until a signal ends this process, which closes keepalive and unmounts */
    return 0;
}

int main(int argc, char **argv)
{
    char self[PATH_MAX];
    ssize_t len = readlink("/proc/self/exe", self, sizeof self - 1);
    if (len <= 0) {
        fprintf(stderr, "Cannot find this AppImage's own file: %s\n", strerror(errno));
        return 127;
    }
    self[len] = '\0';

    int fd = open(self, O_RDONLY | O_CLOEXEC);
    off_t offset = fd >= 0 ? runtime_elf_end(fd) : -1;
    char magic[4] = {0};
    if (offset <= 0 || pread(fd, magic, 4, offset) != 4 || memcmp(magic, "hsqs", 4) != 0) {
        fprintf(stderr, "%s: no squashfs image follows the runtime in this file\n", image_name(self));
        return 127;
    }
    close(fd);

    const char *opt = argc > 1 ? argv[1] : "";
    int extract_and_run_wanted = getenv("APPIMAGE_EXTRACT_AND_RUN")
                                 && strcmp(getenv("APPIMAGE_EXTRACT_AND_RUN"), "1") == 0;
    if (strncmp(opt, "--appimage-", 11) == 0) {
        if (strcmp(opt, "--appimage-help") == 0) {
            usage(self);
            return 0;
        }
        if (strcmp(opt, "--appimage-version") == 0) {
            printf("%s\n", LIEU_RUNTIME_VERSION);
            return 0;
        }
        if (strcmp(opt, "--appimage-offset") == 0) {
            printf("%lld\n", (long long)offset);
            return 0;
        }
        if (strcmp(opt, "--appimage-extract") == 0)
            return runtime_extract(self, (size_t)offset, "squashfs-root", argc > 2 ? argv[2] : NULL, 1) == 0
                       ? 0
                       : 1;
        if (strcmp(opt, "--appimage-mount") == 0)
            return mount_and_wait(self, (size_t)offset);
        if (strcmp(opt, "--appimage-extract-and-run") == 0) {
            argv[1] = argv[0];
            return extract_and_run(self, (size_t)offset, argc - 1, argv + 1);
        }
        fprintf(stderr, "%s: unknown option %s (see --appimage-help)\n", image_name(self), opt);
        return 2;
    }

    if (!extract_and_run_wanted) {
        char mnt[PATH_MAX];
        int keepalive = -1;
        snprintf(mnt, sizeof mnt, "%s/.mount_%.32sXXXXXX", temp_dir(), image_name(self));
        if (mkdtemp(mnt) && runtime_mount(self, (size_t)offset, mnt, &keepalive) == 0) {
            char apprun[PATH_MAX + 8];
            snprintf(apprun, sizeof apprun, "%s/AppRun", mnt);
            export_environment(self, mnt, argv[0]);
            char **args = apprun_argv(apprun, argc, argv);
            if (args)
                execv(apprun, args);
            fprintf(stderr, "%s: cannot run %s: %s\n", image_name(self), apprun, strerror(errno));
            return 127;
        }
        rmdir(mnt);
        fprintf(stderr, "%s: FUSE is not available here; extracting the image to a temporary directory "
                        "instead\n",
                image_name(self));
    }
    return extract_and_run(self, (size_t)offset, argc, argv);
}
