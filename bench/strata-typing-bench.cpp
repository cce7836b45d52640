// SPDX-License-Identifier: GPL-3.0-or-later
// strata-typing-bench [--models N,N,...] [--keys K] [--interval MS] [--pause MS] [--runs R]:
// opens a generated N-model schema in the real main window, types K keystrokes into a model in the middle
// of the text like a user (one key every MS milliseconds, new fields with a pause to think after each,
// sometimes half-typed, so that analyses of broken and of valid text are delivered while typing goes on),
// and measures how long the UI thread went without serving its event loop. Runs on the offscreen platform
// unless QT_QPA_PLATFORM says otherwise. With STRATA_TIMING set, every stall over 20 ms is printed among the
// window's own milestones.
#include "threadcputime.h"
#include "schemagen.h"

#include "document.h"
#include "mainwindow.h"
#include "timinglog.h"

#include "diagram/diagramscene.h"
#include "diagram/diagramview.h"
#include "editor/schemaeditor.h"
#include "panes/migrationpane.h"
#include "panes/outlineview.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QKeyEvent>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace strata;

namespace {

int usage()
{
    std::fputs("usage: strata-typing-bench [--models N,N,...] [--keys K] [--interval MS] [--pause MS] [--runs R]\n"
               "Types K keystrokes (default 200, one every MS = 50 ms, a pause of 600 ms after each new field) into a\n"
               "generated N-model schema (default 100,1000) in the main window and prints the longest stall of the\n"
               "UI thread; with R runs, the figures of the run with the median longest stall.\n",
               stderr);
    return 1;
}

using bench::threadCpuMs;

/// Runs the event loop for this long, sleeping when there is nothing to do, as an idle application does.
void spin(int milliseconds)
{
    QEventLoop loop;
    QTimer::singleShot(milliseconds, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

/// Runs the event loop until the window has nothing left to do: no analysis, no migration preview.
bool settle(MainWindow &window, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    int quietSince = -1;
    while (timer.elapsed() < timeoutMs) {
        spin(20);
        const bool busy = window.document()->isAnalysisPending() || window.migrationPane()->isUpdating();
        if (busy)
            quietSince = -1;
        else if (quietSince < 0)
            quietSince = int(timer.elapsed());
        else if (timer.elapsed() - quietSince > 400)
            return true;
    }
    return false;
}

/// A heartbeat on the UI thread: the longest time between two beats is the longest the event loop was not
/// served (a key pressed then would have waited that long), and the UI thread's CPU time in that gap says
/// how much of it was our own work rather than the machine being busy with other processes.
class StallWatch : public QObject {
public:
    explicit StallWatch(int intervalMs)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(intervalMs);
        connect(&m_timer, &QTimer::timeout, this, &StallWatch::beat);
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_lastCpu = threadCpuMs();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double longestGapMs() const { return m_longestGap; }
    double longestGapCpuMs() const { return m_longestGapCpu; }
    double mostCpuInAGapMs() const { return m_mostCpu; }

private:
    void beat()
    {
        const double now = m_clock.nsecsElapsed() / 1e6;
        const double cpu = threadCpuMs();
        const double gap = now - m_last;
        if (gap > 20 && TimingLog::isEnabled()) {
            // In the same timeline as the window's own milestones (STRATA_TIMING), to see what the gap held.
            const QByteArray what = QStringLiteral("stall of %1 ms (UI-thread CPU %2 ms) ends")
                                        .arg(gap, 0, 'f', 1)
                                        .arg(cpu - m_lastCpu, 0, 'f', 1)
                                        .toUtf8();
            TimingLog::mark(what.constData());
        }
        if (gap > m_longestGap) {
            m_longestGap = gap;
            m_longestGapCpu = cpu - m_lastCpu;
        }
        m_mostCpu = std::max(m_mostCpu, cpu - m_lastCpu);
        m_last = now;
        m_lastCpu = cpu;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_last = 0;
    double m_lastCpu = 0;
    double m_longestGap = 0;
    double m_longestGapCpu = 0;
    double m_mostCpu = 0;
};

struct Result {
    int keys = 0;
    int analyses = 0;        ///< analyses delivered to the window while typing and settling
    double longestGap = 0;   ///< wall ms
    double longestGapCpu = 0;
    double mostCpu = 0;      ///< UI-thread CPU ms between two heartbeats, at most
    double slowestKey = 0;   ///< wall ms to handle one key press and release
    double medianKey = 0;
    double settleMs = 0;     ///< from the last key until the window had nothing left to do
    bool settled = false;
};

void pressKey(QWidget *target, int key, const QString &text)
{
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, text);
    QApplication::sendEvent(target, &press);
    QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, text);
    QApplication::sendEvent(target, &release);
}

/// What to type: a new field after the first field line of a model, key by key.
struct Script {
    std::vector<int> steps; ///< a key (its character), or a pause of -step milliseconds
    int fields = 0;         ///< the fields typed: note1 ... noteN
};

Script script(int keys, int pauseMs)
{
    Script out;
    int typed = 0;
    // The last field is finished even when that takes a few keys more than asked for.
    while (typed < keys) {
        const int field = ++out.fields;
        auto type = [&](const QString &text) {
            for (const QChar c : text) {
                out.steps.push_back(c.unicode());
                ++typed;
            }
        };
        type(QStringLiteral("\n"));
        type(QStringLiteral("  note%1 ").arg(field));
        if (field % 2)
            out.steps.push_back(-pauseMs); // half-typed: the text has an error for a moment
        type(QStringLiteral("String?"));
        out.steps.push_back(-pauseMs);
    }
    return out;
}

Result typeInto(int models, int keys, int intervalMs, int pauseMs)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("schema.prisma"));
    {
        bench::SchemaGenOptions options;
        options.models = models;
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bench::SchemaGenerator::generate(options).toUtf8()) < 0) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
            std::exit(1);
        }
    }
    MainWindow window;
    window.resize(1400, 900);
    if (!window.openPath(path))
        std::exit(1);
    window.show();
    settle(window, 60000);

    // The first field line of the model in the middle of the text.
    views::SchemaEditor *editor = window.editor();
    const QString text = editor->text();
    int modelAt = -1;
    for (int i = 0; i <= models / 2; ++i)
        modelAt = text.indexOf(QStringLiteral("\nmodel "), modelAt + 1);
    const int line = int(text.left(modelAt + 1).count(u'\n')) + 1;
    editor->setFocus();
    editor->setCursorPosition(line, editor->text(line).size() - 1);
    editor->ensureLineVisible(line);
    settle(window, 60000);

    Result result;
    QObject::connect(window.document(), &Document::diagnosticsChanged, &window, [&result] { ++result.analyses; });
    StallWatch watch(5);
    std::vector<double> keyTimes;
    watch.start();
    const Script typing = script(keys, pauseMs);
    for (const int step : typing.steps) {
        if (step < 0) {
            spin(-step);
            continue;
        }
        spin(intervalMs);
        QElapsedTimer key;
        key.start();
        if (step == u'\n')
            pressKey(editor, Qt::Key_Return, QStringLiteral("\r"));
        else
            pressKey(editor, step == u' ' ? Qt::Key_Space : Qt::Key_A, QString(QChar(step)));
        keyTimes.push_back(key.nsecsElapsed() / 1e6);
    }
    QElapsedTimer settling;
    settling.start();
    spin(200); // the editor hands its text over after a pause in typing
    result.settled = settle(window, 60000);
    result.settleMs = settling.elapsed() - 400.0; // settle() waits 400 ms of quiet
    watch.stop();

    result.keys = int(keyTimes.size());
    result.longestGap = watch.longestGapMs();
    result.longestGapCpu = watch.longestGapCpuMs();
    result.mostCpu = watch.mostCpuInAGapMs();
    std::sort(keyTimes.begin(), keyTimes.end());
    result.slowestKey = keyTimes.empty() ? 0 : keyTimes.back();
    result.medianKey = keyTimes.empty() ? 0 : keyTimes[keyTimes.size() / 2];
    if (!window.document()->fileText(0).contains(QStringLiteral("  note1 String?")))
        std::fprintf(stderr, "note: the typed text did not reach the document\n");
    if (window.document()->diagnostics().hasErrors())
        std::fprintf(stderr, "note: the schema has errors after typing\n");
    // The views followed: the last typed field has a row in the diagram and in the outline.
    const QString lastField = QStringLiteral("note%1").arg(typing.fields);
    schema::NodeId typed = 0;
    for (const schema::Model &model : window.document()->schema().models) {
        if (const schema::Field *field = model.field(lastField))
            typed = field->id;
    }
    const QAbstractItemModel *outline = window.outline()->tree()->model();
    const bool inOutline = !outline->match(outline->index(0, 0), Qt::DisplayRole, lastField + QStringLiteral("  String?"), 1,
                                           Qt::MatchExactly | Qt::MatchRecursive)
                                .isEmpty();
    if (!typed || !window.diagram()->diagramScene()->boxForNode(typed) || !inOutline)
        std::fprintf(stderr, "note: %s is missing from the diagram or the outline\n", qPrintable(lastField));
    return result;
}

/// The offscreen platform warns about every window it cannot size from hints; that is no news here.
void quietOffscreenWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(QStringLiteral("propagateSizeHints")))
        return;
    std::fputs(qPrintable(qFormatLogMessage(type, context, message) + u'\n'), stderr);
}

} // namespace

int main(int argc, char **argv)
{
    qInstallMessageHandler(quietOffscreenWarnings);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Settings of its own: a developer's window layout must not change the figures.
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("StrataBench"));
    QCoreApplication::setApplicationName(QStringLiteral("strata-typing-bench"));

    QList<int> sizes{100, 1000};
    int keys = 200;
    int interval = 50;
    int pause = 600;
    int runs = 1;
    const QStringList args = app.arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        auto next = [&]() -> QString { return i + 1 < args.size() ? args[++i] : QString(); };
        if (args[i] == u"--models") {
            sizes.clear();
            for (const QString &n : next().split(u','))
                sizes << n.toInt();
        } else if (args[i] == u"--keys") {
            keys = next().toInt();
        } else if (args[i] == u"--interval") {
            interval = next().toInt();
        } else if (args[i] == u"--pause") {
            pause = next().toInt();
        } else if (args[i] == u"--runs") {
            runs = std::max(1, next().toInt());
        } else {
            return usage();
        }
    }
    if (sizes.isEmpty() || keys <= 0 || interval < 0 || pause < 0)
        return usage();

    std::printf("strata-typing-bench: %d keys, one every %d ms, %d ms pauses; platform %s\n\n", keys, interval, pause,
                qPrintable(QGuiApplication::platformName()));
    std::printf("| models | keys | analyses delivered | longest stall ms | its UI-thread CPU ms | most UI-thread CPU ms "
                "between beats | slowest key ms | median key ms | settled after ms |\n");
    std::printf("|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (const int models : sizes) {
        std::vector<Result> results;
        for (int r = 0; r < runs; ++r)
            results.push_back(typeInto(models, keys, interval, pause));
        std::sort(results.begin(), results.end(), [](const Result &a, const Result &b) { return a.longestGap < b.longestGap; });
        const Result &m = results[results.size() / 2];
        std::printf("| %d | %d | %d | %.1f | %.1f | %.1f | %.1f | %.2f | %s |\n", models, m.keys, m.analyses, m.longestGap,
                    m.longestGapCpu, m.mostCpu, m.slowestKey, m.medianKey,
                    m.settled ? qPrintable(QString::number(m.settleMs, 'f', 0)) : "not settled");
        std::fflush(stdout);
    }
    return 0;
}
