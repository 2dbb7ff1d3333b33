/* Extraction of the appended squashfs image with squashfuse's library (no FUSE needed): used by
 * --appimage-extract and when the image cannot be mounted. */
#define _GNU_SOURCE
/* First: its config.h sets _POSIX_C_SOURCE, which the C library headers then refine. */
#include <squashfuse.h>

#include "runtime.h"

#include <errno.h>
#include <fcntl.h>
#include <fnmatch.h>
#include <ftw.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Creates every directory of path below dest (like mkdir -p); the last component too when
 * include_last. */
static int make_parents(const char *path, int include_last)
{
    char buf[PATH_MAX];
    if (snprintf(buf, sizeof buf, "%s", path) >= (int)sizeof buf)
        return -1;
    for (char *p = buf + 1; *p; ++p) {
        if (*p != '/')
            continue;
        *p = '\0';
        if (mkdir(buf, 0755) != 0 && errno != EEXIST)
            return -1;
        *p = '/';
    }
    if (include_last && mkdir(buf, 0755) != 0 && errno != EEXIST)
        return -1;
    return 0;
}

/* squashfs names are single path components, but a crafted image could still hold "." or "..". */
static int path_is_safe(const char *rel)
{
    const char *p = rel;
    while (*p) {
        const char *slash = strchr(p, '/');
        size_t len = slash ? (size_t)(slash - p) : strlen(p);
        if (len == 0 || (len == 1 && p[0] == '.') || (len == 2 && p[0] == '.' && p[1] == '.'))
            return 0;
        p += len;
        if (*p == '/')
            ++p;
    }
    return rel[0] != '\0';
}

static int write_regular(sqfs *fs, sqfs_inode *inode, const char *out, mode_t perm)
{
    static char buf[1 << 16];
    int fd = open(out, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, perm | S_IWUSR);
    if (fd < 0)
        return -1;
    uint64_t total = inode->xtra.reg.file_size;
    uint64_t done = 0;
    int rc = 0;
    while (done < total && rc == 0) {
        sqfs_off_t size = (sqfs_off_t)(total - done < sizeof buf ? total - done : sizeof buf);
        if (sqfs_read_range(fs, inode, (sqfs_off_t)done, &size, buf) != SQFS_OK || size <= 0) {
            rc = -1;
            break;
        }
        for (sqfs_off_t written = 0; written < size;) {
            ssize_t n = write(fd, buf + written, (size_t)(size - written));
            if (n < 0) {
                if (errno == EINTR)
                    continue;
                rc = -1;
                break;
            }
            written += n;
        }
        done += (uint64_t)size;
    }
    if (close(fd) != 0)
        rc = -1;
    if (rc == 0 && chmod(out, perm) != 0)
        rc = -1;
    return rc;
}

static int write_entry(sqfs *fs, sqfs_inode *inode, const char *out)
{
    mode_t type = sqfs_mode(inode->base.inode_type) & S_IFMT;
    mode_t perm = inode->base.mode & 07777;
    if (S_ISDIR(type)) {
        if (mkdir(out, 0755) != 0 && errno != EEXIST)
            return -1;
        /* Keep the directory writable for its own entries. */
        return chmod(out, perm | S_IRWXU);
    }
    if (S_ISREG(type))
        return write_regular(fs, inode, out, perm);
    if (S_ISLNK(type)) {
        char target[PATH_MAX];
        size_t size = sizeof target;
        if (sqfs_readlink(fs, inode, target, &size) != SQFS_OK)
            return -1;
        unlink(out);
        return symlink(target, out);
    }
    /* Devices, pipes and sockets have no place in an application image: skip them. */
    return 0;
}

int runtime_extract(const char *path, size_t offset, const char *dest, const char *pattern, int verbose)
{
    sqfs fs;
    if (sqfs_open_image(&fs, path, offset) != SQFS_OK)
        return -1;
    if (make_parents(dest, 1) != 0) {
        fprintf(stderr, "Cannot create %s: %s\n", dest, strerror(errno));
        sqfs_destroy(&fs);
        return -1;
    }

    sqfs_traverse trv;
    sqfs_err err = sqfs_traverse_open(&trv, &fs, sqfs_inode_root(&fs));
    int rc = err == SQFS_OK ? 0 : -1;
    while (rc == 0 && sqfs_traverse_next(&trv, &err)) {
        if (trv.dir_end)
            continue;
        if (!path_is_safe(trv.path)) {
            fprintf(stderr, "Refusing the unsafe path %s in the image\n", trv.path);
            rc = -1;
            break;
        }
        if (pattern && fnmatch(pattern, trv.path, FNM_PATHNAME | FNM_PERIOD) != 0
            && fnmatch(pattern, trv.path, 0) != 0)
            continue;
        char out[PATH_MAX];
        if (snprintf(out, sizeof out, "%s/%s", dest, trv.path) >= (int)sizeof out) {
            rc = -1;
            break;
        }
        sqfs_inode inode;
        errno = 0;
        if (sqfs_inode_get(&fs, &inode, sqfs_dentry_inode(&trv.entry)) != SQFS_OK
            || (pattern && make_parents(out, 0) != 0) || write_entry(&fs, &inode, out) != 0) {
            fprintf(stderr, "Cannot extract %s: %s\n", trv.path, errno ? strerror(errno) : "bad image");
            rc = -1;
            break;
        }
        if (verbose)
            printf("%s\n", out);
    }
    if (err != SQFS_OK)
        rc = -1;
    sqfs_traverse_close(&trv);
    sqfs_destroy(&fs);
    return rc;
}

static int remove_one(const char *p, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st;
    (void)flag;
    (void)ftw;
    remove(p); /* carry on: remove what can be removed */
    return 0;
}

void runtime_remove_tree(const char *dir)
{
    nftw(dir, remove_one, 16, FTW_DEPTH | FTW_PHYS);
}
