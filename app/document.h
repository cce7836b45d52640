// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schema/schemaloader.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QTimer>
#include <QUndoStack>

#include <memory>

class QFileSystemWatcher;

namespace strata {

/// The open schema: its files and their text, the analysis (syntax tree, graph, diagnostics) computed off
/// the UI thread, the undo stack of visual edits, and the watch on the files on disk.
class Document : public QObject {
    Q_OBJECT
public:
    explicit Document(QObject *parent = nullptr);
    ~Document() override;

    /// Opens a .prisma file or a folder of them. On failure nothing changes and *error says why.
    bool open(const QString &path, QString *error);
    /// Starts an untitled document with this text.
    void newFromText(const QString &text);
    bool save(QString *error);
    bool saveAs(const QString &path, QString *error);
    /// Reads the files again from disk, dropping unsaved edits.
    bool reload(QString *error);

    QString path() const { return m_path; }
    bool isUntitled() const { return m_path.isEmpty(); }
    bool isFolder() const { return m_isFolder; }
    bool isModified() const { return m_modified; }
    int fileCount() const { return m_sources.size(); }
    QString filePath(int index) const;
    QString fileText(int index) const;
    /// Replaces the text of one file (typing in the editor) and schedules a new analysis.
    void setFileText(int index, const QString &text);

    /// The latest analysis: its diagnostics are current; its graph is the last one that built without errors.
    const psl::Diagnostics &diagnostics() const { return m_diagnostics; }
    const schema::Schema &schema() const { return *m_schema; }
    /// The same graph as schema(), shared: views and background work keep it without copying it.
    std::shared_ptr<const schema::Schema> schemaSnapshot() const { return m_schema; }
    /// The syntax tree of the latest analysis (may hold errors), for mapping positions to nodes.
    const psl::SchemaAst &ast() const { return m_ast; }
    QUndoStack *undoStack() { return &m_undoStack; }

    /// Waits for any pending analysis and runs one now, synchronously (tests, saving).
    void analyzeNow();
    bool isAnalysisPending() const;
    void setAnalysisDelay(int milliseconds) { m_debounce.setInterval(milliseconds); }

signals:
    void pathChanged();
    /// Files were opened, reloaded or replaced; the schema and diagnostics are already those of the new
    /// files (schemaChanged() and diagnosticsChanged() are not emitted for them on their own).
    void filesChanged();
    void modifiedChanged(bool modified);
    void schemaChanged();         ///< a new graph was accepted
    void diagnosticsChanged();
    void changedOnDisk();         ///< a file changed on disk while there are unsaved edits

private:
    void startAnalysis();
    void acceptAnalysis(schema::LoadedSchema result, quint64 generation);
    /// Replaces the files, analyzes them now, and emits filesChanged() once.
    void replaceFiles(psl::SourceSet sources);
    void setModified(bool modified);
    void watchFiles();
    void onFileChanged(const QString &path);
    bool writeFiles(const QString &path, QString *error);

    QString m_path;
    bool m_isFolder = false;
    bool m_modified = false;
    psl::SourceSet m_sources;
    psl::SchemaAst m_ast;
    std::shared_ptr<const schema::Schema> m_schema;
    psl::Diagnostics m_diagnostics;
    QUndoStack m_undoStack;
    QTimer m_debounce;
    quint64 m_generation = 0;
    bool m_replacingFiles = false; ///< open() or newFromText() is analyzing: no signals of its own
    /// The analysis running in the background. Its result is shared rather than held by value, so that the UI
    /// thread takes it over without copying a syntax tree and a graph of a thousand models.
    QFutureWatcher<std::shared_ptr<schema::LoadedSchema>> m_watcher;
    QFileSystemWatcher *m_fileWatcher = nullptr;
    QHash<QString, QByteArray> m_savedBytes; ///< what we last read or wrote, to ignore our own writes
};

} // namespace strata
