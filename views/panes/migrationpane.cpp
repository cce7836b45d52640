// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrationpane.h"

#include "editor/sqlview.h"

#include "migrate/migrationsfolder.h"
#include "migrate/migrationwriter.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace strata::views {

namespace {

SqlView::Dialect viewDialect(sql::Dialect dialect)
{
    switch (dialect) {
    case sql::Dialect::PostgreSql: return SqlView::Dialect::PostgreSql;
    case sql::Dialect::Sqlite: return SqlView::Dialect::Sqlite;
    case sql::Dialect::MySql: return SqlView::Dialect::MySql;
    }
    return SqlView::Dialect::PostgreSql;
}

/// The provider Prisma writes into migration_lock.toml for a dialect.
QString providerName(sql::Dialect dialect)
{
    switch (dialect) {
    case sql::Dialect::PostgreSql: return QStringLiteral("postgresql");
    case sql::Dialect::Sqlite: return QStringLiteral("sqlite");
    case sql::Dialect::MySql: return QStringLiteral("mysql");
    }
    return {};
}

QIcon themeIcon(const char *name, QStyle::StandardPixmap fallback, const QWidget *widget)
{
    return QIcon::fromTheme(QLatin1StringView(name), widget->style()->standardIcon(fallback));
}

/// A warning's position in the list, as renderScript() orders the warnings block: data loss first, then
/// the steps that cannot run on a table with rows.
std::vector<int> warningOrder(const std::vector<sql::MigrationWarning> &warnings)
{
    std::vector<int> order;
    for (const bool unexecutable : {false, true}) {
        for (int i = 0; i < int(warnings.size()); ++i) {
            if (warnings[size_t(i)].unexecutable == unexecutable)
                order.push_back(i);
        }
    }
    return order;
}

} // namespace

MigrationPane::MigrationPane(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("MigrationPane"));

    m_provider = new QComboBox(this);
    m_provider->setObjectName(QStringLiteral("MigrationProvider"));
    m_provider->addItem(QStringLiteral("PostgreSQL"), int(sql::Dialect::PostgreSql));
    m_provider->addItem(QStringLiteral("SQLite"), int(sql::Dialect::Sqlite));
    m_provider->addItem(QStringLiteral("MySQL"), int(sql::Dialect::MySql));
    m_provider->setToolTip(tr("The database the SQL is written for; by default the schema's provider"));
    auto *providerLabel = new QLabel(tr("Provider:"), this);
    providerLabel->setBuddy(m_provider);

    auto makeButton = [this](const QString &text, const QIcon &icon) {
        auto *button = new QToolButton(this);
        button->setText(text);
        button->setIcon(icon);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        return button;
    };
    m_copyButton = makeButton(tr("Copy SQL"), themeIcon("edit-copy", QStyle::SP_FileDialogContentsView, this));
    m_copyButton->setToolTip(tr("Copy the whole script to the clipboard"));
    m_saveButton = makeButton(tr("Save SQL…"), themeIcon("document-save-as", QStyle::SP_DialogSaveButton, this));
    m_saveButton->setToolTip(tr("Save the script to a file"));
    m_createButton = makeButton(tr("Create Migration…"), themeIcon("document-new", QStyle::SP_FileDialogNewFolder, this));
    m_createButton->setObjectName(QStringLiteral("CreateMigrationButton"));

    auto *header = new QHBoxLayout;
    header->setContentsMargins(6, 4, 6, 4);
    header->setSpacing(6);
    header->addWidget(providerLabel);
    header->addWidget(m_provider);
    header->addStretch(1);
    header->addWidget(m_copyButton);
    header->addWidget(m_saveButton);
    header->addWidget(m_createButton);

    m_warnings = new QListWidget(this);
    m_warnings->setObjectName(QStringLiteral("MigrationWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setTextElideMode(Qt::ElideNone);
    m_warnings->setUniformItemSizes(false);
    m_warnings->setResizeMode(QListView::Adjust); // wrap the sentences again when the pane gets narrower
    const int icon = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_warnings->setIconSize(QSize(icon, icon));
    m_warnings->setSelectionMode(QAbstractItemView::SingleSelection);
    m_warnings->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_warnings->setFrameShape(QFrame::NoFrame);
    m_warnings->setToolTip(tr("Click a warning to see the statement it is about"));
    m_sqlView = new SqlView(this);
    m_sqlView->setObjectName(QStringLiteral("MigrationSql"));
    m_sqlView->setFrameShape(QFrame::NoFrame);
    // A horizontal scroll bar only when a line is wider than the view.
    m_sqlView->setScrollWidth(1);
    m_sqlView->setScrollWidthTracking(true);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_warnings);
    m_splitter->addWidget(m_sqlView);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_warnings->hide();

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("MigrationStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_replayStatus = new QLabel(this);
    m_replayStatus->setObjectName(QStringLiteral("MigrationReplayStatus"));
    m_busy = new QLabel(tr("Updating…"), this);
    m_busy->setEnabled(false);
    m_busy->hide();
    auto *status = new QHBoxLayout;
    status->setContentsMargins(6, 3, 6, 3);
    status->setSpacing(12);
    status->addWidget(m_status, 1);
    status->addWidget(m_busy);
    status->addWidget(m_replayStatus);

    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    auto *bottomLine = new QFrame(this);
    bottomLine->setFrameShape(QFrame::HLine);
    bottomLine->setFrameShadow(QFrame::Sunken);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addWidget(line);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(bottomLine);
    layout->addLayout(status);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(30);
    connect(&m_debounce, &QTimer::timeout, this, &MigrationPane::startUpdate);
    // "Updating…" only when a preview takes long enough to be noticed; quick ones would make it flicker.
    m_busyDelay.setSingleShot(true);
    m_busyDelay.setInterval(250);
    connect(&m_busyDelay, &QTimer::timeout, this, [this] { m_busy->setVisible(isUpdating()); });
    m_folderDebounce.setSingleShot(true);
    m_folderDebounce.setInterval(200);
    connect(&m_folderDebounce, &QTimer::timeout, this, &MigrationPane::onMigrationsFolderChanged);
    m_folderWatcher = new QFileSystemWatcher(this);
    connect(m_folderWatcher, &QFileSystemWatcher::directoryChanged, this, [this] { m_folderDebounce.start(); });
    connect(m_folderWatcher, &QFileSystemWatcher::fileChanged, this, [this] { m_folderDebounce.start(); });

    connect(m_provider, &QComboBox::activated, this, &MigrationPane::onProviderChanged);
    connect(m_copyButton, &QToolButton::clicked, this, &MigrationPane::copySql);
    connect(m_saveButton, &QToolButton::clicked, this, &MigrationPane::saveSql);
    connect(m_createButton, &QToolButton::clicked, this, &MigrationPane::createMigrationInteractively);
    connect(m_warnings, &QListWidget::currentRowChanged, this, &MigrationPane::showWarning);
    connect(m_warnings, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) { showWarning(m_warnings->row(item)); });

    updateStatus();
    updateButtons();
}

MigrationPane::~MigrationPane()
{
    // The running preview owns copies of everything it reads; waiting keeps it from outliving the watcher.
    m_watcher.waitForFinished();
}

void MigrationPane::setSchema(const schema::Schema &schema)
{
    setSchema(std::make_shared<const schema::Schema>(schema));
}

void MigrationPane::setSchema(std::shared_ptr<const schema::Schema> schema)
{
    m_schema = std::move(schema);
    scheduleUpdate();
}

void MigrationPane::setSchemaHasErrors(bool errors)
{
    if (m_schemaHasErrors == errors)
        return;
    m_schemaHasErrors = errors;
    updateStatus();
}

void MigrationPane::setMigrationsPath(const QString &path)
{
    if (m_migrationsPath == path)
        return;
    m_migrationsPath = path;
    m_chosenDialect.reset(); // another project: its own provider again
    ++m_historyEpoch;
    m_histories.clear();
    watchMigrationsFolder();
    if (m_schema)
        scheduleUpdate();
    updateButtons();
}

std::optional<sql::Dialect> MigrationPane::dialect() const
{
    if (m_chosenDialect)
        return m_chosenDialect;
    return m_schema ? sql::dialectForProvider(m_schema->provider()) : std::nullopt;
}

void MigrationPane::setDialect(sql::Dialect dialect)
{
    m_provider->setCurrentIndex(m_provider->findData(int(dialect)));
    onProviderChanged(m_provider->currentIndex());
}

void MigrationPane::onProviderChanged(int index)
{
    if (index < 0)
        return;
    m_chosenDialect = sql::Dialect(m_provider->itemData(index).toInt());
    startUpdate();
}

bool MigrationPane::isUpdating() const
{
    return m_debounce.isActive() || m_pending;
}

QString MigrationPane::sql() const
{
    return m_sqlView->sql();
}

QString MigrationPane::statusText() const
{
    return m_status->text();
}

void MigrationPane::scheduleUpdate()
{
    m_debounce.start();
}

void MigrationPane::startUpdate()
{
    m_debounce.stop();
    if (!m_schema)
        return;
    const std::optional<sql::Dialect> dialect = this->dialect();
    m_message.clear();
    if (!m_chosenDialect) {
        if (!m_schema->datasource)
            m_message = tr("The schema has no datasource: choose a provider to see the SQL.");
        else if (m_schema->provider() == schema::Provider::CockroachDb)
            m_message = tr("CockroachDB migrations are not supported yet.");
        else if (!dialect)
            m_message = tr("Provider \"%1\" has no SQL migrations.").arg(m_schema->datasource->provider);
    }
    if (dialect) {
        const QSignalBlocker blocker(m_provider);
        m_provider->setCurrentIndex(m_provider->findData(int(*dialect)));
    }
    if (!m_message.isEmpty()) {
        ++m_generation; // a preview still running belongs to the schema before
        m_pending = false;
        m_result = {};
        m_hasResult = false;
        m_messageIsError = false;
        showResult();
        emit previewUpdated();
        return;
    }

    const quint64 generation = ++m_generation;
    const quint64 epoch = m_historyEpoch;
    std::shared_ptr<const migrate::ReplayedHistory> history;
    if (const auto cached = m_histories.find(*dialect); cached != m_histories.end())
        history = cached->second;
    auto future = QtConcurrent::run([schema = m_schema, history, path = m_migrationsPath, dialect = *dialect]() mutable {
        if (!history)
            history = migrate::MigrationPreview::replay(path, dialect);
        return std::make_shared<migrate::MigrationPreviewResult>(migrate::MigrationPreview::compute(*schema, std::move(history)));
    });
    disconnect(&m_watcher, nullptr, this, nullptr);
    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<migrate::MigrationPreviewResult>>::finished, this, [this, generation, epoch] {
        if (generation != m_generation || !m_pending)
            return; // the schema, provider or folder changed while it ran, or waitForPreview() took it already
        // Moved out of the shared result, not copied: the future keeps an empty shell.
        acceptResult(std::move(*m_watcher.result()), generation, epoch);
    });
    m_watcher.setFuture(future);
    m_pending = true;
    m_pendingEpoch = epoch;
    m_busyDelay.start();
}

void MigrationPane::acceptResult(migrate::MigrationPreviewResult result, quint64 generation, quint64 historyEpoch)
{
    if (generation != m_generation || !m_pending)
        return; // the schema, provider or folder changed while it ran, or waitForPreview() took it already
    m_pending = false;
    if (historyEpoch == m_historyEpoch && result.history && result.history->path == m_migrationsPath)
        m_histories[result.dialect] = result.history;
    m_result = std::move(result);
    m_hasResult = true;
    m_busyDelay.stop();
    m_busy->hide();
    showResult();
    emit previewUpdated();
}

void MigrationPane::waitForPreview()
{
    if (m_debounce.isActive())
        startUpdate();
    if (!m_pending)
        return;
    m_watcher.waitForFinished();
    acceptResult(std::move(*m_watcher.result()), m_generation, m_pendingEpoch);
}

void MigrationPane::showResult()
{
    const int firstLine = m_sqlView->firstVisibleLine();
    const bool sameText = m_shownScript == m_result.script;
    m_sqlView->setDialect(viewDialect(m_result.dialect));
    if (!sameText) {
        m_sqlView->setSql(m_result.script);
        m_shownScript = m_result.script;
        // The warnings block repeats the list above: start at the first statement rather than at the block.
        const int firstStep = m_result.stepRanges.empty() ? 0 : m_result.stepRanges.front().commentLine;
        m_sqlView->setFirstVisibleLine(std::min(std::max(firstLine, firstStep), std::max(0, m_sqlView->lines() - 1)));
    }

    const QSignalBlocker blocker(m_warnings);
    m_warnings->clear();
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    const QIcon errorIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    for (const int index : warningOrder(m_result.warnings)) {
        const sql::MigrationWarning &warning = m_result.warnings[size_t(index)];
        auto *item = new QListWidgetItem(warning.unexecutable ? errorIcon : warningIcon, warning.message, m_warnings);
        item->setData(Qt::UserRole, index);
        QString tip = warning.message;
        if (warning.step >= 0 && warning.step < m_result.stepCount())
            tip += u'\n' + tr("Step %1 of %2: %3").arg(warning.step + 1).arg(m_result.stepCount())
                                .arg(sql::stepKindName(m_result.migration.steps[size_t(warning.step)].kind));
        if (warning.unexecutable)
            tip += u'\n' + tr("This step fails when the table holds rows.");
        item->setToolTip(tip);
    }
    const bool hasWarnings = m_warnings->count() > 0;
    if (hasWarnings != m_warnings->isVisible()) {
        m_warnings->setVisible(hasWarnings);
        if (hasWarnings) {
            // Room for two or three warnings; the SQL keeps the rest.
            const int rows = std::min(m_warnings->count(), 3);
            const int rowHeight = std::max(m_warnings->sizeHintForRow(0), fontMetrics().height() + 6);
            const int total = std::max(m_splitter->height(), 200);
            const int list = rows * rowHeight + 2 * m_warnings->frameWidth() + 4;
            m_splitter->setSizes({list, std::max(total - list, 80)});
        }
    }
    updateStatus();
    updateButtons();
}

void MigrationPane::updateStatus()
{
    QStringList parts;
    bool error = false;
    if (!m_message.isEmpty()) {
        parts << m_message;
        error = m_messageIsError;
    } else if (m_hasResult) {
        const migrate::ReplayedHistory *history = m_result.history.get();
        const bool fromEmpty = !history || !history->exists || !history->matchesDialect || history->migrationCount == 0;
        if (m_result.script.isEmpty()) {
            parts << tr("No SQL renderer for this provider.");
            error = true;
        } else if (m_result.isEmpty()) {
            parts << (fromEmpty ? tr("No changes: the schema is empty") : tr("No changes: the schema matches the migrations"));
        } else {
            const int steps = m_result.stepCount();
            parts << (steps == 1 ? tr("1 step") : tr("%1 steps").arg(steps));
            const int warnings = int(m_result.warnings.size());
            if (warnings == 1)
                parts << tr("1 warning");
            else if (warnings > 1)
                parts << tr("%1 warnings").arg(warnings);
        }
        if (history && !history->matchesDialect)
            parts << tr("from an empty database (the migrations are for %1)").arg(history->lockProvider);
        else if (!history || !history->exists)
            parts << (m_migrationsPath.isEmpty() ? tr("from an empty database (the schema is not saved)")
                                                 : tr("from an empty database (no migrations yet)"));
    }
    if (m_schemaHasErrors && m_hasResult)
        parts << tr("the schema has errors: this is its last valid version");
    m_status->setText(parts.join(QStringLiteral(" · ")));
    m_status->setStyleSheet(error ? QStringLiteral("color: #c0392b;") : QString());

    // What the replay of the history did not understand: the preview may be off where it was.
    const migrate::ReplayedHistory *history = m_hasResult ? m_result.history.get() : nullptr;
    if (history && !history->warnings.isEmpty()) {
        const int count = int(history->warnings.items().size());
        const bool replayErrors = history->warnings.hasErrors();
        m_replayStatus->setText(replayErrors ? tr("Replay failed") : count == 1 ? tr("1 replay warning") : tr("%1 replay warnings").arg(count));
        QStringList lines;
        for (const psl::Diagnostic &d : history->warnings.items()) {
            QString where = d.file.isEmpty() ? QDir(history->path).dirName() : d.file;
            if (d.span.isValid())
                where += QStringLiteral(":%1").arg(d.span.line);
            lines << QStringLiteral("%1: %2").arg(where.toHtmlEscaped(), d.message.toHtmlEscaped());
        }
        m_replayStatus->setToolTip(QStringLiteral("<p>") + tr("What the offline replay of the migrations folder did not understand:")
                                   + QStringLiteral("</p><p style='white-space:pre'>") + lines.join(QStringLiteral("<br>"))
                                   + QStringLiteral("</p>"));
        m_replayStatus->setForegroundRole(QPalette::WindowText);
        m_replayStatus->setStyleSheet(replayErrors ? QStringLiteral("color: #c0392b;") : QStringLiteral("color: #b9770e;"));
        m_replayStatus->show();
    } else if (history && history->exists && history->matchesDialect) {
        // Which history the SQL starts from, quietly.
        const int count = history->migrationCount;
        m_replayStatus->setText(count == 1 ? tr("1 migration replayed") : tr("%1 migrations replayed").arg(count));
        m_replayStatus->setToolTip(QDir::toNativeSeparators(history->path));
        m_replayStatus->setStyleSheet({});
        m_replayStatus->setForegroundRole(QPalette::PlaceholderText);
        m_replayStatus->show();
    } else {
        m_replayStatus->clear();
        m_replayStatus->setToolTip({});
        m_replayStatus->hide();
    }
}

void MigrationPane::updateButtons()
{
    const bool hasScript = m_hasResult && !m_result.script.isEmpty();
    m_copyButton->setEnabled(hasScript);
    m_saveButton->setEnabled(hasScript);
    const bool canCreate = hasScript && !m_migrationsPath.isEmpty();
    m_createButton->setEnabled(canCreate);
    m_createButton->setToolTip(m_migrationsPath.isEmpty()
                                   ? tr("Save the schema first: its migrations folder goes next to it")
                                   : tr("Write this SQL as a new migration in %1").arg(QDir::toNativeSeparators(m_migrationsPath)));
}

void MigrationPane::showWarning(int row)
{
    QListWidgetItem *item = m_warnings->item(row);
    if (!item)
        return;
    const int index = item->data(Qt::UserRole).toInt();
    if (index < 0 || index >= int(m_result.warnings.size()))
        return;
    const migrate::StepRange *range = m_result.rangeOfStep(m_result.warnings[size_t(index)].step);
    if (!range)
        return;
    QString last = m_sqlView->text(range->lastLine);
    while (last.endsWith(u'\n') || last.endsWith(u'\r'))
        last.chop(1);
    m_sqlView->setSelection(range->firstLine, 0, range->lastLine, int(last.toUtf8().size()));
    m_sqlView->ensureLineVisible(range->lastLine);
    m_sqlView->ensureLineVisible(range->commentLine);
}

void MigrationPane::copySql()
{
    m_sqlView->copyAll();
}

void MigrationPane::saveSql()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save SQL"), QStringLiteral("migration.sql"),
                                                      tr("SQL script (*.sql);;All files (*)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_sqlView->sql().toUtf8()) < 0 || !file.commit())
        QMessageBox::warning(this, tr("Save SQL"), tr("Could not write %1: %2").arg(path, file.errorString()));
}

QString MigrationPane::createMigration(const QString &name, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return QString();
    };
    waitForPreview();
    if (m_migrationsPath.isEmpty())
        return fail(tr("The schema is not saved, so it has no migrations folder yet."));
    if (!m_hasResult || m_result.script.isEmpty())
        return fail(m_message.isEmpty() ? tr("There is no migration to write.") : m_message);
    const QString provider = providerName(m_result.dialect);
    if (QFileInfo(m_migrationsPath).isDir()) {
        const QString mismatch = migrate::MigrationWriter::checkProvider(migrate::MigrationsFolder::read(m_migrationsPath), provider);
        if (!mismatch.isEmpty())
            return fail(mismatch);
    }
    QString why;
    const std::optional<migrate::WrittenMigration> written =
        migrate::MigrationWriter::write(m_migrationsPath, migrate::MigrationWriter::migrationName(name), m_result.script, provider, &why);
    if (!written)
        return fail(why);
    // Do not wait for the file watcher: the next preview must start from the new history.
    ++m_historyEpoch;
    m_histories.clear();
    watchMigrationsFolder();
    startUpdate();
    emit migrationCreated(written->directory);
    return written->directory;
}

void MigrationPane::createMigrationInteractively()
{
    waitForPreview();
    if (!m_createButton->isEnabled())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Create Migration"), tr("Name of the new migration:"),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    waitForPreview();
    const QString folder = migrate::MigrationWriter::folderName(QDateTime::currentDateTimeUtc(), migrate::MigrationWriter::migrationName(name));

    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("CreateMigrationDialog"));
    dialog.setWindowTitle(tr("Create Migration"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *intro = new QLabel(tr("Strata will write <b>%1</b> with this SQL. Review it before you apply it.")
                                 .arg((QDir(m_migrationsPath).dirName() + u'/' + folder + QStringLiteral("/migration.sql")).toHtmlEscaped()),
                             &dialog);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    if (!m_result.warnings.empty()) {
        const int count = int(m_result.warnings.size());
        auto *warn = new QLabel(count == 1 ? tr("This migration has 1 warning; it is written at the top of the script.")
                                           : tr("This migration has %1 warnings; they are written at the top of the script.").arg(count),
                                &dialog);
        warn->setWordWrap(true);
        warn->setStyleSheet(QStringLiteral("color: #b9770e;"));
        layout->addWidget(warn);
    }
    auto *view = new SqlView(&dialog);
    view->setDialect(viewDialect(m_result.dialect));
    view->setSql(m_result.script);
    layout->addWidget(view, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create Migration"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(760, 520);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (createMigration(name, &error).isEmpty())
        QMessageBox::warning(this, tr("Create Migration"), error);
}

void MigrationPane::watchMigrationsFolder()
{
    const QStringList watched = m_folderWatcher->files() + m_folderWatcher->directories();
    if (!watched.isEmpty())
        m_folderWatcher->removePaths(watched);
    if (m_migrationsPath.isEmpty())
        return;
    const QDir dir(m_migrationsPath);
    if (!dir.exists()) {
        // Watch the folder it will appear in.
        const QString parent = QFileInfo(m_migrationsPath).absolutePath();
        if (QFileInfo(parent).isDir())
            m_folderWatcher->addPath(parent);
        return;
    }
    QStringList paths{dir.absolutePath()};
    const QString lock = dir.filePath(QStringLiteral("migration_lock.toml"));
    if (QFileInfo::exists(lock))
        paths << lock;
    for (const QString &sub : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        paths << dir.filePath(sub);
        const QString script = dir.filePath(sub + QStringLiteral("/migration.sql"));
        if (QFileInfo::exists(script))
            paths << script;
    }
    m_folderWatcher->addPaths(paths);
}

void MigrationPane::onMigrationsFolderChanged()
{
    ++m_historyEpoch;
    m_histories.clear();
    watchMigrationsFolder();
    if (m_schema)
        startUpdate();
}

void MigrationPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        updateStatus();
}

} // namespace strata::views
