/* Mounting the appended squashfs image with FUSE: squashfuse's low-level operations served by a
 * child process, which unmounts once the application (and everything it started) has gone. */
#define _GNU_SOURCE
#include <squashfuse/ll.h>

#include "runtime.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

/* Serves FUSE requests until the keepalive pipe reports that every writer has closed it, or the
 * kernel reports that the file system was unmounted from outside. */
static void serve(struct fuse_session *se, int keepalive)
{
    struct fuse_buf buf;
    memset(&buf, 0, sizeof buf);
    struct pollfd fds[2] = {{fuse_session_fd(se), POLLIN, 0}, {keepalive, POLLIN, 0}};
    while (!fuse_session_exited(se)) {
        if (poll(fds, 2, -1) < 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        if (fds[1].revents)
            break; /* end of file: the application is gone */
        if (fds[0].revents & (POLLERR | POLLHUP | POLLNVAL))
            break;
        if (!(fds[0].revents & POLLIN))
            continue;
        int res = fuse_session_receive_buf(se, &buf);
        if (res == -EINTR || res == -EAGAIN)
            continue;
        if (res <= 0)
            break; /* -ENODEV: unmounted */
        fuse_session_process_buf(se, &buf);
    }
    free(buf.mem);
}

static void fill_operations(struct fuse_lowlevel_ops *ops)
{
    memset(ops, 0, sizeof *ops);
    ops->getattr = sqfs_ll_op_getattr;
    ops->opendir = sqfs_ll_op_opendir;
    ops->releasedir = sqfs_ll_op_releasedir;
    ops->readdir = sqfs_ll_op_readdir;
    ops->lookup = sqfs_ll_op_lookup;
    ops->open = sqfs_ll_op_open;
    ops->create = sqfs_ll_op_create;
    ops->release = sqfs_ll_op_release;
    ops->read = sqfs_ll_op_read;
    ops->readlink = sqfs_ll_op_readlink;
    ops->listxattr = sqfs_ll_op_listxattr;
    ops->getxattr = sqfs_ll_op_getxattr;
    ops->forget = sqfs_ll_op_forget;
    ops->statfs = stfs_ll_op_statfs;
}

/* The child: mount, tell the parent how it went through ready, serve, unmount. */
static int mount_child(const char *path, size_t offset, const char *mountpoint, int ready, int keepalive)
{
    /* Leave the terminal's process group: Ctrl+C must reach the application, not the file system
     * it runs from. */
    setsid();
    if (!getenv("APPIMAGE_DEBUG")) {
        int null = open("/dev/null", O_WRONLY | O_CLOEXEC);
        if (null >= 0) {
            dup2(null, STDERR_FILENO);
            close(null);
        }
    }
    sqfs_ll *ll = sqfs_ll_open(path, offset);
    if (!ll)
        return 1;

    char *argv[] = {(char *)"lieu-appimage", (char *)"-o", (char *)"ro,subtype=appimage", NULL};
    struct fuse_args args = FUSE_ARGS_INIT(3, argv);
    struct fuse_lowlevel_ops ops;
    fill_operations(&ops);
    sqfs_ll_chan ch;
    int rc = 1;
    if (sqfs_ll_mount(&ch, mountpoint, &args, &ops, sizeof ops, ll) == SQFS_OK) {
        char ok = 'K';
        if (write(ready, &ok, 1) == 1) {
            close(ready);
            serve(ch.session, keepalive);
            rc = 0;
        }
        sqfs_ll_unmount(&ch, mountpoint);
        rmdir(mountpoint);
    }
    fuse_opt_free_args(&args);
    sqfs_ll_destroy(ll);
    free(ll);
    return rc;
}

int runtime_mount(const char *path, size_t offset, const char *mountpoint, int *keepalive)
{
    /* Existence only: without access to it, the setuid fusermount3 may still mount. */
    if (access("/dev/fuse", F_OK) != 0)
        return -1;
    int ready[2], keep[2];
    if (pipe2(ready, O_CLOEXEC) != 0)
        return -1;
    if (pipe2(keep, O_CLOEXEC) != 0) {
        close(ready[0]);
        close(ready[1]);
        return -1;
    }
    /* Fork twice so that the server belongs to init rather than to the application, which
     * would otherwise find an unknown child of its own. */
    pid_t pid = fork();
    if (pid < 0)
        return -1;
    if (pid == 0) {
        close(ready[0]);
        close(keep[1]);
        pid_t server = fork();
        if (server == 0)
            _exit(mount_child(path, offset, mountpoint, ready[1], keep[0]));
        _exit(server < 0 ? 1 : 0);
    }
    waitpid(pid, NULL, 0);
    close(ready[1]);
    close(keep[0]);
    char answer = 0;
    ssize_t n;
    do
        n = read(ready[0], &answer, 1);
    while (n < 0 && errno == EINTR);
    close(ready[0]);
    if (n == 1 && answer == 'K') {
        /* The application inherits this end: no O_CLOEXEC. */
        int flags = fcntl(keep[1], F_GETFD);
        fcntl(keep[1], F_SETFD, flags & ~FD_CLOEXEC);
        *keepalive = keep[1];
        return 0;
    }
    close(keep[1]);
    return -1;
}
