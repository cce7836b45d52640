// SPDX-License-Identifier: GPL-3.0-or-later
#include "document.h"

#include "backgrounddisposal.h"
#include "timinglog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

namespace strata {

Document::Document(QObject *parent)
    : QObject(parent)
    , m_schema(std::make_shared<const schema::Schema>())
    , m_fileWatcher(new QFileSystemWatcher(this))
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, &Document::startAnalysis);
    connect(m_fileWatcher, &QFileSystemWatcher::fileChanged, this, &Document::onFileChanged);
}

Document::~Document()
{
    m_watcher.waitForFinished();
}

QString Document::filePath(int index) const
{
    return index >= 0 && index < m_sources.size() ? m_sources.file(index).path() : QString();
}

QString Document::fileText(int index) const
{
    return index >= 0 && index < m_sources.size() ? m_sources.file(index).text() : QString();
}

bool Document::open(const QString &path, QString *error)
{
    psl::SourceSet sources;
    if (!psl::SourceSet::load(path, sources, error))
        return false;
    m_savedBytes.clear();
    for (const psl::SourceFile &file : sources.files())
        m_savedBytes.insert(file.path(), file.text().toUtf8());
    m_path = path;
    m_isFolder = QFileInfo(path).isDir();
    replaceFiles(std::move(sources));
    return true;
}

void Document::newFromText(const QString &text)
{
    psl::SourceSet sources;
    sources.add(psl::SourceFile(tr("untitled.prisma"), text));
    m_savedBytes.clear();
    m_path.clear();
    m_isFolder = false;
    replaceFiles(std::move(sources));
}

void Document::replaceFiles(psl::SourceSet sources)
{
    m_watcher.waitForFinished();
    m_sources = std::move(sources);
    m_undoStack.clear();
    m_schema = std::make_shared<const schema::Schema>();
    setModified(false);
    m_replacingFiles = true;
    analyzeNow();
    m_replacingFiles = false;
    watchFiles();
    emit pathChanged();
    emit filesChanged();
}

bool Document::reload(QString *error)
{
    if (isUntitled())
        return true;
    return open(m_path, error);
}

void Document::setFileText(int index, const QString &text)
{
    if (index < 0 || index >= m_sources.size() || m_sources.file(index).text() == text)
        return;
    psl::SourceSet sources;
    for (int i = 0; i < m_sources.size(); ++i)
        sources.add(i == index ? psl::SourceFile(m_sources.file(i).path(), text) : m_sources.file(i));
    m_sources = std::move(sources);
    setModified(true);
    m_debounce.start();
}

bool Document::isAnalysisPending() const
{
    return m_debounce.isActive() || m_watcher.isRunning();
}

void Document::startAnalysis()
{
    const quint64 generation = ++m_generation;
    // The analysis runs on a copy of the sources, so the UI thread keeps editing while it works; the previous
    // graph (for keeping ids) is shared, not copied: it is never changed, only replaced.
    auto future = QtConcurrent::run([sources = m_sources, previous = m_schema]() mutable {
        return std::make_shared<schema::LoadedSchema>(schema::analyze(std::move(sources), previous.get()));
    });
    disconnect(&m_watcher, nullptr, this, nullptr);
    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<schema::LoadedSchema>>::finished, this, [this, generation] {
        // Moved out of the shared result, not copied: the future keeps an empty shell.
        schema::LoadedSchema result = std::move(*m_watcher.result());
        if (generation == m_generation)
            acceptAnalysis(std::move(result), generation);
        else
            disposeInBackground(std::move(result));
    });
    m_watcher.setFuture(future);
}

void Document::analyzeNow()
{
    m_debounce.stop();
    m_watcher.waitForFinished();
    disconnect(&m_watcher, nullptr, this, nullptr);
    const quint64 generation = ++m_generation;
    schema::LoadedSchema result = [&] {
        TimingLog::Scope t("analysis");
        return schema::analyze(m_sources, m_schema.get());
    }();
    acceptAnalysis(std::move(result), generation);
}

void Document::acceptAnalysis(schema::LoadedSchema result, quint64 generation)
{
    if (generation != m_generation)
        return; // a newer analysis is on its way
    m_diagnostics = std::move(result.diagnostics);
    disposeInBackground(std::exchange(m_ast, std::move(result.ast)));
    const bool accepted = !m_diagnostics.hasErrors();
    std::shared_ptr<const schema::Schema> previous;
    if (accepted)
        previous = std::exchange(m_schema, std::make_shared<const schema::Schema>(std::move(result.schema)));
    if (m_replacingFiles)
        return; // filesChanged() follows
    emit diagnosticsChanged();
    if (accepted)
        emit schemaChanged();
    // The views hold the new graph now: the old one goes with its last holder, usually this one.
    if (previous)
        disposeInBackground(std::move(previous));
}

void Document::setModified(bool modified)
{
    if (m_modified == modified)
        return;
    m_modified = modified;
    emit modifiedChanged(modified);
}

void Document::watchFiles()
{
    const QStringList watched = m_fileWatcher->files();
    if (!watched.isEmpty())
        m_fileWatcher->removePaths(watched);
    if (isUntitled())
        return;
    QStringList paths;
    for (const psl::SourceFile &file : m_sources.files())
        paths << file.path();
    m_fileWatcher->addPaths(paths);
}

void Document::onFileChanged(const QString &path)
{
    QFile file(path);
    if (file.open(QIODevice::ReadOnly) && file.readAll() == m_savedBytes.value(path)) {
        // Our own save, or an editor that rewrote the same bytes; watch again (some editors replace files).
        if (!m_fileWatcher->files().contains(path))
            m_fileWatcher->addPath(path);
        return;
    }
    if (m_modified) {
        emit changedOnDisk();
        return;
    }
    QString error;
    reload(&error);
}

bool Document::writeFiles(const QString &path, QString *error)
{
    for (int i = 0; i < m_sources.size(); ++i) {
        const QString target = m_isFolder || i > 0 ? m_sources.file(i).path() : path;
        QSaveFile out(target);
        const QByteArray bytes = m_sources.file(i).text().toUtf8();
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
            if (error)
                *error = tr("Cannot write %1: %2").arg(target, out.errorString());
            return false;
        }
        m_savedBytes.insert(target, bytes);
    }
    return true;
}

bool Document::save(QString *error)
{
    if (isUntitled()) {
        if (error)
            *error = tr("The document has no file yet; use Save As.");
        return false;
    }
    if (!writeFiles(m_path, error))
        return false;
    setModified(false);
    watchFiles();
    return true;
}

bool Document::saveAs(const QString &path, QString *error)
{
    if (m_isFolder) {
        if (error)
            *error = tr("A multi-file schema is saved in its folder; Save As works for single files.");
        return false;
    }
    psl::SourceSet renamed;
    renamed.add(psl::SourceFile(path, m_sources.file(0).text()));
    const psl::SourceSet previous = m_sources;
    m_sources = std::move(renamed);
    if (!writeFiles(path, error)) {
        m_sources = previous;
        return false;
    }
    m_path = path;
    setModified(false);
    analyzeNow();
    watchFiles();
    emit pathChanged();
    return true;
}

} // namespace strata
