// libFuzzer target over the CSV reader and the tracker-file reader (tests/fuzz/run.sh builds and runs it).
#include "FuzzOne.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString problem = lieu::fuzz::checkOne(bytes);
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "property broken: %s\n", problem.toUtf8().constData());
        std::abort();
    }
    return 0;
}
