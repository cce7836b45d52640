// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "document.h"
#include "schematemplates.h"
#include "timinglog.h"

#include "diagram/diagramview.h"
#include "editor/findbar.h"
#include "editor/schemaeditor.h"
#include "panes/inspectorview.h"
#include "panes/migrationpane.h"
#include "panes/outlineview.h"
#include "panes/problemsview.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QVBoxLayout>

namespace strata {

static constexpr int MaxRecentFiles = 10;

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new Document(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    m_diagram = new views::DiagramView(this);
    m_editor = new views::SchemaEditor(this);
    m_findBar = new views::FindBar(m_editor, this);
    m_fileSelector = new QComboBox(this);
    m_fileSelector->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto *editorPane = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(editorPane);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->setSpacing(0);
    editorLayout->addWidget(m_fileSelector);
    editorLayout->addWidget(m_editor, 1);
    editorLayout->addWidget(m_findBar);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("CentralSplitter"));
    m_splitter->addWidget(m_diagram);
    m_splitter->addWidget(editorPane);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    setCentralWidget(m_splitter);

    createDocks();
    createActions();
    createStatusBar();

    m_panesTimer.setSingleShot(true);
    m_panesTimer.setInterval(0);
    connect(&m_panesTimer, &QTimer::timeout, this, &MainWindow::updatePanes);
    m_typingTimer.setSingleShot(true);
    m_typingTimer.setInterval(150);
    connect(&m_typingTimer, &QTimer::timeout, this, [this] { m_document->setFileText(m_currentFile, m_editor->text()); });
    connect(m_editor, &QsciScintilla::textChanged, this, &MainWindow::onEditorTextChanged);
    connect(m_editor, &views::SchemaEditor::cursorOffsetChanged, this, &MainWindow::onEditorCursorMoved);
    connect(m_fileSelector, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!m_settingText && index >= 0)
            showFile(index);
    });
    connect(m_document, &Document::schemaChanged, this, &MainWindow::onSchemaChanged);
    connect(m_document, &Document::diagnosticsChanged, this, &MainWindow::onDiagnosticsChanged);
    connect(m_document, &Document::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::pathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::changedOnDisk, this, &MainWindow::onChangedOnDisk);
    connect(m_document, &Document::filesChanged, this, [this] {
        m_settingText = true;
        m_fileSelector->clear();
        for (int i = 0; i < m_document->fileCount(); ++i) {
            const QString path = m_document->filePath(i);
            m_fileSelector->addItem(m_document->isFolder() ? QDir(m_document->path()).relativeFilePath(path)
                                                           : QFileInfo(path).fileName(),
                                    path);
        }
        m_fileSelector->setVisible(m_document->fileCount() > 1);
        m_settingText = false;
        showFile(std::min(m_currentFile, m_document->fileCount() - 1));
        onSchemaChanged();
        updatePanes(); // all at once: the window is about to be shown with them
        onDiagnosticsChanged();
    });
    connect(m_outline, &views::OutlineView::nodeSelected, this, &MainWindow::selectNode);
    connect(m_diagram, &views::DiagramView::nodeSelected, this,
            [this](schema::NodeId node, schema::NodeId field) { selectNode(field ? field : node); });
    connect(m_problems, &views::ProblemsView::problemActivated, this, &MainWindow::jumpTo);
    connect(m_document, &Document::pathChanged, this, &MainWindow::updateMigrationsPath);

    readSettings();
    updateTitle();
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::createDocks()
{
    m_outline = new views::OutlineView(this);
    m_inspector = new views::InspectorView(this);
    m_problems = new views::ProblemsView(this);
    auto addDock = [this](QWidget *widget, const QString &title, const QString &name, Qt::DockWidgetArea area) {
        auto *dock = new QDockWidget(title, this);
        dock->setObjectName(name);
        dock->setWidget(widget);
        addDockWidget(area, dock);
        return dock;
    };
    addDock(m_outline, tr("Outline"), QStringLiteral("OutlineDock"), Qt::LeftDockWidgetArea);
    addDock(m_inspector, tr("Inspector"), QStringLiteral("InspectorDock"), Qt::RightDockWidgetArea);
    QDockWidget *problems = addDock(m_problems, tr("Problems"), QStringLiteral("ProblemsDock"), Qt::BottomDockWidgetArea);
    // The next migration's SQL beside the problems: both are about the schema as it is now.
    m_migration = new views::MigrationPane(this);
    QDockWidget *migration = addDock(m_migration, tr("Migration"), QStringLiteral("MigrationDock"), Qt::BottomDockWidgetArea);
    splitDockWidget(problems, migration, Qt::Horizontal);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QMenu *newMenu = file->addMenu(tr("&New from Template"));
    for (const SchemaTemplate &t : schemaTemplates()) {
        const QString name = t.name;
        newMenu->addAction(t.title, this, [this, name] {
            if (maybeSave())
                newFromTemplate(name);
        });
    }
    QAction *openAction = file->addAction(tr("&Open Schema…"), this, &MainWindow::open);
    openAction->setShortcut(QKeySequence::Open);
    file->addAction(tr("Open Schema &Folder…"), this, &MainWindow::openFolder);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    QAction *saveAction = file->addAction(tr("&Save"), this, &MainWindow::save);
    saveAction->setShortcut(QKeySequence::Save);
    QAction *saveAsAction = file->addAction(tr("Save &As…"), this, &MainWindow::saveAs);
    saveAsAction->setShortcut(QKeySequence::SaveAs);
    file->addAction(tr("Re&load from Disk"), this, [this] {
        if (!m_document->isModified() || QMessageBox::question(this, tr("Reload"), tr("Discard your unsaved edits and reload from disk?")) == QMessageBox::Yes) {
            QString error;
            if (!m_document->reload(&error))
                QMessageBox::warning(this, tr("Reload"), error);
        }
    });
    file->addSeparator();
    file->addAction(tr("Export Diagram as &PNG…"), this, [this] { exportDiagram(QStringLiteral("png")); });
    file->addAction(tr("Export Diagram as S&VG…"), this, [this] { exportDiagram(QStringLiteral("svg")); });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = edit->addAction(tr("&Undo"), m_editor, &QsciScintilla::undo);
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction *redo = edit->addAction(tr("&Redo"), m_editor, &QsciScintilla::redo);
    redo->setShortcut(QKeySequence::Redo);
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find…"), m_findBar, &views::FindBar::showFind);
    find->setShortcut(QKeySequence::Find);
    QAction *replace = edit->addAction(tr("Find and &Replace…"), m_findBar, &views::FindBar::showReplace);
    replace->setShortcut(QKeySequence::Replace);
    QAction *findNext = edit->addAction(tr("Find &Next"), this, [this] { m_findBar->findNext(true); });
    findNext->setShortcut(QKeySequence::FindNext);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *zoomIn = m_viewMenu->addAction(tr("Zoom &In"), m_diagram, &views::DiagramView::zoomIn);
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    QAction *zoomOut = m_viewMenu->addAction(tr("Zoom &Out"), m_diagram, &views::DiagramView::zoomOut);
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction *fit = m_viewMenu->addAction(tr("&Fit Diagram to Window"), m_diagram, &views::DiagramView::fitToWindow);
    fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_viewMenu->addAction(tr("&Arrange Diagram"), m_diagram, &views::DiagramView::autoLayout);
    m_viewMenu->addSeparator();
    QAction *showDiagram = m_viewMenu->addAction(tr("Show &Diagram"));
    showDiagram->setCheckable(true);
    showDiagram->setChecked(true);
    connect(showDiagram, &QAction::toggled, m_diagram, &QWidget::setVisible);
    m_viewMenu->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        m_viewMenu->addAction(dock->toggleViewAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Strata"), this, [this] {
        QMessageBox::about(this, tr("About Strata"),
                           tr("<h3>Strata %1</h3><p>Design database schemas visually and review migrations before "
                              "they run. Strata speaks Prisma's schema language.</p><p>License: GPL-3.0-or-later.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });
}

void MainWindow::createStatusBar()
{
    m_providerLabel = new QLabel(this);
    m_fileLabel = new QLabel(this);
    m_countsLabel = new QLabel(this);
    m_problemsLabel = new QLabel(this);
    statusBar()->addWidget(m_fileLabel, 1);
    statusBar()->addPermanentWidget(m_countsLabel);
    statusBar()->addPermanentWidget(m_providerLabel);
    statusBar()->addPermanentWidget(m_problemsLabel);
}

bool MainWindow::openPath(const QString &path)
{
    QString error;
    m_currentFile = 0;
    if (!m_document->open(path, &error)) {
        QMessageBox::warning(this, tr("Open Schema"), error);
        return false;
    }
    addRecent(QFileInfo(path).absoluteFilePath());
    return true;
}

void MainWindow::newFromTemplate(const QString &templateName)
{
    m_currentFile = 0;
    for (const SchemaTemplate &t : schemaTemplates()) {
        if (t.name == templateName)
            m_document->newFromText(t.text);
    }
}

void MainWindow::open()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Schema"), QString(), tr("Prisma schema (*.prisma);;All files (*)"));
    if (!path.isEmpty())
        openPath(path);
}

void MainWindow::openFolder()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getExistingDirectory(this, tr("Open Schema Folder"));
    if (!path.isEmpty())
        openPath(path);
}

bool MainWindow::save()
{
    if (m_document->isUntitled())
        return saveAs();
    m_document->setFileText(m_currentFile, m_editor->text());
    QString error;
    if (!m_document->save(&error)) {
        QMessageBox::warning(this, tr("Save"), error);
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(m_document->path()), 3000);
    return true;
}

bool MainWindow::saveAs()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Schema As"), QStringLiteral("schema.prisma"),
                                                      tr("Prisma schema (*.prisma)"));
    if (path.isEmpty())
        return false;
    m_document->setFileText(m_currentFile, m_editor->text());
    QString error;
    if (!m_document->saveAs(path, &error)) {
        QMessageBox::warning(this, tr("Save As"), error);
        return false;
    }
    addRecent(path);
    return true;
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::warning(this, tr("Unsaved changes"),
                                             tr("The schema has unsaved changes. Save them?"),
                                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_typingTimer.isActive()) {
        m_typingTimer.stop();
        m_document->setFileText(m_currentFile, m_editor->text());
    }
    if (maybeSave()) {
        writeSettings();
        event->accept();
    } else {
        event->ignore();
    }
}

void MainWindow::exportDiagram(const QString &format)
{
    const QString filter = format == u"svg" ? tr("SVG image (*.svg)") : tr("PNG image (*.png)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Diagram"), QStringLiteral("diagram.") + format, filter);
    if (path.isEmpty())
        return;
    const bool ok = format == u"svg" ? m_diagram->exportSvg(path) : m_diagram->exportPng(path);
    if (!ok)
        QMessageBox::warning(this, tr("Export Diagram"), tr("Could not write %1.").arg(path));
}

void MainWindow::showFile(int index)
{
    if (index < 0)
        return;
    if (m_typingTimer.isActive()) {
        m_typingTimer.stop();
        m_document->setFileText(m_currentFile, m_editor->text());
    }
    m_currentFile = index;
    m_settingText = true;
    m_fileSelector->setCurrentIndex(index);
    if (m_editor->text() != m_document->fileText(index)) {
        TimingLog::Scope t("editor text");
        m_editor->setText(m_document->fileText(index));
    }
    m_settingText = false;
    onDiagnosticsChanged();
    updateStatus();
}

void MainWindow::onEditorTextChanged()
{
    if (m_settingText)
        return;
    m_typingTimer.start();
}

void MainWindow::onSchemaChanged()
{
    {
        TimingLog::Scope t("diagram");
        m_diagram->setSchema(m_document->schema());
    }
    // The panes follow in a later pass of the event loop, after input and painting: a key pressed meanwhile
    // waits for one of the two halves, not for both (a new graph while typing in a thousand models).
    m_panesTimer.start();
}

void MainWindow::updatePanes()
{
    m_panesTimer.stop();
    TimingLog::Scope total("panes");
    const schema::Schema &schema = m_document->schema();
    {
        TimingLog::Scope t("outline");
        m_outline->setSchema(schema);
    }
    {
        TimingLog::Scope t("inspector");
        m_inspector->setSchema(m_document->schemaSnapshot());
    }
    updateMigrationsPath();
    {
        TimingLog::Scope t("migration");
        m_migration->setSchema(m_document->schemaSnapshot());
    }
    updateStatus();
}

void MainWindow::updateMigrationsPath()
{
    // Prisma keeps the migrations folder beside the schema file that holds the datasource block (in a
    // multi-file schema folder that is usually the folder itself). An untitled schema has none.
    QString path;
    if (!m_document->isUntitled()) {
        const schema::Schema &schema = m_document->schema();
        QString datasourceFile;
        if (schema.datasource && schema.datasource->span.file >= 0 && schema.datasource->span.file < m_document->fileCount())
            datasourceFile = m_document->filePath(schema.datasource->span.file);
        const QString dir = !datasourceFile.isEmpty() ? QFileInfo(datasourceFile).absolutePath()
                            : m_document->isFolder() ? QFileInfo(m_document->path()).absoluteFilePath()
                                                     : QFileInfo(m_document->path()).absolutePath();
        path = QDir(dir).filePath(QStringLiteral("migrations"));
    }
    m_migration->setMigrationsPath(path);
}

void MainWindow::onDiagnosticsChanged()
{
    TimingLog::Scope total("diagnostics shown");
    std::vector<psl::Diagnostic> current;
    for (const psl::Diagnostic &d : m_document->diagnostics().items()) {
        if (d.span.file == m_currentFile)
            current.push_back(d);
    }
    m_editor->setDiagnostics(current);
    m_problems->setDiagnostics(m_document->diagnostics().items());
    m_migration->setSchemaHasErrors(m_document->diagnostics().hasErrors());
    updateStatus();
}

void MainWindow::jumpTo(const QString &file, int line, int column)
{
    for (int i = 0; i < m_document->fileCount(); ++i) {
        if (m_document->filePath(i) == file && i != m_currentFile)
            showFile(i);
    }
    m_editor->goTo(line, column);
}

void MainWindow::selectNode(schema::NodeId id)
{
    if (m_syncingSelection)
        return;
    m_cursorNode = id; // 0: the diagram's selection was cleared, so the cursor's node is selected again
    if (!id)
        return;
    m_syncingSelection = true;
    m_outline->selectNode(id);
    m_diagram->selectNode(id);
    m_inspector->showNode(id);
    // Put the editor cursor on the node's declaration.
    const schema::Schema &schema = m_document->schema();
    std::optional<psl::Span> span;
    for (const schema::Model &model : schema.models) {
        if (model.id == id)
            span = model.nameSpan;
        for (const schema::Field &field : model.fields) {
            if (field.id == id)
                span = field.span;
        }
    }
    for (const schema::Enum &e : schema.enums) {
        if (e.id == id)
            span = e.nameSpan;
        for (const schema::EnumValue &value : e.values) {
            if (value.id == id)
                span = value.span;
        }
    }
    if (span && span->isValid()) {
        if (span->file != m_currentFile)
            showFile(span->file);
        m_editor->goTo(span->line, span->column);
    }
    m_syncingSelection = false;
}

void MainWindow::onEditorCursorMoved(int offset)
{
    if (m_syncingSelection)
        return;
    // The innermost node whose declaration holds the cursor: a field or value, else its model or enum.
    const schema::Schema &schema = m_document->schema();
    schema::NodeId found = 0;
    auto inside = [&](const psl::Span &span) { return span.file == m_currentFile && offset >= span.start && offset <= span.end; };
    for (const schema::Model &model : schema.models) {
        if (!inside(model.span))
            continue;
        found = model.id;
        for (const schema::Field &field : model.fields) {
            if (inside(field.span))
                found = field.id;
        }
    }
    for (const schema::Enum &e : schema.enums) {
        if (!inside(e.span))
            continue;
        found = e.id;
        for (const schema::EnumValue &value : e.values) {
            if (inside(value.span))
                found = value.id;
        }
    }
    // Typing moves the cursor at every key, mostly within the same field: the panes show it already.
    if (!found || found == m_cursorNode)
        return;
    m_cursorNode = found;
    m_syncingSelection = true;
    m_outline->selectNode(found);
    m_diagram->selectNode(found);
    m_inspector->showNode(found);
    m_syncingSelection = false;
}

void MainWindow::onChangedOnDisk()
{
    const auto answer = QMessageBox::question(this, tr("File changed on disk"),
                                              tr("The schema changed on disk, and you have unsaved edits. "
                                                 "Reload it and lose your edits?"));
    if (answer == QMessageBox::Yes) {
        QString error;
        if (!m_document->reload(&error))
            QMessageBox::warning(this, tr("Reload"), error);
    }
}

void MainWindow::updateTitle()
{
    const QString name = m_document->isUntitled() ? tr("untitled.prisma") : QFileInfo(m_document->path()).fileName();
    setWindowTitle(QStringLiteral("%1[*] — Strata").arg(name));
    setWindowModified(m_document->isModified());
}

void MainWindow::updateStatus()
{
    const schema::Schema &schema = m_document->schema();
    m_fileLabel->setText(m_document->isUntitled() ? tr("untitled") : m_document->filePath(m_currentFile));
    int models = 0;
    int views = 0;
    for (const schema::Model &model : schema.models)
        (model.isView ? views : models)++;
    QString counts = tr("Models: %1").arg(models) + QStringLiteral(" · ") + tr("Enums: %1").arg(schema.enums.size());
    if (views)
        counts += QStringLiteral(" · ") + tr("Views: %1").arg(views);
    m_countsLabel->setText(counts);
    const QString provider = schema.datasource ? schema.datasource->provider : QString();
    m_providerLabel->setText(provider.isEmpty() ? tr("no datasource") : provider);
    const int errors = m_document->diagnostics().errorCount();
    const int warnings = m_document->diagnostics().warningCount();
    if (errors == 0 && warnings == 0)
        m_problemsLabel->setText(tr("No problems"));
    else
        m_problemsLabel->setText(tr("Errors: %1 · Warnings: %2").arg(errors).arg(warnings));
}

void MainWindow::readSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1400, 900);
    if (!restoreState(settings.value(QStringLiteral("window/state")).toByteArray())) {
        // First start: a narrow outline and inspector, a short problems pane, the diagram wider than the text.
        const auto docks = findChildren<QDockWidget *>();
        for (QDockWidget *dock : docks) {
            if (dock->objectName() == u"ProblemsDock")
                resizeDocks({dock}, {320}, Qt::Vertical);
            else if (dock->objectName() == u"MigrationDock")
                resizeDocks({dock}, {width() * 3 / 5}, Qt::Horizontal);
            else
                resizeDocks({dock}, {dock->objectName() == u"OutlineDock" ? 230 : 260}, Qt::Horizontal);
        }
    }
    if (!m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray()))
        m_splitter->setSizes({520, 480});
    updateRecentMenu();
}

void MainWindow::writeSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
}

void MainWindow::addRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentFiles")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > MaxRecentFiles)
        recent.removeLast();
    settings.setValue(QStringLiteral("recentFiles"), recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    for (const QString &path : recent) {
        m_recentMenu->addAction(path, this, [this, path] {
            if (maybeSave())
                openPath(path);
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

} // namespace strata
