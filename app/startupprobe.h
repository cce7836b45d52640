// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>

namespace strata {

class MainWindow;

/// Options for screenshots and start-up measurements (`--screenshot FILE`, `--quit-after-first-paint`): it
/// watches for the first paint of the diagram with the schema's boxes in it, then saves a picture of the
/// window and/or quits.
class StartupProbe : public QObject {
    Q_OBJECT
public:
    StartupProbe(MainWindow *window, QString screenshotPath, bool quitAfterFirstPaint, QObject *parent = nullptr);

    /// Takes the probe options out of the arguments; returns the probe or nullptr when none was given.
    static StartupProbe *fromArguments(QStringList &arguments, MainWindow *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void finish();

    MainWindow *m_window;
    QString m_screenshotPath;
    bool m_quitAfterFirstPaint;
    bool m_done = false;
};

} // namespace strata
