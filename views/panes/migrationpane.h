// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrate/migrationpreview.h"
#include "schema/schema.h"
#include "sql/sqlschema.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>
#include <map>
#include <memory>
#include <optional>

class QComboBox;
class QFileSystemWatcher;
class QLabel;
class QListWidget;
class QSplitter;
class QToolButton;

namespace strata::views {

class SqlView;

/// The Migration pane: the SQL of the next migration (the replayed migrations folder diffed to the current
/// schema), computed off the UI thread, with its warnings tied to their statements, a provider switch, copy,
/// save and "Create migration…".
class MigrationPane : public QWidget {
    Q_OBJECT
public:
    explicit MigrationPane(QWidget *parent = nullptr);
    ~MigrationPane() override;

    /// The schema to migrate to; the preview follows in the background.
    void setSchema(const schema::Schema &schema);
    /// The same, sharing the snapshot instead of copying it.
    void setSchema(std::shared_ptr<const schema::Schema> schema);
    /// Whether the editor's text has errors (the preview then shows the last schema that built).
    void setSchemaHasErrors(bool errors);
    /// The project's `migrations` folder (it may not exist yet); empty when there is none (untitled schema):
    /// then the migration starts from an empty database.
    void setMigrationsPath(const QString &path);
    QString migrationsPath() const { return m_migrationsPath; }

    /// The dialect shown; by default the schema's provider.
    std::optional<sql::Dialect> dialect() const;
    void setDialect(sql::Dialect dialect);

    /// Whether a preview is being computed.
    bool isUpdating() const;
    /// The preview shown (empty script when there is none).
    const migrate::MigrationPreviewResult &preview() const { return m_result; }
    QString sql() const;
    QString statusText() const;
    SqlView *sqlView() const { return m_sqlView; }
    QListWidget *warningList() const { return m_warnings; }
    QComboBox *providerSelector() const { return m_provider; }

    /// Writes the shown migration as migrations/<timestamp>_<name>/migration.sql (and migration_lock.toml
    /// when missing) without asking. Returns the new folder, or empty with `error` set.
    QString createMigration(const QString &name, QString *error = nullptr);

public slots:
    void copySql();
    void saveSql();
    /// Asks for a name, shows the final SQL for confirmation, then writes the migration.
    void createMigrationInteractively();
    /// Selects the statements of the warning at `row` of the list in the SQL view.
    void showWarning(int row);

signals:
    /// A new preview is shown.
    void previewUpdated();
    void migrationCreated(const QString &directory);

protected:
    void changeEvent(QEvent *event) override;

private:
    void scheduleUpdate();
    void startUpdate();
    void acceptResult(migrate::MigrationPreviewResult result, quint64 generation, quint64 historyEpoch);
    void showResult();
    void showMessage(const QString &message, bool error);
    void updateStatus();
    void updateButtons();
    void onProviderChanged(int index);
    void watchMigrationsFolder();
    void onMigrationsFolderChanged();
    void waitForPreview();

    QComboBox *m_provider = nullptr;
    QToolButton *m_copyButton = nullptr;
    QToolButton *m_saveButton = nullptr;
    QToolButton *m_createButton = nullptr;
    QSplitter *m_splitter = nullptr;
    QListWidget *m_warnings = nullptr;
    SqlView *m_sqlView = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_replayStatus = nullptr;
    QLabel *m_busy = nullptr;

    std::shared_ptr<const schema::Schema> m_schema; ///< null until the first setSchema()
    bool m_schemaHasErrors = false;
    std::optional<sql::Dialect> m_chosenDialect; ///< set when the user picked a provider
    QString m_migrationsPath;
    QString m_message;            ///< shown instead of a preview (no datasource, unsupported provider)
    bool m_messageIsError = false;

    migrate::MigrationPreviewResult m_result;
    QString m_shownScript;        ///< what the SQL view shows, without asking it for its text
    bool m_hasResult = false;
    quint64 m_generation = 0;     ///< of the latest request; older results are dropped
    quint64 m_historyEpoch = 0;   ///< bumped when the migrations folder changes; older replays are not cached
    bool m_pending = false;       ///< the watcher's preview is the latest request and not shown yet
    quint64 m_pendingEpoch = 0;   ///< the history epoch that preview started in
    std::map<sql::Dialect, std::shared_ptr<const migrate::ReplayedHistory>> m_histories;
    /// The preview running in the background; its result is shared so that taking it over copies nothing.
    QFutureWatcher<std::shared_ptr<migrate::MigrationPreviewResult>> m_watcher;
    QTimer m_debounce;
    QTimer m_busyDelay;
    QTimer m_folderDebounce;
    QFileSystemWatcher *m_folderWatcher = nullptr;
};

} // namespace strata::views
