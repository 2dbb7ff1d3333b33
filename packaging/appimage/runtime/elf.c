/* Finds where the runtime's own ELF file ends: the appended squashfs image starts right there.
 * The end is the furthest of the section header table, the program header table and every
 * section or segment that occupies bytes in the file. */
#include "runtime.h"

#include <elf.h>
#include <string.h>
#include <unistd.h>

static int read_at(int fd, void *buf, size_t size, off_t at)
{
    return pread(fd, buf, size, at) == (ssize_t)size ? 0 : -1;
}

#define UPDATE_END(value)                      \
    do {                                       \
        if ((off_t)(value) > end)              \
            end = (off_t)(value);              \
    } while (0)

/* One function per ELF class; the two differ only in their types. */
#define DEFINE_ELF_END(NAME, Ehdr, Shdr, Phdr)                                            \
    static off_t NAME(int fd)                                                             \
    {                                                                                     \
        Ehdr eh;                                                                          \
        off_t end = 0;                                                                    \
        if (read_at(fd, &eh, sizeof eh, 0) != 0)                                          \
            return -1;                                                                    \
        UPDATE_END(sizeof eh);                                                            \
        UPDATE_END(eh.e_shoff + (off_t)eh.e_shentsize * eh.e_shnum);                      \
        UPDATE_END(eh.e_phoff + (off_t)eh.e_phentsize * eh.e_phnum);                      \
        for (unsigned i = 0; i < eh.e_shnum; ++i) {                                       \
            Shdr sh;                                                                      \
            if (eh.e_shentsize < sizeof sh                                                \
                || read_at(fd, &sh, sizeof sh, (off_t)(eh.e_shoff + i * eh.e_shentsize))) \
                return -1;                                                                \
            if (sh.sh_type != SHT_NOBITS)                                                 \
                UPDATE_END(sh.sh_offset + sh.sh_size);                                    \
        }                                                                                 \
        for (unsigned i = 0; i < eh.e_phnum; ++i) {                                       \
            Phdr ph;                                                                      \
            if (eh.e_phentsize < sizeof ph                                                \
                || read_at(fd, &ph, sizeof ph, (off_t)(eh.e_phoff + i * eh.e_phentsize))) \
                return -1;                                                                \
            UPDATE_END(ph.p_offset + ph.p_filesz);                                        \
        }                                                                                 \
        return end;                                                                       \
    }

DEFINE_ELF_END(elf64_end, Elf64_Ehdr, Elf64_Shdr, Elf64_Phdr)
DEFINE_ELF_END(elf32_end, Elf32_Ehdr, Elf32_Shdr, Elf32_Phdr)

off_t runtime_elf_end(int fd)
{
    unsigned char ident[EI_NIDENT];
    if (read_at(fd, ident, sizeof ident, 0) != 0 || memcmp(ident, ELFMAG, SELFMAG) != 0)
        return -1;
    /* The runtime reads its own headers, so their byte order is the machine's. */
    if (ident[EI_CLASS] == ELFCLASS64)
        return elf64_end(fd);
    if (ident[EI_CLASS] == ELFCLASS32)
        return elf32_end(fd);
    return -1;
}
