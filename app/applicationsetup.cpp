// SPDX-License-Identifier: GPL-3.0-or-later
#include "applicationsetup.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace strata {

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("Strata"));
    QCoreApplication::setOrganizationName(QStringLiteral("Strata"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STRATA_VERSION));
}

/// Whether messages are in the C (POSIX) locale, as LANGUAGE, LC_ALL, LC_MESSAGES and LANG choose it: nothing is
/// translated into it, so no translator need be loaded (asking Qt for the locale and looking for the files
/// touches about 1 MB of pages, which a command line run in the C locale does not need).
static bool messagesInCLocale()
{
    if (!qEnvironmentVariableIsEmpty("LANGUAGE"))
        return false;
    QByteArray name = qgetenv("LC_ALL");
    if (name.isEmpty())
        name = qgetenv("LC_MESSAGES");
    if (name.isEmpty())
        name = qgetenv("LANG");
    const qsizetype dot = name.indexOf('.');
    const QByteArray base = dot < 0 ? name : name.left(dot);
    return base.isEmpty() || base == "C" || base == "POSIX";
}

void installTranslations(QCoreApplication &app)
{
    if (messagesInCLocale())
        return;
    auto *strata = new QTranslator(&app);
    if (strata->load(QLocale(), QStringLiteral("strata"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(strata);
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace strata
