// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QCoreApplication;

/// What the command line and the window both set up on their application object.
namespace strata {

/// Sets the application's name, organisation and version.
void describeApplication();

/// Loads Strata's translations (compiled into the `strata` executable as :/i18n/strata_<locale>.qm) and Qt's
/// for the user's locale.
void installTranslations(QCoreApplication &app);

} // namespace strata
