/* The Lieu AppImage runtime: an ELF executable with a squashfs image appended after it. */
#ifndef LIEU_APPIMAGE_RUNTIME_H
#define LIEU_APPIMAGE_RUNTIME_H

#include <stddef.h>
#include <sys/types.h>

/* Where the ELF file at fd ends, that is where the appended image starts; -1 if fd holds no ELF. */
off_t runtime_elf_end(int fd);

/* Extracts the image of the file at path (starting at offset) into the directory dest, which is
 * created when missing. With a pattern (fnmatch(3) syntax, matched against paths relative to the
 * image root), only matching entries and the directories above them are written; pattern may be
 * NULL. Prints each written path to stdout when verbose. Returns 0 on success. */
int runtime_extract(const char *path, size_t offset, const char *dest, const char *pattern, int verbose);

/* Mounts the image read-only at mountpoint with FUSE in a child process. Returns 0 once the mount
 * is usable, with *keepalive set to a descriptor that keeps the mount alive while it (or a copy of
 * it in any process) stays open; the child unmounts and removes mountpoint once every copy is
 * closed. Returns -1 if the image cannot be mounted (no FUSE, no fusermount3, ...). */
int runtime_mount(const char *path, size_t offset, const char *mountpoint, int *keepalive);

/* Removes a directory tree; used to clean up after an extract-and-run. */
void runtime_remove_tree(const char *dir);

#endif
