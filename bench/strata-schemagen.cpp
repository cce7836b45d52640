// SPDX-License-Identifier: GPL-3.0-or-later
// strata-schemagen N [--provider postgresql|sqlite|mysql] [--seed S]: a valid schema with N models on stdout.
#include "schemagen.h"

#include <QByteArray>
#include <QString>

#include <cstdio>

namespace {

int usage(std::FILE *to = stderr)
{
    std::fputs("usage: strata-schemagen N [--provider postgresql|sqlite|mysql] [--seed S]\n"
               "Writes a deterministic, valid Prisma schema with N models to stdout, formatted as prisma format would.\n",
               to);
    return to == stderr ? 1 : 0;
}

} // namespace

int main(int argc, char **argv)
{
    strata::bench::SchemaGenOptions options;
    bool haveCount = false;
    for (int i = 1; i < argc; ++i) {
        const QString argument = QString::fromLocal8Bit(argv[i]);
        bool ok = true;
        if (argument == u"-h" || argument == u"--help") {
            return usage(stdout);
        } else if (argument == u"--provider" && i + 1 < argc) {
            const auto provider = strata::bench::SchemaGenerator::providerFromName(QString::fromLocal8Bit(argv[++i]));
            if (!provider)
                return usage();
            options.provider = *provider;
        } else if (argument == u"--seed" && i + 1 < argc) {
            options.seed = QString::fromLocal8Bit(argv[++i]).toULongLong(&ok);
        } else if (!haveCount && !argument.startsWith(u'-')) {
            options.models = argument.toInt(&ok);
            ok = ok && options.models >= 0;
            haveCount = true;
        } else {
            ok = false;
        }
        if (!ok)
            return usage();
    }
    if (!haveCount)
        return usage();
    const QByteArray text = strata::bench::SchemaGenerator::generate(options).toUtf8();
    if (std::fwrite(text.constData(), 1, size_t(text.size()), stdout) != size_t(text.size()) || std::fflush(stdout) != 0)
        return 1;
    return 0;
}
