// SPDX-License-Identifier: GPL-3.0-or-later
#include "startupprobe.h"

#include "mainwindow.h"
#include "timinglog.h"

#include "diagram/diagramscene.h"
#include "diagram/diagramview.h"
#include "document.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QTextStream>

namespace strata {

StartupProbe::StartupProbe(MainWindow *window, QString screenshotPath, bool quitAfterFirstPaint, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_screenshotPath(std::move(screenshotPath))
    , m_quitAfterFirstPaint(quitAfterFirstPaint)
{
    window->diagram()->viewport()->installEventFilter(this);
}

StartupProbe *StartupProbe::fromArguments(QStringList &arguments, MainWindow *window)
{
    QString screenshot;
    bool quit = false;
    for (int i = 1; i < arguments.size();) {
        if (arguments.at(i) == u"--screenshot" && i + 1 < arguments.size()) {
            screenshot = arguments.at(i + 1);
            arguments.remove(i, 2);
        } else if (arguments.at(i) == u"--quit-after-first-paint") {
            quit = true;
            arguments.removeAt(i);
        } else {
            ++i;
        }
    }
    if (screenshot.isEmpty() && !quit)
        return nullptr;
    return new StartupProbe(window, screenshot, quit || !screenshot.isEmpty(), window);
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    // The first paint that shows the schema: the diagram's boxes, or nothing when the schema declares nothing.
    const auto shows = [this] {
        const schema::Schema &schema = m_window->document()->schema();
        const bool empty = schema.models.empty() && schema.enums.empty() && schema.compositeTypes.empty();
        return empty || !m_window->diagram()->diagramScene()->boxes().empty();
    };
    if (!m_done && event->type() == QEvent::Paint && shows()) {
        m_done = true;
        TimingLog::mark("first diagram paint");
        // Let this paint finish and the rest of the window settle before the picture is taken.
        QTimer::singleShot(m_screenshotPath.isEmpty() ? 0 : 700, this, &StartupProbe::finish);
    }
    return QObject::eventFilter(watched, event);
}

void StartupProbe::finish()
{
    if (!m_screenshotPath.isEmpty()) {
        if (!m_window->grab().save(m_screenshotPath)) {
            QTextStream(stderr) << "strata: cannot write " << m_screenshotPath << '\n';
            QCoreApplication::exit(1);
            return;
        }
    }
    if (m_quitAfterFirstPaint)
        QCoreApplication::quit();
}

} // namespace strata
