// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schema/types.h"

#include <QMainWindow>
#include <QTimer>

class QComboBox;
class QLabel;
class QMenu;
class QSplitter;

namespace strata {

class Document;

namespace views {
class DiagramView;
class FindBar;
class InspectorView;
class MigrationPane;
class OutlineView;
class ProblemsView;
class SchemaEditor;
} // namespace views

/// The main window: the diagram and the schema text side by side, the Outline, Inspector and Problems docks,
/// file handling and the status bar. It observes the Document and keeps the selection in step everywhere.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    bool openPath(const QString &path);
    void newFromTemplate(const QString &templateName);

    Document *document() const { return m_document; }
    views::SchemaEditor *editor() const { return m_editor; }
    views::DiagramView *diagram() const { return m_diagram; }
    views::OutlineView *outline() const { return m_outline; }
    views::InspectorView *inspector() const { return m_inspector; }
    views::ProblemsView *problems() const { return m_problems; }
    views::MigrationPane *migrationPane() const { return m_migration; }
    /// Selects a node everywhere: outline, diagram, inspector and the editor cursor.
    void selectNode(schema::NodeId id);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createDocks();
    void createStatusBar();
    void readSettings();
    void writeSettings();
    bool maybeSave();
    bool save();
    bool saveAs();
    void open();
    void openFolder();
    void exportDiagram(const QString &format);
    void updateTitle();
    void updateStatus();
    void updateRecentMenu();
    void addRecent(const QString &path);
    void showFile(int index);
    void onSchemaChanged();
    /// Outline, Inspector, Migration pane and status bar after a new graph (the diagram has it already).
    void updatePanes();
    void onDiagnosticsChanged();
    void onEditorTextChanged();
    void onEditorCursorMoved(int offset);
    void jumpTo(const QString &file, int line, int column);
    void onChangedOnDisk();
    void updateMigrationsPath();

    Document *m_document;
    QSplitter *m_splitter = nullptr;
    views::DiagramView *m_diagram = nullptr;
    views::SchemaEditor *m_editor = nullptr;
    views::FindBar *m_findBar = nullptr;
    QComboBox *m_fileSelector = nullptr;
    views::OutlineView *m_outline = nullptr;
    views::InspectorView *m_inspector = nullptr;
    views::ProblemsView *m_problems = nullptr;
    views::MigrationPane *m_migration = nullptr;
    QLabel *m_providerLabel = nullptr;
    QLabel *m_fileLabel = nullptr;
    QLabel *m_countsLabel = nullptr;
    QLabel *m_problemsLabel = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QTimer m_typingTimer;
    QTimer m_panesTimer; ///< updatePanes() after the diagram has shown a new graph
    int m_currentFile = 0;
    bool m_settingText = false;
    bool m_syncingSelection = false;
    schema::NodeId m_cursorNode = 0; ///< the node the panes were last told about
};

} // namespace strata
