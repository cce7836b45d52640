<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>SourceSet</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 holds no .prisma files</source>
        <translation>%1 enthält keine .prisma-Dateien</translation>
    </message>
    <message>
        <source>%1 holds %2 .prisma files; a schema can have at most %3</source>
        <translation>%1 enthält %2 .prisma-Dateien; ein Schema kann höchstens %3 haben</translation>
    </message>
</context>
<context>
    <name>strata::Document</name>
    <message>
        <source>untitled.prisma</source>
        <translation>unbenannt.prisma</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The document has no file yet; use Save As.</source>
        <translation>Das Dokument hat noch keine Datei; verwenden Sie „Speichern unter“.</translation>
    </message>
    <message>
        <source>A multi-file schema is saved in its folder; Save As works for single files.</source>
        <translation>Ein Schema aus mehreren Dateien wird in seinem Ordner gespeichert; „Speichern unter“ funktioniert nur für einzelne Dateien.</translation>
    </message>
</context>
<context>
    <name>strata::MainWindow</name>
    <message>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New from Template</source>
        <translation>Neu aus &amp;Vorlage</translation>
    </message>
    <message>
        <source>&amp;Open Schema…</source>
        <translation>Schema ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open Schema &amp;Folder…</source>
        <translation>Schema-&amp;Ordner öffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Re&amp;load from Disk</source>
        <translation>Von der Festplatte neu &amp;laden</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Discard your unsaved edits and reload from disk?</source>
        <translation>Ungespeicherte Änderungen verwerfen und von der Festplatte neu laden?</translation>
    </message>
    <message>
        <source>Export Diagram as &amp;PNG…</source>
        <translation>Diagramm als &amp;PNG exportieren…</translation>
    </message>
    <message>
        <source>Export Diagram as S&amp;VG…</source>
        <translation>Diagramm als S&amp;VG exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Find and &amp;Replace…</source>
        <translation>Suchen und &amp;Ersetzen…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Fit Diagram to Window</source>
        <translation>Diagramm an &amp;Fenster anpassen</translation>
    </message>
    <message>
        <source>&amp;Arrange Diagram</source>
        <translation>Diagramm an&amp;ordnen</translation>
    </message>
    <message>
        <source>Show &amp;Diagram</source>
        <translation>&amp;Diagramm anzeigen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Strata</source>
        <translation>Über &amp;Strata</translation>
    </message>
    <message>
        <source>About Strata</source>
        <translation>Über Strata</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Strata %1&lt;/h3&gt;&lt;p&gt;Design database schemas visually and review migrations before they run. Strata speaks Prisma&apos;s schema language.&lt;/p&gt;&lt;p&gt;License: GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Strata %1&lt;/h3&gt;&lt;p&gt;Entwerfen Sie Datenbankschemas visuell und prüfen Sie Migrationen, bevor sie ausgeführt werden. Strata versteht die Schemasprache von Prisma.&lt;/p&gt;&lt;p&gt;Lizenz: GPL-3.0-or-later.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open Schema</source>
        <translation>Schema öffnen</translation>
    </message>
    <message>
        <source>Prisma schema (*.prisma);;All files (*)</source>
        <translation>Prisma-Schema (*.prisma);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open Schema Folder</source>
        <translation>Schema-Ordner öffnen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Save Schema As</source>
        <translation>Schema speichern unter</translation>
    </message>
    <message>
        <source>Prisma schema (*.prisma)</source>
        <translation>Prisma-Schema (*.prisma)</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The schema has unsaved changes. Save them?</source>
        <translation>Das Schema hat ungespeicherte Änderungen. Sollen sie gespeichert werden?</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Datei auf der Festplatte geändert</translation>
    </message>
    <message>
        <source>The schema changed on disk, and you have unsaved edits. Reload it and lose your edits?</source>
        <translation>Das Schema wurde auf der Festplatte geändert, und Sie haben ungespeicherte Änderungen. Neu laden und Ihre Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>untitled.prisma</source>
        <translation>unbenannt.prisma</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>unbenannt</translation>
    </message>
    <message>
        <source>Models: %1</source>
        <translation>Modelle: %1</translation>
    </message>
    <message>
        <source>Enums: %1</source>
        <translation>Enums: %1</translation>
    </message>
    <message>
        <source>Views: %1</source>
        <translation>Views: %1</translation>
    </message>
    <message>
        <source>no datasource</source>
        <translation>keine Datenquelle</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
    <message>
        <source>Errors: %1 · Warnings: %2</source>
        <translation>Fehler: %1 · Warnungen: %2</translation>
    </message>
    <message>
        <source>PostgreSQL schema</source>
        <translation>PostgreSQL-Schema</translation>
    </message>
    <message>
        <source>SQLite schema</source>
        <translation>SQLite-Schema</translation>
    </message>
    <message>
        <source>MySQL schema</source>
        <translation>MySQL-Schema</translation>
    </message>
    <message>
        <source>Blog example (users, posts, roles)</source>
        <translation>Blog-Beispiel (Benutzer, Beiträge, Rollen)</translation>
    </message>
    <message>
        <source>Migration</source>
        <translation>Migration</translation>
    </message>
</context>
<context>
    <name>strata::cli</name>
    <message>
        <source>Usage: strata [PATH]                     open the window on a schema file or folder
       strata validate [--schema PATH]   check a schema as `prisma validate` does
       strata format [--schema PATH] [--check]
                                         rewrite a schema as `prisma format` does;
                                         --check only reports files that would change
       strata migrate SUBCOMMAND ...      Prisma Migrate&apos;s commands; see strata migrate --help
       strata --help | --version

Without --schema, the schema is prisma/schema.prisma, schema.prisma or a prisma/ folder.
Exit codes: 0 success, 1 error, 2 a non-empty diff with --exit-code.
</source>
        <translation>Aufruf: strata [PFAD]                    öffnet das Fenster mit einer Schemadatei oder einem Schemaordner
       strata validate [--schema PFAD]   prüft ein Schema wie `prisma validate`
       strata format [--schema PFAD] [--check]
                                         formatiert ein Schema wie `prisma format`;
                                         --check meldet nur die Dateien, die sich ändern würden
       strata migrate UNTERBEFEHL ...     die Befehle von Prisma Migrate; siehe strata migrate --help
       strata --help | --version

Ohne --schema ist das Schema prisma/schema.prisma, schema.prisma oder ein Ordner prisma/.
Exit-Codes: 0 Erfolg, 1 Fehler, 2 ein nicht leerer Diff mit --exit-code.
</translation>
    </message>
    <message>
        <source>strata migrate diff --from-empty|--from-schema PATH|--from-migrations DIR
                    --to-empty|--to-schema PATH|--to-migrations DIR [--script]
                    [--exit-code] [--output FILE]
      the SQL from one state to the other, as `prisma migrate diff` prints it (a migrations
      folder is replayed offline); without --script a summary of the changes; --exit-code
      exits 2 when they differ
</source>
        <translation>strata migrate diff --from-empty|--from-schema PFAD|--from-migrations ORDNER
                    --to-empty|--to-schema PFAD|--to-migrations ORDNER [--script]
                    [--exit-code] [--output DATEI]
      das SQL von einem Zustand zum anderen, wie `prisma migrate diff` es ausgibt (ein
      Migrationsordner wird offline nachgespielt); ohne --script eine Zusammenfassung der
      Änderungen; --exit-code beendet mit 2, wenn sie sich unterscheiden
</translation>
    </message>
    <message>
        <source>strata migrate dev --create-only [--name NAME] [--schema PATH]
      writes the next migration, migrations/&lt;timestamp&gt;_&lt;name&gt;/migration.sql, from the
      replayed migrations folder and the schema, without applying it
</source>
        <translation>strata migrate dev --create-only [--name NAME] [--schema PFAD]
      schreibt die nächste Migration, migrations/&lt;Zeitstempel&gt;_&lt;Name&gt;/migration.sql, aus dem
      nachgespielten Migrationsordner und dem Schema, ohne sie anzuwenden
</translation>
    </message>
    <message>
        <source>Usage: strata migrate SUBCOMMAND [OPTIONS]

</source>
        <translation>Aufruf: strata migrate UNTERBEFEHL [OPTIONEN]

</translation>
    </message>
    <message>
        <source>strata migrate: unknown subcommand &apos;%1&apos;
</source>
        <translation>strata migrate: unbekannter Unterbefehl „%1“
</translation>
    </message>
    <message>
        <source>strata: unknown command &apos;%1&apos;
</source>
        <translation>strata: unbekannter Befehl „%1“
</translation>
    </message>
    <message>
        <source>strata format: unknown argument &apos;%1&apos;
</source>
        <translation>strata format: unbekanntes Argument „%1“
</translation>
    </message>
    <message numerus="yes">
        <source>Formatting failed: %n error(s) in %1</source>
        <translation>
            <numerusform>Formatieren fehlgeschlagen: %n Fehler in %1</numerusform>
            <numerusform>Formatieren fehlgeschlagen: %n Fehler in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>error: cannot write %1: %2</source>
        <translation>Fehler: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>All files are formatted correctly!</source>
        <translation>Alle Dateien sind korrekt formatiert!</translation>
    </message>
    <message>
        <source>! There are unformatted files. Run strata format to format them.</source>
        <translation>! Es gibt unformatierte Dateien. Führen Sie strata format aus, um sie zu formatieren.</translation>
    </message>
    <message>
        <source>Formatted %1 in %2 🚀</source>
        <translation>%1 in %2 formatiert 🚀</translation>
    </message>
    <message>
        <source>strata migrate dev: %1 needs a value</source>
        <translation>strata migrate dev: %1 braucht einen Wert</translation>
    </message>
    <message>
        <source>strata migrate dev: unknown argument &apos;%1&apos;</source>
        <translation>strata migrate dev: unbekanntes Argument „%1“</translation>
    </message>
    <message>
        <source>error: strata migrate dev cannot apply migrations to a database yet (that comes in a later version).
Use --create-only to write the next migration without applying it, then apply it with prisma migrate dev.</source>
        <translation>Fehler: strata migrate dev kann Migrationen noch nicht auf eine Datenbank anwenden (das kommt in einer späteren Version).
Verwenden Sie --create-only, um die nächste Migration zu schreiben, ohne sie anzuwenden, und wenden Sie sie dann mit prisma migrate dev an.</translation>
    </message>
    <message>
        <source>Prisma schema loaded from %1</source>
        <translation>Prisma-Schema aus %1 geladen</translation>
    </message>
    <message>
        <source>⚠️  Warnings for the current datasource:</source>
        <translation>⚠️  Warnungen für die aktuelle Datenquelle:</translation>
    </message>
    <message>
        <source>Prisma Migrate created the following migration without applying it %1

You can now edit it and apply it by running prisma migrate dev.</source>
        <translation>Prisma Migrate hat die folgende Migration erstellt, ohne sie anzuwenden: %1

Sie können sie jetzt bearbeiten und mit prisma migrate dev anwenden.</translation>
    </message>
    <message>
        <source>strata migrate diff: %1 and %2 cannot be combined: give one source on each side.</source>
        <translation>strata migrate diff: %1 und %2 können nicht kombiniert werden: geben Sie auf jeder Seite eine Quelle an.</translation>
    </message>
    <message>
        <source>error: %1 is not available yet: Strata cannot read a live database in this version.</source>
        <translation>Fehler: %1 ist noch nicht verfügbar: Strata kann in dieser Version keine laufende Datenbank lesen.</translation>
    </message>
    <message>
        <source>error: %1 %2: the SQL dialect is unknown: migration_lock.toml names no supported provider and the other side has no schema.</source>
        <translation>Fehler: %1 %2: der SQL-Dialekt ist unbekannt: migration_lock.toml nennt keinen unterstützten Provider, und die andere Seite hat kein Schema.</translation>
    </message>
    <message>
        <source>strata migrate diff: %1 needs a value</source>
        <translation>strata migrate diff: %1 braucht einen Wert</translation>
    </message>
    <message>
        <source>strata migrate diff: unknown argument &apos;%1&apos;</source>
        <translation>strata migrate diff: unbekanntes Argument „%1“</translation>
    </message>
    <message>
        <source>strata migrate diff: give one --from-... and one --to-... source, for example
  strata migrate diff --from-empty --to-schema prisma/schema.prisma --script</source>
        <translation>strata migrate diff: geben Sie eine --from-...- und eine --to-...-Quelle an, zum Beispiel
  strata migrate diff --from-empty --to-schema prisma/schema.prisma --script</translation>
    </message>
    <message>
        <source>error: the two sides use different providers (%1 and %2); migrate diff compares schemas of one provider.</source>
        <translation>Fehler: die beiden Seiten verwenden verschiedene Provider (%1 und %2); migrate diff vergleicht Schemas eines Providers.</translation>
    </message>
    <message>
        <source>error: migrate diff does not support the %1 provider yet.</source>
        <translation>Fehler: migrate diff unterstützt den Provider %1 noch nicht.</translation>
    </message>
    <message>
        <source>Could not find a schema at %1</source>
        <translation>Kein Schema unter %1 gefunden</translation>
    </message>
    <message>
        <source>Could not find a schema: tried --schema, prisma/schema.prisma, schema.prisma and a prisma/ folder of .prisma files.</source>
        <translation>Kein Schema gefunden: versucht wurden --schema, prisma/schema.prisma, schema.prisma und ein Ordner prisma/ mit .prisma-Dateien.</translation>
    </message>
    <message>
        <source>error: Could not find a schema at %1</source>
        <translation>Fehler: Kein Schema unter %1 gefunden</translation>
    </message>
    <message numerus="yes">
        <source>Validation failed: %n error(s) in %1</source>
        <translation>
            <numerusform>Validierung fehlgeschlagen: %n Fehler in %1</numerusform>
            <numerusform>Validierung fehlgeschlagen: %n Fehler in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>error: %1 does not support the cockroachdb provider yet.</source>
        <translation>Fehler: %1 unterstützt den Provider cockroachdb noch nicht.</translation>
    </message>
    <message>
        <source>error: the schema at %1 has no SQL datasource (provider &quot;%2&quot;); %3 works on SQL databases.</source>
        <translation>Fehler: das Schema unter %1 hat keine SQL-Datenquelle (Provider „%2“); %3 funktioniert mit SQL-Datenbanken.</translation>
    </message>
    <message>
        <source>strata validate: unknown argument &apos;%1&apos;
</source>
        <translation>strata validate: unbekanntes Argument „%1“
</translation>
    </message>
    <message>
        <source>The schema at %1 is valid.</source>
        <translation>Das Schema unter %1 ist gültig.</translation>
    </message>
</context>
<context>
    <name>strata::migrate::MigrationWriter</name>
    <message>
        <source>The datasource provider `%1` specified in your schema does not match the one specified in the migration_lock.toml, `%2`. Please remove your current migration directory and start a new migration history with prisma migrate dev.</source>
        <translation>Der Datenquellen-Provider `%1` in Ihrem Schema stimmt nicht mit dem in migration_lock.toml, `%2`, überein. Bitte entfernen Sie Ihren aktuellen Migrationsordner und beginnen Sie mit prisma migrate dev eine neue Migrationshistorie.</translation>
    </message>
    <message>
        <source>The migration folder %1 exists already.</source>
        <translation>Der Migrationsordner %1 existiert bereits.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>strata::migrate::MigrationsFolder</name>
    <message>
        <source>Line %1: the provider is not a quoted string.</source>
        <translation>Zeile %1: der Provider ist keine Zeichenkette in Anführungszeichen.</translation>
    </message>
    <message>
        <source>Line %1: the provider&apos;s string is not closed.</source>
        <translation>Zeile %1: die Zeichenkette des Providers ist nicht geschlossen.</translation>
    </message>
    <message>
        <source>Line %1: unexpected text after the provider.</source>
        <translation>Zeile %1: unerwarteter Text nach dem Provider.</translation>
    </message>
    <message>
        <source>It names no provider (expected a line like provider = &quot;postgresql&quot;).</source>
        <translation>Sie nennt keinen Provider (erwartet wird eine Zeile wie provider = &quot;postgresql&quot;).</translation>
    </message>
    <message>
        <source>The migrations folder does not exist.</source>
        <translation>Der Migrationsordner existiert nicht.</translation>
    </message>
    <message>
        <source>The migrations path is a file, not a folder.</source>
        <translation>Der Migrationspfad ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>The migrations folder cannot be read.</source>
        <translation>Der Migrationsordner kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>migration_lock.toml cannot be read: %1</source>
        <translation>migration_lock.toml kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>migration_lock.toml is not valid: %1</source>
        <translation>migration_lock.toml ist ungültig: %1</translation>
    </message>
    <message>
        <source>The migrations folder has no migration_lock.toml, so its provider is unknown.</source>
        <translation>Der Migrationsordner hat keine migration_lock.toml, daher ist sein Provider unbekannt.</translation>
    </message>
    <message>
        <source>The migration &quot;%1&quot; has no migration.sql.</source>
        <translation>Die Migration „%1“ hat keine migration.sql.</translation>
    </message>
    <message>
        <source>The migration.sql of &quot;%1&quot; cannot be read: %2</source>
        <translation>Die migration.sql von „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The migrations cannot be replayed: the provider is unknown.</source>
        <translation>Die Migrationen können nicht nachgespielt werden: der Provider ist unbekannt.</translation>
    </message>
    <message>
        <source>The migrations cannot be replayed: provider &quot;%1&quot; is not supported.</source>
        <translation>Die Migrationen können nicht nachgespielt werden: der Provider „%1“ wird nicht unterstützt.</translation>
    </message>
</context>
<context>
    <name>strata::psl</name>
    <message>
        <source>Error validating: %1</source>
        <translation>Fehler beim Validieren: %1</translation>
    </message>
</context>
<context>
    <name>strata::psl::FileParser</name>
    <message>
        <source>This block comment is not closed with */.</source>
        <translation>Dieser Blockkommentar wird nicht mit */ geschlossen.</translation>
    </message>
    <message>
        <source>This line is not an enum value definition.</source>
        <translation>Diese Zeile ist keine Definition eines Enum-Werts.</translation>
    </message>
    <message>
        <source>This line is not a valid definition within a datasource.</source>
        <translation>Diese Zeile ist keine gültige Definition innerhalb einer datasource.</translation>
    </message>
    <message>
        <source>This line is not a valid definition within a generator.</source>
        <translation>Diese Zeile ist keine gültige Definition innerhalb eines generator.</translation>
    </message>
    <message>
        <source>This line is not a valid field or attribute definition.</source>
        <translation>Diese Zeile ist keine gültige Feld- oder Attributdefinition.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is missing its closing brace &apos;}&apos;.</source>
        <translation>Bei %1 „%2“ fehlt die schließende geschweifte Klammer &apos;}&apos;.</translation>
    </message>
    <message>
        <source>This block is invalid. It does not start with any known Prisma schema keyword. Valid keywords include &apos;model&apos;, &apos;enum&apos;, &apos;type&apos;, &apos;datasource&apos; and &apos;generator&apos;.</source>
        <translation>Dieser Block ist ungültig. Er beginnt mit keinem bekannten Schlüsselwort des Prisma-Schemas. Gültige Schlüsselwörter sind unter anderem &apos;model&apos;, &apos;enum&apos;, &apos;type&apos;, &apos;datasource&apos; und &apos;generator&apos;.</translation>
    </message>
    <message>
        <source>Invalid type definition. Please check the documentation in https://pris.ly/d/composite-types</source>
        <translation>Ungültige Typdefinition. Bitte lesen Sie die Dokumentation unter https://pris.ly/d/composite-types</translation>
    </message>
    <message>
        <source>This line is invalid. It does not start with any known Prisma schema keyword.</source>
        <translation>Diese Zeile ist ungültig. Sie beginnt mit keinem bekannten Schlüsselwort des Prisma-Schemas.</translation>
    </message>
</context>
<context>
    <name>strata::schema::AddEnumCommand</name>
    <message>
        <source>Add enum %1</source>
        <translation>Enum %1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>strata::schema::AddEnumValueCommand</name>
    <message>
        <source>Add value %2 to enum %1</source>
        <translation>Wert %2 zu Enum %1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>strata::schema::AddFieldCommand</name>
    <message>
        <source>Add field %1.%2</source>
        <translation>Feld %1.%2 hinzufügen</translation>
    </message>
</context>
<context>
    <name>strata::schema::AddModelCommand</name>
    <message>
        <source>Add view %1</source>
        <translation>View %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add model %1</source>
        <translation>Modell %1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>strata::schema::AddRelationCommand</name>
    <message>
        <source>Add relation from %1 to %2</source>
        <translation>Beziehung von %1 zu %2 hinzufügen</translation>
    </message>
</context>
<context>
    <name>strata::schema::ChangeEnumCommand</name>
    <message>
        <source>Change enum %1</source>
        <translation>Enum %1 ändern</translation>
    </message>
</context>
<context>
    <name>strata::schema::ChangeFieldCommand</name>
    <message>
        <source>Change field %1.%2</source>
        <translation>Feld %1.%2 ändern</translation>
    </message>
</context>
<context>
    <name>strata::schema::ChangeModelCommand</name>
    <message>
        <source>Change model %1</source>
        <translation>Modell %1 ändern</translation>
    </message>
</context>
<context>
    <name>strata::schema::EditCommand</name>
    <message>
        <source>Add index on %1(%2)</source>
        <translation>Index auf %1(%2) hinzufügen</translation>
    </message>
    <message>
        <source>Add unique constraint on %1(%2)</source>
        <translation>Unique-Constraint auf %1(%2) hinzufügen</translation>
    </message>
    <message>
        <source>Add primary key on %1(%2)</source>
        <translation>Primärschlüssel auf %1(%2) hinzufügen</translation>
    </message>
    <message>
        <source>Add full-text index on %1(%2)</source>
        <translation>Volltextindex auf %1(%2) hinzufügen</translation>
    </message>
    <message>
        <source>Remove index on %1(%2)</source>
        <translation>Index auf %1(%2) entfernen</translation>
    </message>
    <message>
        <source>Remove unique constraint on %1(%2)</source>
        <translation>Unique-Constraint auf %1(%2) entfernen</translation>
    </message>
    <message>
        <source>Remove primary key on %1(%2)</source>
        <translation>Primärschlüssel auf %1(%2) entfernen</translation>
    </message>
    <message>
        <source>Remove full-text index on %1(%2)</source>
        <translation>Volltextindex auf %1(%2) entfernen</translation>
    </message>
    <message>
        <source>Change index on %1(%2)</source>
        <translation>Index auf %1(%2) ändern</translation>
    </message>
    <message>
        <source>Change unique constraint on %1(%2)</source>
        <translation>Unique-Constraint auf %1(%2) ändern</translation>
    </message>
    <message>
        <source>Change primary key on %1(%2)</source>
        <translation>Primärschlüssel auf %1(%2) ändern</translation>
    </message>
    <message>
        <source>Change full-text index on %1(%2)</source>
        <translation>Volltextindex auf %1(%2) ändern</translation>
    </message>
</context>
<context>
    <name>strata::schema::RemoveEnumCommand</name>
    <message>
        <source>Remove enum %1</source>
        <translation>Enum %1 entfernen</translation>
    </message>
</context>
<context>
    <name>strata::schema::RemoveEnumValueCommand</name>
    <message>
        <source>Remove value %2 from enum %1</source>
        <translation>Wert %2 aus Enum %1 entfernen</translation>
    </message>
</context>
<context>
    <name>strata::schema::RemoveFieldCommand</name>
    <message>
        <source>Remove field %1.%2</source>
        <translation>Feld %1.%2 entfernen</translation>
    </message>
</context>
<context>
    <name>strata::schema::RemoveModelCommand</name>
    <message>
        <source>Remove model %1</source>
        <translation>Modell %1 entfernen</translation>
    </message>
</context>
<context>
    <name>strata::schema::RemoveRelationCommand</name>
    <message>
        <source>Remove relation between %1 and %2</source>
        <translation>Beziehung zwischen %1 und %2 entfernen</translation>
    </message>
    <message>
        <source>Remove relation</source>
        <translation>Beziehung entfernen</translation>
    </message>
</context>
<context>
    <name>strata::schema::RenameEnumCommand</name>
    <message>
        <source>Rename enum %1 to %2</source>
        <translation>Enum %1 in %2 umbenennen</translation>
    </message>
</context>
<context>
    <name>strata::schema::RenameEnumValueCommand</name>
    <message>
        <source>Rename value %1.%2 to %3</source>
        <translation>Wert %1.%2 in %3 umbenennen</translation>
    </message>
</context>
<context>
    <name>strata::schema::RenameFieldCommand</name>
    <message>
        <source>Rename field %1.%2 to %3</source>
        <translation>Feld %1.%2 in %3 umbenennen</translation>
    </message>
</context>
<context>
    <name>strata::schema::RenameModelCommand</name>
    <message>
        <source>Rename model %1 to %2</source>
        <translation>Modell %1 in %2 umbenennen</translation>
    </message>
</context>
<context>
    <name>strata::schema::validation</name>
    <message>
        <source>The env function expects a singular, unnamed, string argument.</source>
        <translation>Die Funktion env erwartet ein einzelnes, unbenanntes Zeichenkettenargument.</translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; is already defined in %2 &quot;%3&quot;.</source>
        <translation>Der Schlüssel „%1“ ist in %2 „%3“ bereits definiert.</translation>
    </message>
    <message>
        <source>Argument &quot;provider&quot; is missing in data source block &quot;%1&quot;.</source>
        <translation>Das Argument „provider“ fehlt im Datenquellenblock „%1“.</translation>
    </message>
    <message>
        <source>A datasource must not use the env() function in the provider argument.</source>
        <translation>Eine Datenquelle darf im Argument provider nicht die Funktion env() verwenden.</translation>
    </message>
    <message>
        <source>Error validating datasource `%1`: The provider argument in a datasource must be a string literal</source>
        <translation>Fehler beim Validieren der Datenquelle `%1`: Das Argument provider einer Datenquelle muss ein Zeichenkettenliteral sein</translation>
    </message>
    <message>
        <source>Error validating datasource `%1`: The provider argument in a datasource must not be empty</source>
        <translation>Fehler beim Validieren der Datenquelle `%1`: Das Argument provider einer Datenquelle darf nicht leer sein</translation>
    </message>
    <message>
        <source>Datasource provider not known: &quot;%1&quot;.</source>
        <translation>Unbekannter Datenquellen-Provider: „%1“.</translation>
    </message>
    <message>
        <source>The `referentialIntegrity` attribute is deprecated. Please use `relationMode` instead. Learn more at https://pris.ly/d/relation-mode</source>
        <translation>Das Attribut `referentialIntegrity` ist veraltet. Bitte verwenden Sie stattdessen `relationMode`. Mehr dazu unter https://pris.ly/d/relation-mode</translation>
    </message>
    <message>
        <source>The `referentialIntegrity` and `relationMode` attributes cannot be used together. Please use only `relationMode` instead.</source>
        <translation>Die Attribute `referentialIntegrity` und `relationMode` können nicht zusammen verwendet werden. Bitte verwenden Sie nur `relationMode`.</translation>
    </message>
    <message>
        <source>Error validating datasource `relationMode`: Invalid relation mode setting: &quot;%1&quot;. Supported values: &quot;prisma&quot;, &quot;foreignKeys&quot;</source>
        <translation>Fehler beim Validieren der Datenquelle `relationMode`: Ungültige Einstellung für den Relation-Mode: „%1“. Unterstützte Werte: &quot;prisma&quot;, &quot;foreignKeys&quot;</translation>
    </message>
    <message>
        <source>Error validating datasource `relationMode`: Invalid relation mode setting: &quot;%1&quot;. Supported values: %2</source>
        <translation>Fehler beim Validieren der Datenquelle `relationMode`: Ungültige Einstellung für den Relation-Mode: „%1“. Unterstützte Werte: %2</translation>
    </message>
    <message>
        <source>Error validating: The argument must have a name</source>
        <translation>Fehler beim Validieren: Das Argument muss einen Namen haben</translation>
    </message>
    <message>
        <source>Error validating: The argument `%1` can only be defined once</source>
        <translation>Fehler beim Validieren: Das Argument `%1` darf nur einmal definiert werden</translation>
    </message>
    <message>
        <source>Error validating: The `%1` argument must be a string literal</source>
        <translation>Fehler beim Validieren: Das Argument `%1` muss ein Zeichenkettenliteral sein</translation>
    </message>
    <message>
        <source>Argument not known: &quot;%1&quot;.</source>
        <translation>Unbekanntes Argument: „%1“.</translation>
    </message>
    <message>
        <source>Preview features are only supported in the generator block. Please move this field to the generator block.</source>
        <translation>Preview-Features werden nur im generator-Block unterstützt. Bitte verschieben Sie dieses Feld in den generator-Block.</translation>
    </message>
    <message>
        <source>The `schemas` property is not supported on the current connector.</source>
        <translation>Die Eigenschaft `schemas` wird vom aktuellen Connector nicht unterstützt.</translation>
    </message>
    <message>
        <source>If provided, the schemas array can not be empty.</source>
        <translation>Wenn angegeben, darf das Array schemas nicht leer sein.</translation>
    </message>
    <message>
        <source>Duplicated schema names are not allowed</source>
        <translation>Doppelte Schemanamen sind nicht erlaubt</translation>
    </message>
    <message>
        <source>Property not known: &quot;%1&quot;.</source>
        <translation>Unbekannte Eigenschaft: „%1“.</translation>
    </message>
    <message>
        <source>On `provider = &quot;postgresql&quot;`, preview feature &quot;%1&quot; has been renamed to &quot;fullTextSearchPostgres&quot;. Learn more at https://pris.ly/d/fts-postgres.</source>
        <translation>Mit `provider = &quot;postgresql&quot;` wurde das Preview-Feature „%1“ in „fullTextSearchPostgres“ umbenannt. Mehr dazu unter https://pris.ly/d/fts-postgres.</translation>
    </message>
    <message>
        <source>Preview feature &quot;%1&quot; is deprecated. The functionality can be used without specifying it as a preview feature.</source>
        <translation>Das Preview-Feature „%1“ ist veraltet. Die Funktionalität kann verwendet werden, ohne sie als Preview-Feature anzugeben.</translation>
    </message>
    <message>
        <source>Preview feature &quot;%1&quot; is no longer known to Prisma 7, which rejects it; Strata accepts it, as Prisma 6 did. Remove it from previewFeatures.</source>
        <translation>Das Preview-Feature „%1“ ist Prisma 7 nicht mehr bekannt und wird dort abgelehnt; Strata akzeptiert es wie Prisma 6. Entfernen Sie es aus previewFeatures.</translation>
    </message>
    <message>
        <source>The preview feature &quot;%1&quot; is not known. Expected one of: %2</source>
        <translation>Das Preview-Feature „%1“ ist unbekannt. Erwartet wird eines von: %2</translation>
    </message>
    <message>
        <source>Argument &quot;provider&quot; is missing in generator block &quot;%1&quot;.</source>
        <translation>Das Argument „provider“ fehlt im Generatorblock „%1“.</translation>
    </message>
    <message>
        <source>Error validating datasource `%1`: You defined more than one datasource. This is not allowed yet because support for multiple databases has not been implemented yet.</source>
        <translation>Fehler beim Validieren der Datenquelle `%1`: Sie haben mehr als eine Datenquelle definiert. Das ist noch nicht erlaubt, weil die Unterstützung mehrerer Datenbanken noch nicht implementiert ist.</translation>
    </message>
    <message>
        <source>The `extensions` property is only available with the `postgresqlExtensions` preview feature.</source>
        <translation>Die Eigenschaft `extensions` ist nur mit dem Preview-Feature `postgresqlExtensions` verfügbar.</translation>
    </message>
    <message>
        <source>Error validating: The name of an extension must not be empty.</source>
        <translation>Fehler beim Validieren: Der Name einer Extension darf nicht leer sein.</translation>
    </message>
    <message>
        <source>Error validating: The name of an extension must not start with a number.</source>
        <translation>Fehler beim Validieren: Der Name einer Extension darf nicht mit einer Ziffer beginnen.</translation>
    </message>
    <message>
        <source>Error validating: The character `-` is not allowed in extension names.</source>
        <translation>Fehler beim Validieren: Das Zeichen `-` ist in Extension-Namen nicht erlaubt.</translation>
    </message>
    <message>
        <source>Error validating: You defined the enum `%1`. But the current connector does not support enums.</source>
        <translation>Fehler beim Validieren: Sie haben das Enum `%1` definiert, aber der aktuelle Connector unterstützt keine Enums.</translation>
    </message>
    <message>
        <source>@@schema is not supported on the current datasource provider</source>
        <translation>@@schema wird vom aktuellen Datenquellen-Provider nicht unterstützt</translation>
    </message>
    <message>
        <source>This schema is not defined in the datasource. Read more on `@@schema` at https://pris.ly/d/multi-schema</source>
        <translation>Dieses Schema ist in der Datenquelle nicht definiert. Mehr zu `@@schema` unter https://pris.ly/d/multi-schema</translation>
    </message>
    <message>
        <source>Error validating %1 &quot;%2&quot;: This %1 is missing an `@@schema` attribute.</source>
        <translation>Fehler beim Validieren von %1 „%2“: Diesem %1 fehlt ein `@@schema`-Attribut.</translation>
    </message>
    <message>
        <source>This enum is missing an `@@schema` attribute.</source>
        <translation>Diesem Enum fehlt ein `@@schema`-Attribut.</translation>
    </message>
    <message>
        <source>Error validating %1 &quot;%2&quot;: %3</source>
        <translation>Fehler beim Validieren von %1 „%2“: %3</translation>
    </message>
    <message>
        <source>Error parsing attribute &quot;%1&quot;: %2</source>
        <translation>Fehler beim Parsen des Attributs „%1“: %2</translation>
    </message>
    <message>
        <source>Error validating: %1</source>
        <translation>Fehler beim Validieren: %1</translation>
    </message>
    <message>
        <source>Expected a %1 value, but received %2 value `%3`.</source>
        <translation>Erwartet wurde ein Wert vom Typ %1, erhalten wurde aber ein Wert vom Typ %2: `%3`.</translation>
    </message>
    <message>
        <source>Unexpected token. Expected one of: %1</source>
        <translation>Unerwartetes Token. Erwartet wird eines von: %1</translation>
    </message>
    <message>
        <source>Field declarations don&apos;t require a `:`.</source>
        <translation>Felddeklarationen brauchen keinen `:`.</translation>
    </message>
    <message>
        <source>Fields are required by default, `!` is no longer required.</source>
        <translation>Felder sind standardmäßig Pflichtfelder, `!` wird nicht mehr benötigt.</translation>
    </message>
    <message>
        <source>To specify a list, please use `Type[]` instead of `[Type]`.</source>
        <translation>Um eine Liste anzugeben, verwenden Sie bitte `Type[]` statt `[Type]`.</translation>
    </message>
    <message>
        <source>Optional lists are not supported. Use either `Type[]` or `Type?`.</source>
        <translation>Optionale Listen werden nicht unterstützt. Verwenden Sie entweder `Type[]` oder `Type?`.</translation>
    </message>
    <message>
        <source>Error validating: The name of a %1 must not be empty.</source>
        <translation>Fehler beim Validieren: Der Name von %1 darf nicht leer sein.</translation>
    </message>
    <message>
        <source>Error validating: The name of a %1 must not start with a number.</source>
        <translation>Fehler beim Validieren: Der Name von %1 darf nicht mit einer Ziffer beginnen.</translation>
    </message>
    <message>
        <source>Error validating: The character `-` is not allowed in %1 names.</source>
        <translation>Fehler beim Validieren: Das Zeichen `-` ist in Namen von %1 nicht erlaubt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a reserved scalar type name and cannot be used.</source>
        <translation>„%1“ ist ein reservierter Name eines skalaren Typs und kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>Error validating enum `%1`: The enum name `%1` is invalid. It is a reserved name. Please change it. Read more at https://www.prisma.io/docs/reference/tools-and-interfaces/prisma-schema/data-model#naming-enums</source>
        <translation>Fehler beim Validieren des Enums `%1`: Der Enum-Name `%1` ist ungültig. Er ist reserviert. Bitte ändern Sie ihn. Mehr dazu unter https://www.prisma.io/docs/reference/tools-and-interfaces/prisma-schema/data-model#naming-enums</translation>
    </message>
    <message>
        <source>Value &quot;%1&quot; is already defined on enum &quot;%2&quot;.</source>
        <translation>Der Wert „%1“ ist im Enum „%2“ bereits definiert.</translation>
    </message>
    <message>
        <source>Error validating: An enum must have at least one value.</source>
        <translation>Fehler beim Validieren: Ein Enum muss mindestens einen Wert haben.</translation>
    </message>
    <message>
        <source>Error validating model &quot;%1&quot;: The %2 name `%1` is invalid. It is a reserved name. Please change it. Read more at https://pris.ly/d/naming-models</source>
        <translation>Fehler beim Validieren des Modells „%1“: Der Name `%1` für %2 ist ungültig. Er ist reserviert. Bitte ändern Sie ihn. Mehr dazu unter https://pris.ly/d/naming-models</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; is already defined on %2 &quot;%3&quot;.</source>
        <translation>Das Feld „%1“ ist in %2 „%3“ bereits definiert.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; is already defined on composite type &quot;%2&quot;.</source>
        <translation>Das Feld „%1“ ist im Composite Type „%2“ bereits definiert.</translation>
    </message>
    <message>
        <source>Error validating %1 &quot;%2&quot;: This field declaration is invalid. It is either missing a name or a type.</source>
        <translation>Fehler beim Validieren von %1 „%2“: Diese Felddeklaration ist ungültig. Ihr fehlt entweder ein Name oder ein Typ.</translation>
    </message>
    <message>
        <source>Type &quot;%1&quot; is neither a built-in type, nor refers to another model, composite type, or enum. Did you mean &quot;%2&quot;?</source>
        <translation>Der Typ „%1“ ist weder ein eingebauter Typ, noch verweist er auf ein anderes Modell, einen Composite Type oder ein Enum. Meinten Sie „%2“?</translation>
    </message>
    <message>
        <source>Type &quot;%1&quot; is neither a built-in type, nor refers to another model, composite type, or enum.</source>
        <translation>Der Typ „%1“ ist weder ein eingebauter Typ, noch verweist er auf ein anderes Modell, einen Composite Type oder ein Enum.</translation>
    </message>
    <message>
        <source>Error validating composite type &quot;%1&quot;: %2 refers to a model, making this a relation field. Relation fields inside composite types are not supported.</source>
        <translation>Fehler beim Validieren des Composite Type „%1“: %2 verweist auf ein Modell und ist damit ein Beziehungsfeld. Beziehungsfelder in Composite Types werden nicht unterstützt.</translation>
    </message>
    <message>
        <source>global for indexes and unique constraints</source>
        <translation>global für Indizes und Unique-Constraints</translation>
    </message>
    <message>
        <source>global for foreign keys</source>
        <translation>global für Fremdschlüssel</translation>
    </message>
    <message>
        <source>global for primary key, indexes and unique constraints</source>
        <translation>global für Primärschlüssel, Indizes und Unique-Constraints</translation>
    </message>
    <message>
        <source>global for primary keys, foreign keys and default constraints</source>
        <translation>global für Primärschlüssel, Fremdschlüssel und Default-Constraints</translation>
    </message>
    <message>
        <source>on model `%1` for indexes and unique constraints</source>
        <translation>im Modell `%1` für Indizes und Unique-Constraints</translation>
    </message>
    <message>
        <source>on model `%1` for primary key, indexes and unique constraints</source>
        <translation>im Modell `%1` für Primärschlüssel, Indizes und Unique-Constraints</translation>
    </message>
    <message>
        <source>on model `%1` for primary key, indexes, unique constraints and foreign keys</source>
        <translation>im Modell `%1` für Primärschlüssel, Indizes, Unique-Constraints und Fremdschlüssel</translation>
    </message>
    <message>
        <source>The model with database name &quot;%1&quot; could not be defined because another model or view with this name exists: &quot;%2&quot;</source>
        <translation>Das Modell mit dem Datenbanknamen „%1“ konnte nicht definiert werden, weil bereits ein anderes Modell oder eine View mit diesem Namen existiert: „%2“</translation>
    </message>
    <message>
        <source>An enum with the same database name is already defined.</source>
        <translation>Ein Enum mit demselben Datenbanknamen ist bereits definiert.</translation>
    </message>
    <message>
        <source>Error parsing attribute &quot;@relation&quot;: %1</source>
        <translation>Fehler beim Parsen des Attributs „@relation“: %1</translation>
    </message>
</context>
<context>
    <name>strata::schema::validation::ArgumentChecker</name>
    <message>
        <source>The `%1` argument is missing a value.</source>
        <translation>Dem Argument `%1` fehlt ein Wert.</translation>
    </message>
    <message>
        <source>Trailing commas are not valid in attribute arguments, please remove the comma.</source>
        <translation>Nachgestellte Kommas sind in Attributargumenten nicht erlaubt, bitte entfernen Sie das Komma.</translation>
    </message>
    <message>
        <source>Argument &quot;%1&quot; is already specified.</source>
        <translation>Das Argument „%1“ ist bereits angegeben.</translation>
    </message>
    <message>
        <source>You provided multiple unnamed arguments. This is not possible. Did you forget the brackets? Did you mean `[%1]`?</source>
        <translation>Sie haben mehrere unbenannte Argumente angegeben. Das ist nicht möglich. Haben Sie die eckigen Klammern vergessen? Meinten Sie `[%1]`?</translation>
    </message>
    <message>
        <source>Argument &quot;%1&quot; is already specified as unnamed argument.</source>
        <translation>Das Argument „%1“ ist bereits als unbenanntes Argument angegeben.</translation>
    </message>
    <message>
        <source>Argument &quot;%1&quot; is missing.</source>
        <translation>Das Argument „%1“ fehlt.</translation>
    </message>
    <message>
        <source>No such argument.</source>
        <translation>Kein solches Argument.</translation>
    </message>
</context>
<context>
    <name>strata::schema::validation::AttributeSet</name>
    <message>
        <source>Attribute &quot;@%1&quot; can only be defined once.</source>
        <translation>Das Attribut „@%1“ darf nur einmal definiert werden.</translation>
    </message>
    <message>
        <source>Attribute not known: &quot;@%1&quot;.</source>
        <translation>Unbekanntes Attribut: „@%1“.</translation>
    </message>
</context>
<context>
    <name>strata::schema::validation::AttributeVisitor</name>
    <message>
        <source>Fields on an already ignored Model do not need an `@ignore` annotation.</source>
        <translation>Felder eines bereits ignorierten Modells brauchen keine `@ignore`-Annotation.</translation>
    </message>
    <message>
        <source>Fields of type `Unsupported` cannot take an `@ignore` attribute. They are already treated as ignored by the client due to their type.</source>
        <translation>Felder vom Typ `Unsupported` können kein `@ignore`-Attribut haben. Sie werden wegen ihres Typs vom Client bereits als ignoriert behandelt.</translation>
    </message>
    <message>
        <source>Fields that are marked with @updatedAt must be of type DateTime.</source>
        <translation>Felder, die mit @updatedAt markiert sind, müssen vom Typ DateTime sein.</translation>
    </message>
    <message>
        <source>Fields that are marked with @updatedAt cannot be lists.</source>
        <translation>Felder, die mit @updatedAt markiert sind, können keine Listen sein.</translation>
    </message>
    <message>
        <source>The `map` argument cannot be an empty string.</source>
        <translation>Das Argument `map` darf keine leere Zeichenkette sein.</translation>
    </message>
    <message>
        <source>Cannot set a default value on a relation field.</source>
        <translation>Für ein Beziehungsfeld kann kein Standardwert gesetzt werden.</translation>
    </message>
    <message>
        <source>The attribute `@map` cannot be used on relation fields.</source>
        <translation>Das Attribut `@map` kann nicht für Beziehungsfelder verwendet werden.</translation>
    </message>
    <message>
        <source>Error validating: Defining `@%1` attribute for a field in a composite type is not allowed.</source>
        <translation>Fehler beim Validieren: Das Attribut `@%1` darf für ein Feld in einem Composite Type nicht definiert werden.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; is already defined on composite type &quot;%2&quot;.</source>
        <translation>Das Feld „%1“ ist im Composite Type „%2“ bereits definiert.</translation>
    </message>
    <message>
        <source>The `map` argument is not allowed on a composite type field.</source>
        <translation>Das Argument `map` ist für ein Feld eines Composite Type nicht erlaubt.</translation>
    </message>
    <message>
        <source>A composite type cannot define an id.</source>
        <translation>Ein Composite Type kann keine ID definieren.</translation>
    </message>
    <message>
        <source>An index should be defined in the model containing the embed.</source>
        <translation>Ein Index sollte in dem Modell definiert werden, das die Einbettung enthält.</translation>
    </message>
    <message>
        <source>A unique constraint should be defined in the model containing the embed.</source>
        <translation>Ein Unique-Constraint sollte in dem Modell definiert werden, das die Einbettung enthält.</translation>
    </message>
    <message>
        <source>A fulltext index should be defined in the model containing the embed.</source>
        <translation>Ein Volltextindex sollte in dem Modell definiert werden, das die Einbettung enthält.</translation>
    </message>
    <message>
        <source>The name of a composite type is not persisted in the database, therefore it does not need a mapped database name.</source>
        <translation>Der Name eines Composite Type wird nicht in der Datenbank gespeichert und braucht daher keinen zugeordneten Datenbanknamen.</translation>
    </message>
    <message>
        <source>A composite type cannot have block-level attributes.</source>
        <translation>Ein Composite Type kann keine Attribute auf Blockebene haben.</translation>
    </message>
    <message>
        <source>Error validating: %1</source>
        <translation>Fehler beim Validieren: %1</translation>
    </message>
    <message>
        <source>Error validating field `%1` in composite type `%2`: Defaults on fields of type composite are not supported. Please remove the `@default` attribute.</source>
        <translation>Fehler beim Validieren des Felds `%1` im Composite Type `%2`: Standardwerte für Felder vom Typ composite werden nicht unterstützt. Bitte entfernen Sie das Attribut `@default`.</translation>
    </message>
</context>
<context>
    <name>strata::schema::validation::ConstraintNames</name>
    <message>
        <source>Error validating model &quot;%1&quot;: The constraint name &apos;%2&apos; specified in the `map` argument for the `%3%4` constraint is too long for your chosen provider. The maximum allowed length is %5 bytes.</source>
        <translation>Fehler beim Validieren des Modells „%1“: Der im Argument `map` angegebene Constraint-Name &apos;%2&apos; für den Constraint `%3%4` ist für den gewählten Provider zu lang. Die zulässige Höchstlänge beträgt %5 Bytes.</translation>
    </message>
    <message>
        <source>The given constraint name `%1` has to be unique in the following namespace: %2. Please provide a different name using the `map` argument.</source>
        <translation>Der angegebene Constraint-Name `%1` muss im folgenden Namensraum eindeutig sein: %2. Bitte geben Sie mit dem Argument `map` einen anderen Namen an.</translation>
    </message>
    <message>
        <source>The given custom name `%1` has to be unique on the model. Please provide a different name for the `name` argument.</source>
        <translation>Der angegebene eigene Name `%1` muss im Modell eindeutig sein. Bitte geben Sie für das Argument `name` einen anderen Namen an.</translation>
    </message>
    <message>
        <source>Error validating %1 &quot;%2&quot;: The custom name `%3` specified for the `@@%4` attribute is already used as a name for a field. Please choose a different name.</source>
        <translation>Fehler beim Validieren von %1 „%2“: Der für das Attribut `@@%4` angegebene eigene Name `%3` wird bereits als Name eines Felds verwendet. Bitte wählen Sie einen anderen Namen.</translation>
    </message>
</context>
<context>
    <name>strata::schema::validation::DefaultChecker</name>
    <message>
        <source>Only @default(dbgenerated(&quot;...&quot;)) can be used for Unsupported types.</source>
        <translation>Für Unsupported-Typen kann nur @default(dbgenerated(&quot;...&quot;)) verwendet werden.</translation>
    </message>
    <message>
        <source>Fields of composite types cannot have `dbgenerated()` as default.</source>
        <translation>Felder von Composite Types können `dbgenerated()` nicht als Standardwert haben.</translation>
    </message>
    <message>
        <source>Composite field of type `Unsupported` cannot have default values.</source>
        <translation>Ein Composite-Feld vom Typ `Unsupported` kann keine Standardwerte haben.</translation>
    </message>
    <message>
        <source>Naming an autoincrement default value is not allowed.</source>
        <translation>Einen autoincrement-Standardwert zu benennen ist nicht erlaubt.</translation>
    </message>
    <message>
        <source>The function `%1()` is not supported on composite fields.</source>
        <translation>Die Funktion `%1()` wird für Composite-Felder nicht unterstützt.</translation>
    </message>
    <message>
        <source>`auto()` takes no arguments</source>
        <translation>`auto()` nimmt keine Argumente</translation>
    </message>
    <message>
        <source>Unknown function in @default(): `%1` is not known. You can read about the available functions here: https://pris.ly/d/attribute-functions</source>
        <translation>Unbekannte Funktion in @default(): `%1` ist nicht bekannt. Die verfügbaren Funktionen finden Sie hier: https://pris.ly/d/attribute-functions</translation>
    </message>
    <message>
        <source>The function `%1()` cannot be used on fields of type `%2`.</source>
        <translation>Die Funktion `%1()` kann nicht für Felder vom Typ `%2` verwendet werden.</translation>
    </message>
    <message>
        <source>The default value of a list field must be a list.</source>
        <translation>Der Standardwert eines Listenfelds muss eine Liste sein.</translation>
    </message>
    <message>
        <source>The default value of a non-list field cannot be a list.</source>
        <translation>Der Standardwert eines Felds, das keine Liste ist, kann keine Liste sein.</translation>
    </message>
    <message>
        <source>A boolean literal must be `true` or `false`.</source>
        <translation>Ein boolesches Literal muss `true` oder `false` sein.</translation>
    </message>
    <message>
        <source>Expected a %1 value, but found `%2`.</source>
        <translation>Erwartet wurde ein Wert vom Typ %1, gefunden wurde aber `%2`.</translation>
    </message>
    <message>
        <source>Expected an enum value, but found `%1`.</source>
        <translation>Erwartet wurde ein Enum-Wert, gefunden wurde aber `%1`.</translation>
    </message>
    <message>
        <source>The defined default value `%1` is not a valid value of the enum specified for the field.</source>
        <translation>Der definierte Standardwert `%1` ist kein gültiger Wert des Enums, das für das Feld angegeben ist.</translation>
    </message>
    <message>
        <source>The `%1` function does not take any argument. Consider changing this default to `%1()`.</source>
        <translation>Die Funktion `%1` nimmt keine Argumente. Ändern Sie diesen Standardwert ggf. in `%1()`.</translation>
    </message>
    <message>
        <source>`dbgenerated()` takes a single String argument</source>
        <translation>`dbgenerated()` nimmt ein einzelnes String-Argument</translation>
    </message>
    <message>
        <source>dbgenerated() takes either no argument, or a single nonempty string argument.</source>
        <translation>dbgenerated() nimmt entweder kein Argument oder ein einzelnes, nicht leeres Zeichenkettenargument.</translation>
    </message>
    <message>
        <source>`%1()` takes a single Int argument.</source>
        <translation>`%1()` nimmt ein einzelnes Int-Argument.</translation>
    </message>
    <message>
        <source>`%1()` takes either no argument, or a single integer argument which is either %2.</source>
        <translation>`%1()` nimmt entweder kein Argument oder ein einzelnes ganzzahliges Argument, das %2 ist.</translation>
    </message>
    <message>
        <source>`nanoid()` takes a single Int argument.</source>
        <translation>`nanoid()` nimmt ein einzelnes Int-Argument.</translation>
    </message>
    <message>
        <source>`nanoid()` takes either no argument, or a single integer argument between 2 and 255.</source>
        <translation>`nanoid()` nimmt entweder kein Argument oder ein einzelnes ganzzahliges Argument zwischen 2 und 255.</translation>
    </message>
</context>
<context>
    <name>strata::schema::validation::ModelResolver</name>
    <message>
        <source>Invalid operator class: %1</source>
        <translation>Ungültige Operatorklasse: %1</translation>
    </message>
    <message>
        <source>Wrong number of arguments. Expected: 1, got: %1</source>
        <translation>Falsche Anzahl von Argumenten. Erwartet: 1, erhalten: %1</translation>
    </message>
    <message>
        <source>Invalid parameter type: expected string</source>
        <translation>Ungültiger Parametertyp: Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>%1 in type %2</source>
        <translation>%1 im Typ %2</translation>
    </message>
    <message>
        <source>The unique index definition refers to the field %1 multiple times.</source>
        <translation>Die Definition des Unique-Index verweist mehrfach auf das Feld %1.</translation>
    </message>
    <message>
        <source>The multi field id declaration refers to the unknown %1.</source>
        <translation>Die ID-Deklaration über mehrere Felder verweist auf das unbekannte %1.</translation>
    </message>
    <message>
        <source>The id definition refers to the relation %1. ID definitions must reference only scalar fields.</source>
        <translation>Die ID-Definition verweist auf die Beziehung %1. ID-Definitionen dürfen nur auf skalare Felder verweisen.</translation>
    </message>
    <message>
        <source>The %1index definition refers to the unknown fields: %2.</source>
        <translation>Die %1Index-Definition verweist auf unbekannte Felder: %2.</translation>
    </message>
    <message>
        <source> Did you mean `@@%1([%2])`?</source>
        <translation> Meinten Sie `@@%1([%2])`?</translation>
    </message>
    <message>
        <source>The %1index definition refers to the relation fields %2. Index definitions must reference only scalar fields.%3</source>
        <translation>Die %1Index-Definition verweist auf die Beziehungsfelder %2. Index-Definitionen dürfen nur auf skalare Felder verweisen.%3</translation>
    </message>
    <message>
        <source>The `sort` argument can only be `Asc` or `Desc` you provided: %1.</source>
        <translation>Das Argument `sort` kann nur `Asc` oder `Desc` sein, angegeben wurde: %1.</translation>
    </message>
    <message>
        <source>The `name` argument cannot be an empty string.</source>
        <translation>Das Argument `name` darf keine leere Zeichenkette sein.</translation>
    </message>
    <message>
        <source>The `name` property within the `%1` attribute only allows for the following characters: `_a-zA-Z0-9`.</source>
        <translation>Die Eigenschaft `name` im Attribut `%1` erlaubt nur die folgenden Zeichen: `_a-zA-Z0-9`.</translation>
    </message>
    <message>
        <source>The `map` argument cannot be an empty string.</source>
        <translation>Das Argument `map` darf keine leere Zeichenkette sein.</translation>
    </message>
    <message>
        <source>Invalid field type, not a relation.</source>
        <translation>Ungültiger Feldtyp, keine Beziehung.</translation>
    </message>
    <message>
        <source>At most one field must be marked as the id field with the `@id` attribute.</source>
        <translation>Höchstens ein Feld darf mit dem Attribut `@id` als ID-Feld markiert werden.</translation>
    </message>
    <message>
        <source>The field `%1` is a relation field and cannot be marked with `@id`. Only scalar fields can be declared as id.</source>
        <translation>Das Feld `%1` ist ein Beziehungsfeld und kann nicht mit `@id` markiert werden. Nur skalare Felder können als ID deklariert werden.</translation>
    </message>
    <message>
        <source> Did you mean to put it on `%1`?</source>
        <translation> Wollten Sie es auf `%1` setzen?</translation>
    </message>
    <message>
        <source> Did you mean to provide `@@unique([%1])`?</source>
        <translation> Wollten Sie `@@unique([%1])` angeben?</translation>
    </message>
    <message>
        <source>The field `%1` is a relation field and cannot be marked with `unique`. Only scalar fields can be made unique.%2</source>
        <translation>Das Feld `%1` ist ein Beziehungsfeld und kann nicht mit `unique` markiert werden. Nur skalare Felder können eindeutig gemacht werden.%2</translation>
    </message>
    <message>
        <source>The id definition refers to the optional %1. ID definitions must reference only required fields.</source>
        <translation>Die ID-Definition verweist auf das optionale %1. ID-Definitionen dürfen nur auf Pflichtfelder verweisen.</translation>
    </message>
    <message>
        <source>Each model must have at most one id criteria. You can&apos;t have `@id` and `@@id` at the same time.</source>
        <translation>Jedes Modell darf höchstens ein ID-Kriterium haben. `@id` und `@@id` können nicht gleichzeitig verwendet werden.</translation>
    </message>
    <message>
        <source>The `@@index` attribute accepts the `name` argument as an alias for the `map` argument for legacy reasons. It does not accept both though. Please use the `map` argument to specify the database name of the index.</source>
        <translation>Das Attribut `@@index` akzeptiert aus historischen Gründen das Argument `name` als Alias für das Argument `map`, aber nicht beide zugleich. Bitte geben Sie den Datenbanknamen des Index mit dem Argument `map` an.</translation>
    </message>
    <message>
        <source>Unknown index type: %1.</source>
        <translation>Unbekannter Indextyp: %1.</translation>
    </message>
    <message>
        <source>Fields that are marked as id must be required.</source>
        <translation>Als ID markierte Felder müssen Pflichtfelder sein.</translation>
    </message>
</context>
<context>
    <name>strata::schema::validation::NativeTypeCheck</name>
    <message>
        <source>The prefix %1 is invalid. It must be equal to the name of an existing datasource e.g. %2. Did you mean to use %2.%3?</source>
        <translation>Das Präfix %1 ist ungültig. Es muss dem Namen einer vorhandenen Datenquelle entsprechen, z. B. %2. Wollten Sie %2.%3 verwenden?</translation>
    </message>
    <message>
        <source>Native type %1 is not supported for %2 connector.</source>
        <translation>Der native Typ %1 wird vom Connector %2 nicht unterstützt.</translation>
    </message>
    <message>
        <source>Function &quot;%1&quot; takes %2 arguments, but received %3.</source>
        <translation>Die Funktion „%1“ nimmt %2 Argumente, erhalten wurden aber %3.</translation>
    </message>
    <message>
        <source>Native type %1 takes %2 optional arguments, but received %3.</source>
        <translation>Der native Typ %1 nimmt %2 optionale Argumente, erhalten wurden aber %3.</translation>
    </message>
    <message>
        <source>Native type %1 is not compatible with declared field type %2, expected field type %3.</source>
        <translation>Der native Typ %1 ist nicht mit dem deklarierten Feldtyp %2 kompatibel, erwartet wird der Feldtyp %3.</translation>
    </message>
    <message>
        <source>a nonnegative integer</source>
        <translation>eine nichtnegative ganze Zahl</translation>
    </message>
    <message>
        <source>two nonnegative integers</source>
        <translation>zwei nichtnegative ganze Zahlen</translation>
    </message>
    <message>
        <source>an integer or `Max`</source>
        <translation>eine ganze Zahl oder `Max`</translation>
    </message>
    <message>
        <source>Expected %1, but found (%2).</source>
        <translation>Erwartet wurde %1, gefunden wurde aber (%2).</translation>
    </message>
    <message>
        <source>Argument M is out of range for native type `%1` of %2: %3</source>
        <translation>Das Argument M liegt für den nativen Typ `%1` von %2 außerhalb des gültigen Bereichs: %3</translation>
    </message>
    <message>
        <source>The scale must not be larger than the precision for the %1 native type in %2.</source>
        <translation>Die Skalierung darf für den nativen Typ %1 in %2 nicht größer als die Genauigkeit sein.</translation>
    </message>
    <message>
        <source>Precision must be positive with a maximum value of 1000.</source>
        <translation>Die Genauigkeit muss positiv sein, höchstens 1000.</translation>
    </message>
    <message>
        <source>M must be a positive integer.</source>
        <translation>M muss eine positive ganze Zahl sein.</translation>
    </message>
    <message>
        <source>M can range from 0 to 6.</source>
        <translation>M kann zwischen 0 und 6 liegen.</translation>
    </message>
    <message>
        <source>Precision can range from 1 to 65.</source>
        <translation>Die Genauigkeit kann zwischen 1 und 65 liegen.</translation>
    </message>
    <message>
        <source>Scale can range from 0 to 30.</source>
        <translation>Die Skalierung kann zwischen 0 und 30 liegen.</translation>
    </message>
    <message>
        <source>M can range from 1 to 64.</source>
        <translation>M kann zwischen 1 und 64 liegen.</translation>
    </message>
    <message>
        <source>M can range from 0 to 255.</source>
        <translation>M kann zwischen 0 und 255 liegen.</translation>
    </message>
    <message>
        <source>M can range from 0 to 65,535.</source>
        <translation>M kann zwischen 0 und 65.535 liegen.</translation>
    </message>
    <message>
        <source>only Bit(1) can be used as Boolean.</source>
        <translation>nur Bit(1) kann als Boolean verwendet werden.</translation>
    </message>
    <message>
        <source>Precision can range from 1 to 38.</source>
        <translation>Die Genauigkeit kann zwischen 1 und 38 liegen.</translation>
    </message>
    <message>
        <source>Scale can range from 0 to 38.</source>
        <translation>Die Skalierung kann zwischen 0 und 38 liegen.</translation>
    </message>
    <message>
        <source>Bits can range from 1 to 53.</source>
        <translation>Bits können zwischen 1 und 53 liegen.</translation>
    </message>
    <message>
        <source>Length can range from 1 to 4000. For larger sizes, use the `Max` variant.</source>
        <translation>Die Länge kann zwischen 1 und 4000 liegen. Verwenden Sie für größere Längen die Variante `Max`.</translation>
    </message>
    <message>
        <source>Length can range from 1 to 8000. For larger sizes, use the `Max` variant.</source>
        <translation>Die Länge kann zwischen 1 und 8000 liegen. Verwenden Sie für größere Längen die Variante `Max`.</translation>
    </message>
    <message>
        <source>Length can range from 1 to 4000.</source>
        <translation>Die Länge kann zwischen 1 und 4000 liegen.</translation>
    </message>
    <message>
        <source>Length can range from 1 to 8000.</source>
        <translation>Die Länge kann zwischen 1 und 8000 liegen.</translation>
    </message>
</context>
<context>
    <name>strata::schema::validation::Pipeline</name>
    <message>
        <source>Unexpected argument in `sequence()` function call</source>
        <translation>Unerwartetes Argument im Aufruf der Funktion `sequence()`</translation>
    </message>
    <message>
        <source>Unknown function in @default(): `%1` is not known. You can read about the available functions here: https://pris.ly/d/attribute-functions</source>
        <translation>Unbekannte Funktion in @default(): `%1` ist nicht bekannt. Die verfügbaren Funktionen finden Sie hier: https://pris.ly/d/attribute-functions</translation>
    </message>
    <message>
        <source>You defined a database name for the default value of a field on the model. This is not supported by the provider.</source>
        <translation>Sie haben einen Datenbanknamen für den Standardwert eines Felds im Modell definiert. Das wird vom Provider nicht unterstützt.</translation>
    </message>
    <message>
        <source>The current connector does not support the `auto()` function.</source>
        <translation>Der aktuelle Connector unterstützt die Funktion `auto()` nicht.</translation>
    </message>
    <message>
        <source>Parse error: &quot;%1&quot; is not a valid JSON string. (%2)</source>
        <translation>Parse-Fehler: „%1“ ist keine gültige JSON-Zeichenkette. (%2)</translation>
    </message>
    <message>
        <source>Parse error: &quot;%1&quot; is not a valid base64 string. (Could not convert from `base64 encoded bytes` to `PrismaValue::Bytes`)</source>
        <translation>Parse-Fehler: „%1“ ist keine gültige Base64-Zeichenkette. (Could not convert from `base64 encoded bytes` to `PrismaValue::Bytes`)</translation>
    </message>
    <message>
        <source>Parse error: &quot;%1&quot; is not a valid rfc3339 datetime string. (%2)</source>
        <translation>Parse-Fehler: „%1“ ist keine gültige RFC-3339-Datums-/Zeitangabe. (%2)</translation>
    </message>
    <message>
        <source>Parse error: &quot;%1&quot; is not a valid integer. (%2)</source>
        <translation>Parse-Fehler: „%1“ ist keine gültige ganze Zahl. (%2)</translation>
    </message>
    <message>
        <source>Parse error: &quot;%1&quot; is not a valid decimal. (%2)</source>
        <translation>Parse-Fehler: „%1“ ist keine gültige Dezimalzahl. (%2)</translation>
    </message>
    <message>
        <source>Error validating: The type `Unsupported(&quot;%1&quot;)` you specified in the type definition for the field `%2` is supported as a native type by Prisma. Please use the native type notation `%3 @%4.%5` for full support.</source>
        <translation>Fehler beim Validieren: Der Typ `Unsupported(&quot;%1&quot;)`, den Sie in der Typdefinition des Felds `%2` angegeben haben, wird von Prisma als nativer Typ unterstützt. Bitte verwenden Sie für volle Unterstützung die Schreibweise `%3 @%4.%5`.</translation>
    </message>
    <message>
        <source>The `autoincrement()` default function is defined only on BigInt fields on CockroachDB. Use sequence() if you want an autoincrementing Int field.</source>
        <translation>Die Standardfunktion `autoincrement()` ist auf CockroachDB nur für BigInt-Felder definiert. Verwenden Sie sequence(), wenn Sie ein automatisch hochzählendes Int-Feld möchten.</translation>
    </message>
    <message>
        <source>The `autoincrement()` default value is used with a datasource that does not support it.</source>
        <translation>Der Standardwert `autoincrement()` wird mit einer Datenquelle verwendet, die ihn nicht unterstützt.</translation>
    </message>
    <message>
        <source>The `autoincrement()` default value is used multiple times on this model even though the underlying datasource only supports one instance per table.</source>
        <translation>Der Standardwert `autoincrement()` wird in diesem Modell mehrfach verwendet, obwohl die zugrunde liegende Datenquelle nur eine Verwendung pro Tabelle unterstützt.</translation>
    </message>
    <message>
        <source>The `autoincrement()` default value is used on a non-id field even though the datasource does not support this.</source>
        <translation>Der Standardwert `autoincrement()` wird für ein Feld verwendet, das keine ID ist, obwohl die Datenquelle das nicht unterstützt.</translation>
    </message>
    <message>
        <source>The `autoincrement()` default value is used on a non-indexed field even though the datasource does not support this.</source>
        <translation>Der Standardwert `autoincrement()` wird für ein nicht indiziertes Feld verwendet, obwohl die Datenquelle das nicht unterstützt.</translation>
    </message>
    <message>
        <source>Defining shard keys requires enabling the `shardKeys` preview feature</source>
        <translation>Shard-Keys zu definieren erfordert das Preview-Feature `shardKeys`</translation>
    </message>
    <message>
        <source>Shard keys are not currently supported for provider %1</source>
        <translation>Shard-Keys werden für den Provider %1 derzeit nicht unterstützt</translation>
    </message>
    <message>
        <source>Composite types are not supported on %1.</source>
        <translation>Composite Types werden auf %1 nicht unterstützt.</translation>
    </message>
    <message>
        <source>View definitions are only available with the `views` preview feature.</source>
        <translation>View-Definitionen sind nur mit dem Preview-Feature `views` verfügbar.</translation>
    </message>
    <message>
        <source>Views cannot have indexes.</source>
        <translation>Views können keine Indizes haben.</translation>
    </message>
    <message>
        <source>Error validating field `%1` in %2 `%3`: %4</source>
        <translation>Fehler beim Validieren des Felds `%1` in %2 `%3`: %4</translation>
    </message>
    <message>
        <source>Invalid model: MongoDB models require exactly one identity field annotated with @id</source>
        <translation>Ungültiges Modell: MongoDB-Modelle brauchen genau ein mit @id annotiertes Identitätsfeld</translation>
    </message>
    <message>
        <source>MongoDB model IDs must have an @map(&quot;_id&quot;) annotation.</source>
        <translation>IDs von MongoDB-Modellen müssen eine Annotation @map(&quot;_id&quot;) haben.</translation>
    </message>
    <message>
        <source>MongoDB model IDs must have an @map(&quot;_id&quot;) annotation, found @map(&quot;%1&quot;).</source>
        <translation>IDs von MongoDB-Modellen müssen eine Annotation @map(&quot;_id&quot;) haben, gefunden wurde @map(&quot;%1&quot;).</translation>
    </message>
    <message>
        <source>MongoDB `@default(auto())` fields must have `ObjectId` native type.</source>
        <translation>MongoDB-Felder mit `@default(auto())` müssen den nativen Typ `ObjectId` haben.</translation>
    </message>
    <message>
        <source>MongoDB `@default(auto())` fields must have the `@id` attribute.</source>
        <translation>MongoDB-Felder mit `@default(auto())` müssen das Attribut `@id` haben.</translation>
    </message>
    <message>
        <source>The `dbgenerated()` function is not allowed with MongoDB. Please use `auto()` instead.</source>
        <translation>Die Funktion `dbgenerated()` ist mit MongoDB nicht erlaubt. Bitte verwenden Sie stattdessen `auto()`.</translation>
    </message>
    <message>
        <source>The field name cannot start with a `$` character</source>
        <translation>Der Feldname darf nicht mit einem `$` beginnen</translation>
    </message>
    <message>
        <source>The field name cannot contain a `.` character</source>
        <translation>Der Feldname darf kein `.` enthalten</translation>
    </message>
    <message>
        <source>Index already exists in the model.</source>
        <translation>Der Index existiert im Modell bereits.</translation>
    </message>
    <message>
        <source>The same field cannot be an id and unique on MongoDB.</source>
        <translation>Dasselbe Feld kann auf MongoDB nicht zugleich ID und unique sein.</translation>
    </message>
    <message>
        <source>Field %1 and %2 must have the same native type for MongoDB to join those collections correctly. Consider updating those fields to either use &apos;@%3.%4&apos; or &apos;@%3.%5&apos;.</source>
        <translation>Die Felder %1 und %2 müssen denselben nativen Typ haben, damit MongoDB diese Collections korrekt verbinden kann. Ändern Sie die Felder so, dass beide entweder &apos;@%3.%4&apos; oder &apos;@%3.%5&apos; verwenden.</translation>
    </message>
    <message>
        <source>Field %1 and %2 must have the same native type for MongoDB to join those collections correctly. Consider either removing %2&apos;s native type attribute or adding &apos;@%3.%4&apos; to %1.</source>
        <translation>Die Felder %1 und %2 müssen denselben nativen Typ haben, damit MongoDB diese Collections korrekt verbinden kann. Entfernen Sie entweder das Attribut für den nativen Typ von %2, oder fügen Sie &apos;@%3.%4&apos; zu %1 hinzu.</translation>
    </message>
    <message>
        <source>Field %1 and %2 must have the same native type for MongoDB to join those collections correctly. Consider either removing %1&apos;s native type attribute or adding &apos;@%3.%4&apos; to %2.</source>
        <translation>Die Felder %1 und %2 müssen denselben nativen Typ haben, damit MongoDB diese Collections korrekt verbinden kann. Entfernen Sie entweder das Attribut für den nativen Typ von %1, oder fügen Sie &apos;@%3.%4&apos; zu %2 hinzu.</translation>
    </message>
    <message>
        <source> Beware that this will become an error in the future.</source>
        <translation> Beachten Sie, dass dies künftig ein Fehler sein wird.</translation>
    </message>
    <message>
        <source>Warning validating field `%1` in model `%2`: %3</source>
        <translation>Warnung beim Validieren des Felds `%1` im Modell `%2`: %3</translation>
    </message>
    <message>
        <source>Each model must have at least one unique criteria that has only required fields. Either mark a single field with `@id`, `@unique` or add a multi field criterion with `@@id([])` or `@@unique([])` to the model.</source>
        <translation>Jedes Modell muss mindestens ein Unique-Kriterium haben, das nur Pflichtfelder enthält. Markieren Sie entweder ein einzelnes Feld mit `@id` oder `@unique`, oder fügen Sie dem Modell ein Kriterium über mehrere Felder mit `@@id([])` oder `@@unique([])` hinzu.</translation>
    </message>
    <message>
        <source> The following unique criterias were not considered as they contain fields that are not required:</source>
        <translation> Die folgenden Unique-Kriterien wurden nicht berücksichtigt, weil sie Felder enthalten, die keine Pflichtfelder sind:</translation>
    </message>
    <message>
        <source>Views cannot have primary keys. Prisma 7 rejects this; Strata accepts it, as earlier Prisma versions did. Use `@unique` instead.</source>
        <translation>Views können keine Primärschlüssel haben. Prisma 7 lehnt das ab; Strata akzeptiert es wie frühere Prisma-Versionen. Verwenden Sie stattdessen `@unique`.</translation>
    </message>
    <message>
        <source>The list of fields in an `%1()` attribute cannot be empty. Please specify at least one field.</source>
        <translation>Die Feldliste in einem Attribut `%1()` darf nicht leer sein. Bitte geben Sie mindestens ein Feld an.</translation>
    </message>
    <message>
        <source>The field `%1` clashes with the `@@id` attribute&apos;s name. Please resolve the conflict by providing a custom id name: `@@id([...], name: &quot;custom_name&quot;)`</source>
        <translation>Das Feld `%1` kollidiert mit dem Namen des Attributs `@@id`. Bitte lösen Sie den Konflikt, indem Sie einen eigenen ID-Namen angeben: `@@id([...], name: &quot;custom_name&quot;)`</translation>
    </message>
    <message>
        <source>You defined a database name for the primary key on the model. This is not supported by the provider.</source>
        <translation>Sie haben einen Datenbanknamen für den Primärschlüssel des Modells definiert. Das wird vom Provider nicht unterstützt.</translation>
    </message>
    <message>
        <source>The current connector does not support compound ids.</source>
        <translation>Der aktuelle Connector unterstützt keine zusammengesetzten IDs.</translation>
    </message>
    <message>
        <source>The length argument is not supported in the primary key with the current connector</source>
        <translation>Das Argument length wird im Primärschlüssel mit dem aktuellen Connector nicht unterstützt</translation>
    </message>
    <message>
        <source>The sort argument is not supported in the primary key with the current connector</source>
        <translation>Das Argument sort wird im Primärschlüssel mit dem aktuellen Connector nicht unterstützt</translation>
    </message>
    <message>
        <source>Defining clustering is not supported in the current connector.</source>
        <translation>Clustering wird vom aktuellen Connector nicht unterstützt.</translation>
    </message>
    <message>
        <source>A model can only hold one clustered index or id.</source>
        <translation>Ein Modell kann nur einen geclusterten Index oder eine geclusterte ID haben.</translation>
    </message>
    <message>
        <source>Field `%1` in %2 `%3` can&apos;t be of type Json. The current connector does not support the Json type.</source>
        <translation>Das Feld `%1` in %2 `%3` kann nicht vom Typ Json sein. Der aktuelle Connector unterstützt den Typ Json nicht.</translation>
    </message>
    <message>
        <source>Field `%1` in %2 `%3` can&apos;t be of type Json[]. The current connector does not support the Json List type.</source>
        <translation>Das Feld `%1` in %2 `%3` kann nicht vom Typ Json[] sein. Der aktuelle Connector unterstützt keine Json-Listen.</translation>
    </message>
    <message>
        <source>Field `%1` in %2 `%3` can&apos;t be of type Decimal. The current connector does not support the Decimal type.</source>
        <translation>Das Feld `%1` in %2 `%3` kann nicht vom Typ Decimal sein. Der aktuelle Connector unterstützt den Typ Decimal nicht.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; in %2 &quot;%3&quot; can&apos;t be a list. The current connector does not support lists of primitive types.</source>
        <translation>Das Feld „%1“ in %2 „%3“ kann keine Liste sein. Der aktuelle Connector unterstützt keine Listen primitiver Typen.</translation>
    </message>
    <message>
        <source>Ambiguous self relation detected. The fields %1 in model `%2` both refer to `%3`. If they are part of the same relation add the same relation name for them with `@relation(&lt;name&gt;)`.</source>
        <translation>Mehrdeutige Selbstbeziehung erkannt. Die Felder %1 im Modell `%2` verweisen beide auf `%3`. Wenn sie zur selben Beziehung gehören, geben Sie ihnen denselben Beziehungsnamen mit `@relation(&lt;name&gt;)`.</translation>
    </message>
    <message>
        <source>Unnamed self relation detected. The fields %1 in model `%2` have no relation name. Please provide a relation name for one of them by adding `@relation(&lt;name&gt;).</source>
        <translation>Unbenannte Selbstbeziehung erkannt. Die Felder %1 im Modell `%2` haben keinen Beziehungsnamen. Bitte geben Sie einem von ihnen mit `@relation(&lt;name&gt;) einen Beziehungsnamen.</translation>
    </message>
    <message>
        <source>Wrongly named self relation detected. The fields %1 in model `%2` have the same relation name. At most two relation fields can belong to the same relation and therefore have the same name. Please assign a different relation name to one of them.</source>
        <translation>Falsch benannte Selbstbeziehung erkannt. Die Felder %1 im Modell `%2` haben denselben Beziehungsnamen. Höchstens zwei Beziehungsfelder können zur selben Beziehung gehören und daher denselben Namen haben. Bitte geben Sie einem von ihnen einen anderen Beziehungsnamen.</translation>
    </message>
    <message>
        <source>Ambiguous relation detected. The fields %1 in model `%2` both refer to `%3`. Please provide different relation names for them by adding `@relation(&lt;name&gt;).</source>
        <translation>Mehrdeutige Beziehung erkannt. Die Felder %1 im Modell `%2` verweisen beide auf `%3`. Bitte geben Sie ihnen mit `@relation(&lt;name&gt;) verschiedene Beziehungsnamen.</translation>
    </message>
    <message>
        <source>Wrongly named relation detected. The fields %1 in model `%2` both use the same relation name. Please provide different relation names for them through `@relation(&lt;name&gt;).</source>
        <translation>Falsch benannte Beziehung erkannt. Die Felder %1 im Modell `%2` verwenden beide denselben Beziehungsnamen. Bitte geben Sie ihnen mit `@relation(&lt;name&gt;) verschiedene Beziehungsnamen.</translation>
    </message>
    <message>
        <source>The relation field `%1` on Model `%2` must specify the `@ignore` attribute, because the model %3 it is pointing to is marked ignored.</source>
        <translation>Das Beziehungsfeld `%1` im Modell `%2` muss das Attribut `@ignore` angeben, weil das Modell %3, auf das es verweist, als ignoriert markiert ist.</translation>
    </message>
    <message>
        <source>Invalid referential action: `%1`. Allowed values: (%2)</source>
        <translation>Ungültige referenzielle Aktion: `%1`. Erlaubte Werte: (%2)</translation>
    </message>
    <message>
        <source>. `NoAction` is not implemented for %1 when using `relationMode = &quot;prisma&quot;`, you could try using `Restrict` instead. Learn more at https://pris.ly/d/relation-mode</source>
        <translation>. `NoAction` ist für %1 mit `relationMode = &quot;prisma&quot;` nicht implementiert, versuchen Sie stattdessen `Restrict`. Mehr dazu unter https://pris.ly/d/relation-mode</translation>
    </message>
    <message>
        <source>Your provider does not support named foreign keys.</source>
        <translation>Ihr Provider unterstützt keine benannten Fremdschlüssel.</translation>
    </message>
    <message>
        <source>With `relationMode = &quot;prisma&quot;`, no foreign keys are used, so relation fields will not benefit from the index usually created by the relational database under the hood. This can lead to poor performance when querying these fields. We recommend adding an index manually. Learn more at https://pris.ly/d/relation-mode-prisma-indexes&quot;</source>
        <translation>Mit `relationMode = &quot;prisma&quot;` werden keine Fremdschlüssel verwendet, daher profitieren Beziehungsfelder nicht von dem Index, den die relationale Datenbank normalerweise im Hintergrund anlegt. Das kann Abfragen auf diese Felder verlangsamen. Wir empfehlen, manuell einen Index anzulegen. Mehr dazu unter https://pris.ly/d/relation-mode-prisma-indexes&quot;</translation>
    </message>
    <message>
        <source>MySQL does not actually support the `SetDefault` referential action, so using it may result in unexpected errors. Read more at https://pris.ly/d/mysql-set-default</source>
        <translation>MySQL unterstützt die referenzielle Aktion `SetDefault` nicht wirklich, daher kann ihre Verwendung zu unerwarteten Fehlern führen. Mehr dazu unter https://pris.ly/d/mysql-set-default</translation>
    </message>
    <message>
        <source>The length argument is only allowed with field types `String` or `Bytes`.</source>
        <translation>Das Argument length ist nur für Felder vom Typ `String` oder `Bytes` erlaubt.</translation>
    </message>
    <message>
        <source>Native type `%1` of MySQL cannot be used on a field that is `@id` or `@@id`.</source>
        <translation>Der native Typ `%1` von MySQL kann nicht für ein Feld verwendet werden, das `@id` oder `@@id` ist.</translation>
    </message>
    <message>
        <source>Native type `%1` cannot be unique in MySQL.</source>
        <translation>Der native Typ `%1` kann in MySQL nicht unique sein.</translation>
    </message>
    <message>
        <source>You cannot define an index on fields with native type `%1` of MySQL.</source>
        <translation>Sie können keinen Index auf Feldern mit dem nativen Typ `%1` von MySQL definieren.</translation>
    </message>
    <message>
        <source> Please use the `length` argument to the field in the index definition to allow this.</source>
        <translation> Bitte verwenden Sie das Argument `length` für das Feld in der Indexdefinition, um das zu ermöglichen.</translation>
    </message>
    <message>
        <source>The list of fields in an index cannot be empty. Please specify at least one field.</source>
        <translation>Die Feldliste eines Index darf nicht leer sein. Bitte geben Sie mindestens ein Feld an.</translation>
    </message>
    <message>
        <source>The field `%1` clashes with the `%2` name. Please resolve the conflict by providing a custom id name: `%2([...], name: &quot;custom_name&quot;)`</source>
        <translation>Das Feld `%1` kollidiert mit dem Namen von `%2`. Bitte lösen Sie den Konflikt, indem Sie einen eigenen ID-Namen angeben: `%2([...], name: &quot;custom_name&quot;)`</translation>
    </message>
    <message>
        <source>The length argument is not supported in an index definition with the current connector</source>
        <translation>Das Argument length wird in einer Indexdefinition mit dem aktuellen Connector nicht unterstützt</translation>
    </message>
    <message>
        <source>The given index type is not supported with the current connector</source>
        <translation>Der angegebene Indextyp wird mit dem aktuellen Connector nicht unterstützt</translation>
    </message>
    <message>
        <source>Hash type does not support sort option.</source>
        <translation>Der Typ Hash unterstützt keine Sortieroption.</translation>
    </message>
    <message>
        <source>Defining fulltext indexes is not supported with the current connector.</source>
        <translation>Volltextindizes werden vom aktuellen Connector nicht unterstützt.</translation>
    </message>
    <message>
        <source>The length argument is not supported in a @@fulltext attribute.</source>
        <translation>Das Argument length wird in einem @@fulltext-Attribut nicht unterstützt.</translation>
    </message>
    <message>
        <source>The sort argument is not supported in a @@fulltext attribute in the current connector.</source>
        <translation>Das Argument sort wird in einem @@fulltext-Attribut mit dem aktuellen Connector nicht unterstützt.</translation>
    </message>
    <message>
        <source>All index fields must be listed adjacently in the fields argument.</source>
        <translation>Alle Indexfelder müssen im Argument fields direkt nacheinander aufgeführt werden.</translation>
    </message>
    <message>
        <source>The current connector only allows one fulltext attribute per model</source>
        <translation>Der aktuelle Connector erlaubt nur ein fulltext-Attribut pro Modell</translation>
    </message>
    <message>
        <source>A model can only hold one clustered index or key.</source>
        <translation>Ein Modell kann nur einen geclusterten Index oder Schlüssel haben.</translation>
    </message>
    <message>
        <source>A model can only hold one clustered index.</source>
        <translation>Ein Modell kann nur einen geclusterten Index haben.</translation>
    </message>
    <message>
        <source>Operator classes can only be defined to fields in an @@index attribute.</source>
        <translation>Operatorklassen können nur für Felder in einem @@index-Attribut definiert werden.</translation>
    </message>
    <message>
        <source>Native type `%1` of SQL Server cannot be used on a field that is `@id` or `@@id`.</source>
        <translation>Der native Typ `%1` von SQL Server kann nicht für ein Feld verwendet werden, das `@id` oder `@@id` ist.</translation>
    </message>
    <message>
        <source>Native type `%1` cannot be unique in SQL Server.</source>
        <translation>Der native Typ `%1` kann in SQL Server nicht unique sein.</translation>
    </message>
    <message>
        <source>You cannot define an index on fields with native type `%1` of SQL Server.</source>
        <translation>Sie können keinen Index auf Feldern mit dem nativen Typ `%1` von SQL Server definieren.</translation>
    </message>
    <message>
        <source>Invalid model: Using Bytes type is not allowed in the model&apos;s id.</source>
        <translation>Ungültiges Modell: Der Typ Bytes ist in der ID des Modells nicht erlaubt.</translation>
    </message>
    <message>
        <source>Native type `Xml` cannot be unique in Postgres.</source>
        <translation>Der native Typ `Xml` kann in Postgres nicht unique sein.</translation>
    </message>
    <message>
        <source>You cannot define an index on fields with native type `Xml` of Postgres.</source>
        <translation>Sie können keinen Index auf Feldern mit dem nativen Typ `Xml` von Postgres definieren.</translation>
    </message>
    <message>
        <source>The given operator class `%1` is not supported with the `%2` index type.</source>
        <translation>Die angegebene Operatorklasse `%1` wird mit dem Indextyp `%2` nicht unterstützt.</translation>
    </message>
    <message>
        <source>The given operator class `%1` does not support native type `%2` of field `%3`.</source>
        <translation>Die angegebene Operatorklasse `%1` unterstützt den nativen Typ `%2` des Felds `%3` nicht.</translation>
    </message>
    <message>
        <source>The %1 index field type `%2` has no default operator class.</source>
        <translation>Der Feldtyp `%2` des %1-Index hat keine Standard-Operatorklasse.</translation>
    </message>
    <message>
        <source>The given operator class `%1` expects the field `%2` to define a valid native type.</source>
        <translation>Die angegebene Operatorklasse `%1` erwartet, dass das Feld `%2` einen gültigen nativen Typ definiert.</translation>
    </message>
    <message>
        <source>The %1 index type does not support the type of the field `%2`.</source>
        <translation>Der Indextyp %1 unterstützt den Typ des Felds `%2` nicht.</translation>
    </message>
    <message>
        <source>The given operator class `%1` points to the field `%2` that is not of %3 type.</source>
        <translation>Die angegebene Operatorklasse `%1` verweist auf das Feld `%2`, das nicht vom Typ %3 ist.</translation>
    </message>
    <message>
        <source>The given operator class `ArrayOps` expects the type of field `%1` to be an array.</source>
        <translation>Die angegebene Operatorklasse `ArrayOps` erwartet, dass das Feld `%1` ein Array ist.</translation>
    </message>
    <message>
        <source>SpGist does not support multi-column indices.</source>
        <translation>SpGist unterstützt keine Indizes über mehrere Spalten.</translation>
    </message>
    <message>
        <source>Custom operator classes are not supported with the current connector.</source>
        <translation>Eigene Operatorklassen werden mit dem aktuellen Connector nicht unterstützt.</translation>
    </message>
    <message>
        <source>The Gin index type does not support the type of the field `%1`.</source>
        <translation>Der Indextyp Gin unterstützt den Typ des Felds `%1` nicht.</translation>
    </message>
    <message>
        <source>A `Json` column is only allowed as the last column of an inverted index.</source>
        <translation>Eine `Json`-Spalte ist nur als letzte Spalte eines invertierten Index erlaubt.</translation>
    </message>
    <message>
        <source>A type must have at least one field defined.</source>
        <translation>Ein Typ muss mindestens ein Feld definieren.</translation>
    </message>
    <message>
        <source>Error validating field `%1` in composite type `%2`: %3</source>
        <translation>Fehler beim Prüfen des Feldes `%1` im zusammengesetzten Typ `%2`: %3</translation>
    </message>
    <message>
        <source>The type is the same as the parent and causes an endless cycle. Please change the field to be either optional or a list.</source>
        <translation>Der Typ ist derselbe wie der übergeordnete Typ und erzeugt einen endlosen Zyklus. Bitte machen Sie das Feld optional oder zu einer Liste.</translation>
    </message>
    <message>
        <source>The types cause an endless cycle in the path %1. Please change one of the fields to be either optional or a list to break the cycle.</source>
        <translation>Die Typen erzeugen einen endlosen Zyklus im Pfad %1. Bitte machen Sie eines der Felder optional oder zu einer Liste, um den Zyklus zu unterbrechen.</translation>
    </message>
</context>
<context>
    <name>strata::schema::validation::RelationReader</name>
    <message>
        <source>Error validating model &quot;%1&quot;: The unique index definition refers to the field %2 multiple times.</source>
        <translation>Fehler beim Validieren des Modells „%1“: Die Definition des Unique-Index verweist mehrfach auf das Feld %2.</translation>
    </message>
    <message>
        <source>The argument fields must refer only to existing fields. The following fields do not exist in this model: %1</source>
        <translation>Das Argument fields darf nur auf vorhandene Felder verweisen. Die folgenden Felder existieren in diesem Modell nicht: %1</translation>
    </message>
    <message>
        <source>The argument fields must refer only to scalar fields. But it is referencing the following relation fields: %1</source>
        <translation>Das Argument fields darf nur auf skalare Felder verweisen. Es verweist aber auf die folgenden Beziehungsfelder: %1</translation>
    </message>
    <message>
        <source>The argument `references` must refer only to existing fields in the related model `%1`. The following fields do not exist in the related model: %2</source>
        <translation>Das Argument `references` darf nur auf vorhandene Felder im verbundenen Modell `%1` verweisen. Die folgenden Felder existieren im verbundenen Modell nicht: %2</translation>
    </message>
    <message>
        <source>The argument `references` must refer only to scalar fields in the related model `%1`. But it is referencing the following relation fields: %2</source>
        <translation>Das Argument `references` darf nur auf skalare Felder im verbundenen Modell `%1` verweisen. Es verweist aber auf die folgenden Beziehungsfelder: %2</translation>
    </message>
    <message>
        <source>A relation cannot have an empty name.</source>
        <translation>Eine Beziehung darf keinen leeren Namen haben.</translation>
    </message>
    <message>
        <source>Invalid referential action: `%1`</source>
        <translation>Ungültige referenzielle Aktion: `%1`</translation>
    </message>
    <message>
        <source>The `map` argument cannot be an empty string.</source>
        <translation>Das Argument `map` darf keine leere Zeichenkette sein.</translation>
    </message>
</context>
<context>
    <name>strata::schema::validation::Relations</name>
    <message>
        <source>Error validating field `%1` in %2 `%3`: The relation field `%1` on %2 `%3` is missing an opposite relation field on the model `%4`. Either run `prisma format` or add it manually.</source>
        <translation>Fehler beim Validieren des Felds `%1` in %2 `%3`: Dem Beziehungsfeld `%1` in %2 `%3` fehlt ein Gegenfeld im Modell `%4`. Führen Sie entweder `prisma format` aus, oder fügen Sie es manuell hinzu.</translation>
    </message>
    <message>
        <source>The argument `references` must refer to a unique criterion in the related model `%1` using the same order of fields. Please check the ordering in the following fields: `%2`.</source>
        <translation>Das Argument `references` muss auf ein Unique-Kriterium im verbundenen Modell `%1` mit derselben Feldreihenfolge verweisen. Bitte prüfen Sie die Reihenfolge der folgenden Felder: `%2`.</translation>
    </message>
    <message>
        <source>The argument `references` must refer to a unique criterion in the related model. Consider adding an `@unique` attribute to the field `%1` in the model `%2`.</source>
        <translation>Das Argument `references` muss auf ein Unique-Kriterium im verbundenen Modell verweisen. Fügen Sie ggf. ein Attribut `@unique` zum Feld `%1` im Modell `%2` hinzu.</translation>
    </message>
    <message>
        <source>The argument `references` must refer to a unique criterion in the related model. Consider adding an `@@unique([%1])` attribute to the model `%2`.</source>
        <translation>Das Argument `references` muss auf ein Unique-Kriterium im verbundenen Modell verweisen. Fügen Sie ggf. ein Attribut `@@unique([%1])` zum Modell `%2` hinzu.</translation>
    </message>
    <message>
        <source>The `%1` referential action of a relation should not be set to `SetNull` when a referenced field is required. We recommend either to choose another referential action, or to make the referenced fields optional. Read more at https://pris.ly/d/postgres-set-null</source>
        <translation>Die referenzielle Aktion `%1` einer Beziehung sollte nicht `SetNull` sein, wenn ein referenziertes Feld ein Pflichtfeld ist. Wir empfehlen, entweder eine andere referenzielle Aktion zu wählen oder die referenzierten Felder optional zu machen. Mehr dazu unter https://pris.ly/d/postgres-set-null</translation>
    </message>
    <message>
        <source>The `%1` referential action of a relation must not be set to `SetNull` when a referenced field is required.
Either choose another referential action, or make the referenced fields optional.</source>
        <translation>Die referenzielle Aktion `%1` einer Beziehung darf nicht `SetNull` sein, wenn ein referenziertes Feld ein Pflichtfeld ist.
Wählen Sie entweder eine andere referenzielle Aktion, oder machen Sie die referenzierten Felder optional.</translation>
    </message>
    <message>
        <source> (Implicit default `onDelete`: `%1`, and `onUpdate`: `%2`)</source>
        <translation> (Impliziter Standard `onDelete`: `%1` und `onUpdate`: `%2`)</translation>
    </message>
    <message>
        <source> (Implicit default `onDelete`: `%1`)</source>
        <translation> (Impliziter Standard `onDelete`: `%1`)</translation>
    </message>
    <message>
        <source> (Implicit default `onUpdate`: `%1`)</source>
        <translation> (Impliziter Standard `onUpdate`: `%1`)</translation>
    </message>
    <message>
        <source> Read more at https://pris.ly/d/cyclic-referential-actions</source>
        <translation> Mehr dazu unter https://pris.ly/d/cyclic-referential-actions</translation>
    </message>
    <message>
        <source>A self-relation must have `onDelete` and `onUpdate` referential actions set to `NoAction` in one of the @relation attributes.</source>
        <translation>Eine Selbstbeziehung muss in einem der @relation-Attribute die referenziellen Aktionen `onDelete` und `onUpdate` auf `NoAction` setzen.</translation>
    </message>
    <message>
        <source>Reference causes a cycle. One of the @relation attributes in this cycle must have `onDelete` and `onUpdate` referential actions set to `NoAction`. Cycle path: %1.</source>
        <translation>Der Verweis verursacht einen Zyklus. Eines der @relation-Attribute in diesem Zyklus muss die referenziellen Aktionen `onDelete` und `onUpdate` auf `NoAction` setzen. Zyklus: %1.</translation>
    </message>
    <message>
        <source>When any of the records in model %1 is updated or deleted, the referential actions on the relations cascade to model `%2` through multiple paths. Please break one of these paths by setting the `onUpdate` and `onDelete` to `NoAction`.</source>
        <translation>Wenn ein Datensatz im Modell %1 geändert oder gelöscht wird, wirken die referenziellen Aktionen der Beziehungen über mehrere Pfade auf das Modell `%2`. Bitte unterbrechen Sie einen dieser Pfade, indem Sie `onUpdate` und `onDelete` auf `NoAction` setzen.</translation>
    </message>
    <message>
        <source>When any of the records in models %1 are updated or deleted, the referential actions on the relations cascade to model `%2` through multiple paths. Please break one of these paths by setting the `onUpdate` and `onDelete` to `NoAction`.</source>
        <translation>Wenn ein Datensatz in den Modellen %1 geändert oder gelöscht wird, wirken die referenziellen Aktionen der Beziehungen über mehrere Pfade auf das Modell `%2`. Bitte unterbrechen Sie einen dieser Pfade, indem Sie `onUpdate` und `onDelete` auf `NoAction` setzen.</translation>
    </message>
    <message>
        <source>You must specify the same number of fields in `fields` and `references`.</source>
        <translation>Sie müssen in `fields` und `references` gleich viele Felder angeben.</translation>
    </message>
    <message>
        <source>The relation field `%1` uses the scalar fields %2. At least one of those fields is optional. Hence the relation field must be optional as well.</source>
        <translation>Das Beziehungsfeld `%1` verwendet die skalaren Felder %2. Mindestens eines davon ist optional. Daher muss auch das Beziehungsfeld optional sein.</translation>
    </message>
    <message>
        <source>The type of the field `%1` in the model `%2` is not matching the type of the referenced field `%3` in model `%4`.</source>
        <translation>Der Typ des Felds `%1` im Modell `%2` passt nicht zum Typ des referenzierten Felds `%3` im Modell `%4`.</translation>
    </message>
    <message>
        <source>The relation fields `%1` on Model `%2` and `%3` on Model `%4` do not provide the `fields` argument in the @relation attribute. You have to provide it on one of the two fields.</source>
        <translation>Die Beziehungsfelder `%1` im Modell `%2` und `%3` im Modell `%4` geben im @relation-Attribut kein Argument `fields` an. Sie müssen es bei einem der beiden Felder angeben.</translation>
    </message>
    <message>
        <source>The relation fields `%1` on Model `%2` and `%3` on Model `%4` do not provide the `references` argument in the @relation attribute. You have to provide it on one of the two fields.</source>
        <translation>Die Beziehungsfelder `%1` im Modell `%2` und `%3` im Modell `%4` geben im @relation-Attribut kein Argument `references` an. Sie müssen es bei einem der beiden Felder angeben.</translation>
    </message>
    <message>
        <source>The relation fields `%1` on Model `%2` and `%3` on Model `%4` both provide the `references` argument in the @relation attribute. You have to provide it only on one of the two fields.</source>
        <translation>Die Beziehungsfelder `%1` im Modell `%2` und `%3` im Modell `%4` geben beide im @relation-Attribut das Argument `references` an. Sie dürfen es nur bei einem der beiden Felder angeben.</translation>
    </message>
    <message>
        <source>The relation fields `%1` on Model `%2` and `%3` on Model `%4` both provide the `fields` argument in the @relation attribute. You have to provide it only on one of the two fields.</source>
        <translation>Die Beziehungsfelder `%1` im Modell `%2` und `%3` im Modell `%4` geben beide im @relation-Attribut das Argument `fields` an. Sie dürfen es nur bei einem der beiden Felder angeben.</translation>
    </message>
    <message>
        <source>The relation fields `%1` on Model `%2` and `%3` on Model `%4` both provide the `onDelete` or `onUpdate` argument in the @relation attribute. You have to provide it only on one of the two fields.</source>
        <translation>Die Beziehungsfelder `%1` im Modell `%2` und `%3` im Modell `%4` geben beide im @relation-Attribut das Argument `onDelete` oder `onUpdate` an. Sie dürfen es nur bei einem der beiden Felder angeben.</translation>
    </message>
    <message>
        <source>The relation field `%1` on Model `%2` must not specify the `onDelete` or `onUpdate` argument in the @relation attribute. You must only specify it on the opposite field `%3` on model `%4`.</source>
        <translation>Das Beziehungsfeld `%1` im Modell `%2` darf im @relation-Attribut kein Argument `onDelete` oder `onUpdate` angeben. Sie dürfen es nur beim Gegenfeld `%3` im Modell `%4` angeben.</translation>
    </message>
    <message>
        <source>A one-to-one relation must use unique fields on the defining side. Either add an `@unique` attribute to the field `%1`, or change the relation to one-to-many.</source>
        <translation>Eine 1:1-Beziehung muss auf der definierenden Seite eindeutige Felder verwenden. Fügen Sie entweder dem Feld `%1` ein Attribut `@unique` hinzu, oder ändern Sie die Beziehung in 1:n.</translation>
    </message>
    <message>
        <source>A one-to-one relation must use unique fields on the defining side. Either add an `@@unique([%1])` attribute to the model, or change the relation to one-to-many.</source>
        <translation>Eine 1:1-Beziehung muss auf der definierenden Seite eindeutige Felder verwenden. Fügen Sie entweder dem Modell ein Attribut `@@unique([%1])` hinzu, oder ändern Sie die Beziehung in 1:n.</translation>
    </message>
    <message>
        <source>The relation field `%1` on Model `%2` provides the `fields` argument in the @relation attribute. And the related field `%3` on Model `%4` provides the `references` argument. You must provide both arguments on the same side.</source>
        <translation>Das Beziehungsfeld `%1` im Modell `%2` gibt im @relation-Attribut das Argument `fields` an, und das verbundene Feld `%3` im Modell `%4` gibt das Argument `references` an. Sie müssen beide Argumente auf derselben Seite angeben.</translation>
    </message>
    <message>
        <source>The relation field `%1` on Model `%2` provides the `references` argument in the @relation attribute. And the related field `%3` on Model `%4` provides the `fields` argument. You must provide both arguments on the same side.</source>
        <translation>Das Beziehungsfeld `%1` im Modell `%2` gibt im @relation-Attribut das Argument `references` an, und das verbundene Feld `%3` im Modell `%4` gibt das Argument `fields` an. Sie müssen beide Argumente auf derselben Seite angeben.</translation>
    </message>
    <message>
        <source>The relation field `%1` on Model `%2` is required. This is not valid because it&apos;s not possible to enforce this constraint on the database level. Please change the field type from `%3` to `%3?` to fix this.</source>
        <translation>Das Beziehungsfeld `%1` im Modell `%2` ist ein Pflichtfeld. Das ist ungültig, weil diese Bedingung auf Datenbankebene nicht durchgesetzt werden kann. Bitte ändern Sie den Feldtyp von `%3` in `%3?`, um das zu beheben.</translation>
    </message>
    <message>
        <source>The relation field `%1.%2` defines the `fields` and/or `references` argument. You must set them on the required side of the relation (`%3.%4`) in order for the constraints to be enforced. Alternatively, you can change this field to be required and the opposite optional, or make both sides of the relation optional.</source>
        <translation>Das Beziehungsfeld `%1.%2` definiert das Argument `fields` und/oder `references`. Sie müssen sie auf der Pflichtseite der Beziehung (`%3.%4`) angeben, damit die Bedingungen durchgesetzt werden. Alternativ können Sie dieses Feld zum Pflichtfeld und das Gegenfeld optional machen oder beide Seiten der Beziehung optional machen.</translation>
    </message>
    <message>
        <source>The relation field `%1` on Model `%2` must specify the `fields` argument in the @relation attribute. You can run `prisma format` to fix this automatically.</source>
        <translation>Das Beziehungsfeld `%1` im Modell `%2` muss im @relation-Attribut das Argument `fields` angeben. Mit `prisma format` können Sie das automatisch beheben.</translation>
    </message>
    <message>
        <source>The relation field `%1` on Model `%2` must specify the `references` argument in the @relation attribute.</source>
        <translation>Das Beziehungsfeld `%1` im Modell `%2` muss im @relation-Attribut das Argument `references` angeben.</translation>
    </message>
    <message>
        <source>The relation field `%1` on Model `%2` must not specify the `fields` or `references` argument in the @relation attribute. You must only specify it on the opposite field `%3` on model `%4`.</source>
        <translation>Das Beziehungsfeld `%1` im Modell `%2` darf im @relation-Attribut kein Argument `fields` oder `references` angeben. Sie dürfen es nur beim Gegenfeld `%3` im Modell `%4` angeben.</translation>
    </message>
    <message>
        <source>The relation field `%1` on Model `%2` must not specify the `onDelete` or `onUpdate` argument in the @relation attribute. You must only specify it on the opposite field `%3` on model `%4`, or in case of a many to many relation, in an explicit join table.</source>
        <translation>Das Beziehungsfeld `%1` im Modell `%2` darf im @relation-Attribut kein Argument `onDelete` oder `onUpdate` angeben. Sie dürfen es nur beim Gegenfeld `%3` im Modell `%4` angeben oder, bei einer m:n-Beziehung, in einer expliziten Verknüpfungstabelle.</translation>
    </message>
    <message>
        <source>Implicit many-to-many relations are not supported on %1. Please use the syntax defined in https://pris.ly/d/document-database-many-to-many</source>
        <translation>Implizite m:n-Beziehungen werden auf %1 nicht unterstützt. Bitte verwenden Sie die unter https://pris.ly/d/document-database-many-to-many beschriebene Syntax</translation>
    </message>
    <message>
        <source>Error validating field `%1` in %2 `%3`: The relation field `%1` on %2 `%3` references `%4` which does not have an `@id` field. Models without `@id` cannot be part of a many to many relation. Use an explicit intermediate Model to represent this relationship.</source>
        <translation>Fehler beim Validieren des Felds `%1` in %2 `%3`: Das Beziehungsfeld `%1` in %2 `%3` verweist auf `%4`, das kein `@id`-Feld hat. Modelle ohne `@id` können nicht Teil einer m:n-Beziehung sein. Verwenden Sie ein explizites Zwischenmodell, um diese Beziehung darzustellen.</translation>
    </message>
    <message>
        <source>Implicit many-to-many relations must always reference the id field of the related model. Change the argument `references` to use the id field of the related model `%1`. But it is referencing the following fields that are not the id: %2</source>
        <translation>Implizite m:n-Beziehungen müssen immer auf das ID-Feld des verbundenen Modells verweisen. Ändern Sie das Argument `references` so, dass es das ID-Feld des verbundenen Modells `%1` verwendet. Es verweist aber auf die folgenden Felder, die nicht die ID sind: %2</translation>
    </message>
    <message>
        <source>Referential actions on implicit many-to-many relations are not supported</source>
        <translation>Referenzielle Aktionen werden für implizite m:n-Beziehungen nicht unterstützt</translation>
    </message>
    <message>
        <source>Implicit many-to-many relation should not have references argument defined. Either remove it, or change the relation to one-to-many.</source>
        <translation>Eine implizite m:n-Beziehung sollte kein Argument references definieren. Entfernen Sie es entweder, oder ändern Sie die Beziehung in 1:n.</translation>
    </message>
    <message>
        <source>Embedded many-to-many relations are not supported on %1. Please use the syntax defined in https://pris.ly/d/relational-database-many-to-many</source>
        <translation>Eingebettete m:n-Beziehungen werden auf %1 nicht unterstützt. Bitte verwenden Sie die unter https://pris.ly/d/relational-database-many-to-many beschriebene Syntax</translation>
    </message>
    <message>
        <source>The `references` argument must be defined and must point to exactly one scalar field. https://pris.ly/d/many-to-many-relations</source>
        <translation>Das Argument `references` muss definiert sein und auf genau ein skalares Feld verweisen. https://pris.ly/d/many-to-many-relations</translation>
    </message>
    <message>
        <source>The `fields` argument must be defined and must point to exactly one scalar field. https://pris.ly/d/many-to-many-relations</source>
        <translation>Das Argument `fields` muss definiert sein und auf genau ein skalares Feld verweisen. https://pris.ly/d/many-to-many-relations</translation>
    </message>
    <message>
        <source>The `references` argument must point to a singular `id` field</source>
        <translation>Das Argument `references` muss auf ein einzelnes `id`-Feld verweisen</translation>
    </message>
    <message>
        <source>The scalar field defined in `fields` argument must be an array of the same type defined in `references`</source>
        <translation>Das in `fields` angegebene skalare Feld muss ein Array desselben Typs sein, der in `references` definiert ist</translation>
    </message>
    <message>
        <source>Referential actions on two-way embedded many-to-many relations are not supported</source>
        <translation>Referenzielle Aktionen werden für zweiseitig eingebettete m:n-Beziehungen nicht unterstützt</translation>
    </message>
</context>
<context>
    <name>strata::schema::validation::TopNames</name>
    <message>
        <source>The %1 &quot;%2&quot; cannot be defined because a %3 with that name already exists.</source>
        <translation>%1 „%2“ kann nicht definiert werden, weil bereits %3 mit diesem Namen existiert.</translation>
    </message>
</context>
<context>
    <name>strata::sql::Replay</name>
    <message>
        <source>the end of the statement</source>
        <translation>dem Ende der Anweisung</translation>
    </message>
    <message>
        <source>a string literal</source>
        <translation>einem Zeichenkettenliteral</translation>
    </message>
    <message>
        <source>a quoted identifier</source>
        <translation>einem Bezeichner in Anführungszeichen</translation>
    </message>
    <message>
        <source>a block comment</source>
        <translation>einem Blockkommentar</translation>
    </message>
    <message>
        <source>a dollar-quoted string</source>
        <translation>einer Dollar-quotierten Zeichenkette</translation>
    </message>
    <message>
        <source>a BEGIN ... END block</source>
        <translation>einem BEGIN ... END-Block</translation>
    </message>
    <message>
        <source>The script ends inside %1; this statement was not replayed.</source>
        <translation>Das Skript endet in %1; diese Anweisung wurde nicht nachgespielt.</translation>
    </message>
    <message>
        <source>This statement is not understood and was not replayed.</source>
        <translation>Diese Anweisung wird nicht verstanden und wurde nicht nachgespielt.</translation>
    </message>
    <message>
        <source>ROLLBACK is not replayed: the statements before it stay applied in the replayed schema.</source>
        <translation>ROLLBACK wird nicht nachgespielt: die Anweisungen davor bleiben im nachgespielten Schema angewendet.</translation>
    </message>
    <message>
        <source>%1 statements are not understood and were not replayed.</source>
        <translation>%1-Anweisungen werden nicht verstanden und wurden nicht nachgespielt.</translation>
    </message>
    <message>
        <source>This statement is not understood near %1 and was not (fully) replayed.</source>
        <translation>Diese Anweisung wird bei %1 nicht verstanden und wurde nicht (vollständig) nachgespielt.</translation>
    </message>
    <message>
        <source>CREATE %1 is not replayed: Strata does not model this kind of object.</source>
        <translation>CREATE %1 wird nicht nachgespielt: Strata bildet diese Art von Objekt nicht ab.</translation>
    </message>
    <message>
        <source>Table &quot;%1&quot; is created from a query or another table; its columns are not replayed.</source>
        <translation>Die Tabelle „%1“ wird aus einer Abfrage oder einer anderen Tabelle erzeugt; ihre Spalten werden nicht nachgespielt.</translation>
    </message>
    <message>
        <source>Table &quot;%1&quot; already exists at this point of the migration history; the statement would fail.</source>
        <translation>Die Tabelle „%1“ existiert an dieser Stelle der Migrationshistorie bereits; die Anweisung würde fehlschlagen.</translation>
    </message>
    <message>
        <source>LIKE in CREATE TABLE is not replayed; the copied columns are missing.</source>
        <translation>LIKE in CREATE TABLE wird nicht nachgespielt; die kopierten Spalten fehlen.</translation>
    </message>
    <message>
        <source>This table element is not understood near %1 and was not replayed.</source>
        <translation>Dieses Tabellenelement wird bei %1 nicht verstanden und wurde nicht nachgespielt.</translation>
    </message>
    <message>
        <source>Table inheritance and partitioning are not modelled; &quot;%1&quot; is replayed as a plain table.</source>
        <translation>Tabellenvererbung und Partitionierung werden nicht abgebildet; „%1“ wird als einfache Tabelle nachgespielt.</translation>
    </message>
    <message>
        <source>Index &quot;%1&quot; does not exist on table &quot;%2&quot;.</source>
        <translation>Der Index „%1“ existiert in der Tabelle „%2“ nicht.</translation>
    </message>
    <message>
        <source>NULLS NOT DISTINCT is not modelled.</source>
        <translation>NULLS NOT DISTINCT wird nicht abgebildet.</translation>
    </message>
    <message>
        <source>CHECK constraints are not modelled; %1 is left out of the replayed schema.</source>
        <translation>CHECK-Constraints werden nicht abgebildet; %1 fehlt im nachgespielten Schema.</translation>
    </message>
    <message>
        <source>this constraint</source>
        <translation>dieser Constraint</translation>
    </message>
    <message>
        <source>EXCLUDE constraints are not modelled; %1 is left out of the replayed schema.</source>
        <translation>EXCLUDE-Constraints werden nicht abgebildet; %1 fehlt im nachgespielten Schema.</translation>
    </message>
    <message>
        <source>SPATIAL indexes are not modelled.</source>
        <translation>SPATIAL-Indizes werden nicht abgebildet.</translation>
    </message>
    <message>
        <source>Index%1 has an expression element; it is replayed as its text, which Prisma does not model.</source>
        <translation>Der Index%1 hat ein Ausdruckselement; es wird als Text nachgespielt, den Prisma nicht abbildet.</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; already exists in table &quot;%2&quot;; the statement would fail.</source>
        <translation>Die Spalte „%1“ existiert in der Tabelle „%2“ bereits; die Anweisung würde fehlschlagen.</translation>
    </message>
    <message>
        <source>CHECK constraints are not modelled; the check on column &quot;%1&quot; is left out of the replayed schema.</source>
        <translation>CHECK-Constraints werden nicht abgebildet; die Prüfung der Spalte „%1“ fehlt im nachgespielten Schema.</translation>
    </message>
    <message>
        <source>Generated column &quot;%1&quot; is replayed as a plain column; its expression is not modelled.</source>
        <translation>Die generierte Spalte „%1“ wird als einfache Spalte nachgespielt; ihr Ausdruck wird nicht abgebildet.</translation>
    </message>
    <message>
        <source>Table &quot;%1&quot; already has a primary key.</source>
        <translation>Die Tabelle „%1“ hat bereits einen Primärschlüssel.</translation>
    </message>
    <message>
        <source>Table &quot;%1&quot; does not exist at this point of the migration history; the index &quot;%2&quot; was not replayed.</source>
        <translation>Die Tabelle „%1“ existiert an dieser Stelle der Migrationshistorie nicht; der Index „%2“ wurde nicht nachgespielt.</translation>
    </message>
    <message>
        <source>The partial index &quot;%1&quot; is replayed without its WHERE condition, which is not modelled.</source>
        <translation>Der partielle Index „%1“ wird ohne seine WHERE-Bedingung nachgespielt, die nicht abgebildet wird.</translation>
    </message>
    <message>
        <source>The INCLUDE columns of index &quot;%1&quot; are not modelled.</source>
        <translation>Die INCLUDE-Spalten des Index „%1“ werden nicht abgebildet.</translation>
    </message>
    <message>
        <source>NULLS NOT DISTINCT of index &quot;%1&quot; is not modelled.</source>
        <translation>NULLS NOT DISTINCT des Index „%1“ wird nicht abgebildet.</translation>
    </message>
    <message>
        <source>Index &quot;%1&quot; already exists at this point of the migration history; the statement would fail.</source>
        <translation>Der Index „%1“ existiert an dieser Stelle der Migrationshistorie bereits; die Anweisung würde fehlschlagen.</translation>
    </message>
    <message>
        <source>Type &quot;%1&quot; is not an enum; composite, range and base types are not modelled.</source>
        <translation>Der Typ „%1“ ist kein Enum; zusammengesetzte, Bereichs- und Basistypen werden nicht abgebildet.</translation>
    </message>
    <message>
        <source>Type &quot;%1&quot; already exists at this point of the migration history; the statement would fail.</source>
        <translation>Der Typ „%1“ existiert an dieser Stelle der Migrationshistorie bereits; die Anweisung würde fehlschlagen.</translation>
    </message>
    <message>
        <source>ALTER %1 is not understood and was not replayed.</source>
        <translation>ALTER %1 wird nicht verstanden und wurde nicht nachgespielt.</translation>
    </message>
    <message>
        <source>Table &quot;%1&quot; does not exist at this point of the migration history; the statement was not replayed.</source>
        <translation>Die Tabelle „%1“ existiert an dieser Stelle der Migrationshistorie nicht; die Anweisung wurde nicht nachgespielt.</translation>
    </message>
    <message>
        <source>This ALTER TABLE action is not understood near %1 and was not replayed.</source>
        <translation>Diese ALTER-TABLE-Aktion wird bei %1 nicht verstanden und wurde nicht nachgespielt.</translation>
    </message>
    <message>
        <source>Constraint &quot;%1&quot; does not exist on table &quot;%2&quot; at this point of the migration history.</source>
        <translation>Der Constraint „%1“ existiert an dieser Stelle der Migrationshistorie nicht in der Tabelle „%2“.</translation>
    </message>
    <message>
        <source>Foreign key &quot;%1&quot; does not exist on table &quot;%2&quot;.</source>
        <translation>Der Fremdschlüssel „%1“ existiert in der Tabelle „%2“ nicht.</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; does not exist in table &quot;%2&quot; at this point of the migration history.</source>
        <translation>Die Spalte „%1“ existiert an dieser Stelle der Migrationshistorie nicht in der Tabelle „%2“.</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; does not exist in table &quot;%2&quot;.</source>
        <translation>Die Spalte „%1“ existiert in der Tabelle „%2“ nicht.</translation>
    </message>
    <message>
        <source>Type &quot;%1&quot; does not exist at this point of the migration history; the statement was not replayed.</source>
        <translation>Der Typ „%1“ existiert an dieser Stelle der Migrationshistorie nicht; die Anweisung wurde nicht nachgespielt.</translation>
    </message>
    <message>
        <source>Enum value &quot;%1&quot; already exists in type &quot;%2&quot;.</source>
        <translation>Der Enum-Wert „%1“ existiert im Typ „%2“ bereits.</translation>
    </message>
    <message>
        <source>Enum value &quot;%1&quot; does not exist in type &quot;%2&quot;.</source>
        <translation>Der Enum-Wert „%1“ existiert im Typ „%2“ nicht.</translation>
    </message>
    <message>
        <source>This ALTER TYPE form is not understood and was not replayed.</source>
        <translation>Diese Form von ALTER TYPE wird nicht verstanden und wurde nicht nachgespielt.</translation>
    </message>
    <message>
        <source>Index &quot;%1&quot; does not exist at this point of the migration history.</source>
        <translation>Der Index „%1“ existiert an dieser Stelle der Migrationshistorie nicht.</translation>
    </message>
    <message>
        <source>Table &quot;%1&quot; does not exist at this point of the migration history.</source>
        <translation>Die Tabelle „%1“ existiert an dieser Stelle der Migrationshistorie nicht.</translation>
    </message>
    <message>
        <source>Type &quot;%1&quot; does not exist at this point of the migration history.</source>
        <translation>Der Typ „%1“ existiert an dieser Stelle der Migrationshistorie nicht.</translation>
    </message>
    <message>
        <source>Type &quot;%1&quot; is still used by column &quot;%2&quot; of table &quot;%3&quot;; the statement would fail.</source>
        <translation>Der Typ „%1“ wird noch von der Spalte „%2“ der Tabelle „%3“ verwendet; die Anweisung würde fehlschlagen.</translation>
    </message>
    <message>
        <source>The procedural block (DO) is not replayed; schema changes it makes are missing from the replayed schema.</source>
        <translation>Der prozedurale Block (DO) wird nicht nachgespielt; Schemaänderungen, die er vornimmt, fehlen im nachgespielten Schema.</translation>
    </message>
    <message numerus="yes">
        <source>The procedural block (DO) is replayed only through its %n DDL statement(s) (written out or as EXECUTE of a literal), as if the conditions around them held; anything else it does is missing from the replayed schema.</source>
        <translation>
            <numerusform>Der prozedurale Block (DO) wird nur über seine %n DDL-Anweisung nachgespielt (ausgeschrieben oder als EXECUTE eines Literals), als ob die Bedingungen darum herum gälten; alles andere, was er tut, fehlt im nachgespielten Schema.</numerusform>
            <numerusform>Der prozedurale Block (DO) wird nur über seine %n DDL-Anweisungen nachgespielt (ausgeschrieben oder als EXECUTE eines Literals), als ob die Bedingungen darum herum gälten; alles andere, was er tut, fehlt im nachgespielten Schema.</numerusform>
        </translation>
    </message>
    <message>
        <source>SELECT INTO creates table &quot;%1&quot; from a query; its columns are not replayed.</source>
        <translation>SELECT INTO erzeugt die Tabelle „%1“ aus einer Abfrage; ihre Spalten werden nicht nachgespielt.</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is defined twice in table &quot;%2&quot;; the statement would fail.</source>
        <translation>Die Spalte „%1“ ist in der Tabelle „%2“ zweimal definiert; die Anweisung würde fehlschlagen.</translation>
    </message>
</context>
<context>
    <name>strata::views::DiagramOverview</name>
    <message>
        <source>Overview: click or drag to move the view</source>
        <translation>Übersicht: klicken oder ziehen, um die Ansicht zu verschieben</translation>
    </message>
</context>
<context>
    <name>strata::views::DiagramScene</name>
    <message>
        <source>Primary key</source>
        <translation>Primärschlüssel</translation>
    </message>
    <message>
        <source>Unique</source>
        <translation>Eindeutig</translation>
    </message>
    <message>
        <source>Foreign key to %1</source>
        <translation>Fremdschlüssel auf %1</translation>
    </message>
    <message>
        <source>Relation to %1</source>
        <translation>Beziehung zu %1</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>view</source>
        <translation>View</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>View %1</source>
        <translation>View %1</translation>
    </message>
    <message>
        <source>Model %1</source>
        <translation>Modell %1</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Tabelle %1</translation>
    </message>
    <message>
        <source>Enum %1</source>
        <translation>Enum %1</translation>
    </message>
    <message>
        <source>enum</source>
        <translation>Enum</translation>
    </message>
    <message>
        <source>Type %1</source>
        <translation>Typ %1</translation>
    </message>
    <message>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>one-to-one</source>
        <translation>1:1</translation>
    </message>
    <message>
        <source>one-to-many</source>
        <translation>1:n</translation>
    </message>
    <message>
        <source>many-to-many, join table %1</source>
        <translation>m:n, Verknüpfungstabelle %1</translation>
    </message>
    <message>
        <source>%1 – %2 (%3)</source>
        <translation>%1 – %2 (%3)</translation>
    </message>
    <message>
        <source>Schema diagram</source>
        <translation>Schemadiagramm</translation>
    </message>
    <message>
        <source>Entity-relationship diagram exported by Strata</source>
        <translation>Von Strata exportiertes Entity-Relationship-Diagramm</translation>
    </message>
</context>
<context>
    <name>strata::views::FindBar</name>
    <message>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>Ganze Wörter</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorherige</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächste</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Alle ersetzen</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n ersetzt</numerusform>
            <numerusform>%n ersetzt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>strata::views::InspectorView</name>
    <message>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>View</source>
        <translation>View</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>Datenbankname</translation>
    </message>
    <message>
        <source>Database schema</source>
        <translation>Datenbankschema</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>Primary key</source>
        <translation>Primärschlüssel</translation>
    </message>
    <message>
        <source>Unique</source>
        <translation>Eindeutig</translation>
    </message>
    <message>
        <source>Full-text index</source>
        <translation>Volltextindex</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignoriert</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Dokumentation</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Native type</source>
        <translation>Nativer Typ</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Bezeichner</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standardwert</translation>
    </message>
    <message>
        <source>Updated at</source>
        <translation>Aktualisiert am</translation>
    </message>
    <message>
        <source>Relation name</source>
        <translation>Beziehungsname</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Referenzen</translation>
    </message>
    <message>
        <source>On delete</source>
        <translation>Beim Löschen</translation>
    </message>
    <message>
        <source>On update</source>
        <translation>Beim Aktualisieren</translation>
    </message>
    <message>
        <source>Enum</source>
        <translation>Enum</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>Enum value</source>
        <translation>Enum-Wert</translation>
    </message>
    <message>
        <source>Database value</source>
        <translation>Datenbankwert</translation>
    </message>
</context>
<context>
    <name>strata::views::MigrationPane</name>
    <message>
        <source>The database the SQL is written for; by default the schema&apos;s provider</source>
        <translation>Die Datenbank, für die das SQL geschrieben wird; standardmäßig der Provider des Schemas</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Provider:</translation>
    </message>
    <message>
        <source>Copy SQL</source>
        <translation>SQL kopieren</translation>
    </message>
    <message>
        <source>Copy the whole script to the clipboard</source>
        <translation>Das ganze Skript in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Save SQL…</source>
        <translation>SQL speichern…</translation>
    </message>
    <message>
        <source>Save the script to a file</source>
        <translation>Das Skript in einer Datei speichern</translation>
    </message>
    <message>
        <source>Create Migration…</source>
        <translation>Migration erstellen…</translation>
    </message>
    <message>
        <source>Click a warning to see the statement it is about</source>
        <translation>Klicken Sie auf eine Warnung, um die betroffene Anweisung zu sehen</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>The schema has no datasource: choose a provider to see the SQL.</source>
        <translation>Das Schema hat keine Datenquelle: wählen Sie einen Provider, um das SQL zu sehen.</translation>
    </message>
    <message>
        <source>CockroachDB migrations are not supported yet.</source>
        <translation>CockroachDB-Migrationen werden noch nicht unterstützt.</translation>
    </message>
    <message>
        <source>Provider &quot;%1&quot; has no SQL migrations.</source>
        <translation>Der Provider „%1“ hat keine SQL-Migrationen.</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <source>This step fails when the table holds rows.</source>
        <translation>Dieser Schritt schlägt fehl, wenn die Tabelle Zeilen enthält.</translation>
    </message>
    <message>
        <source>No SQL renderer for this provider.</source>
        <translation>Kein SQL-Renderer für diesen Provider.</translation>
    </message>
    <message>
        <source>No changes: the schema is empty</source>
        <translation>Keine Änderungen: das Schema ist leer</translation>
    </message>
    <message>
        <source>No changes: the schema matches the migrations</source>
        <translation>Keine Änderungen: das Schema entspricht den Migrationen</translation>
    </message>
    <message>
        <source>1 step</source>
        <translation>1 Schritt</translation>
    </message>
    <message>
        <source>%1 steps</source>
        <translation>%1 Schritte</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 Warnung</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 Warnungen</translation>
    </message>
    <message>
        <source>from an empty database (the migrations are for %1)</source>
        <translation>ausgehend von einer leeren Datenbank (die Migrationen sind für %1)</translation>
    </message>
    <message>
        <source>from an empty database (the schema is not saved)</source>
        <translation>ausgehend von einer leeren Datenbank (das Schema ist nicht gespeichert)</translation>
    </message>
    <message>
        <source>from an empty database (no migrations yet)</source>
        <translation>ausgehend von einer leeren Datenbank (noch keine Migrationen)</translation>
    </message>
    <message>
        <source>the schema has errors: this is its last valid version</source>
        <translation>das Schema hat Fehler: dies ist seine letzte gültige Fassung</translation>
    </message>
    <message>
        <source>Replay failed</source>
        <translation>Nachspielen fehlgeschlagen</translation>
    </message>
    <message>
        <source>1 replay warning</source>
        <translation>1 Warnung beim Nachspielen</translation>
    </message>
    <message>
        <source>%1 replay warnings</source>
        <translation>%1 Warnungen beim Nachspielen</translation>
    </message>
    <message>
        <source>1 migration replayed</source>
        <translation>1 Migration nachgespielt</translation>
    </message>
    <message>
        <source>%1 migrations replayed</source>
        <translation>%1 Migrationen nachgespielt</translation>
    </message>
    <message>
        <source>What the offline replay of the migrations folder did not understand:</source>
        <translation>Was das Offline-Nachspielen des Migrationsordners nicht verstanden hat:</translation>
    </message>
    <message>
        <source>Save the schema first: its migrations folder goes next to it</source>
        <translation>Speichern Sie zuerst das Schema: sein Migrationsordner liegt daneben</translation>
    </message>
    <message>
        <source>Write this SQL as a new migration in %1</source>
        <translation>Dieses SQL als neue Migration in %1 schreiben</translation>
    </message>
    <message>
        <source>Save SQL</source>
        <translation>SQL speichern</translation>
    </message>
    <message>
        <source>SQL script (*.sql);;All files (*)</source>
        <translation>SQL-Skript (*.sql);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The schema is not saved, so it has no migrations folder yet.</source>
        <translation>Das Schema ist nicht gespeichert und hat daher noch keinen Migrationsordner.</translation>
    </message>
    <message>
        <source>There is no migration to write.</source>
        <translation>Es gibt keine Migration zum Schreiben.</translation>
    </message>
    <message>
        <source>Create Migration</source>
        <translation>Migration erstellen</translation>
    </message>
    <message>
        <source>Name of the new migration:</source>
        <translation>Name der neuen Migration:</translation>
    </message>
    <message>
        <source>Strata will write &lt;b&gt;%1&lt;/b&gt; with this SQL. Review it before you apply it.</source>
        <translation>Strata schreibt &lt;b&gt;%1&lt;/b&gt; mit diesem SQL. Prüfen Sie es, bevor Sie es anwenden.</translation>
    </message>
    <message>
        <source>This migration has 1 warning; it is written at the top of the script.</source>
        <translation>Diese Migration hat 1 Warnung; sie steht am Anfang des Skripts.</translation>
    </message>
    <message>
        <source>This migration has %1 warnings; they are written at the top of the script.</source>
        <translation>Diese Migration hat %1 Warnungen; sie stehen am Anfang des Skripts.</translation>
    </message>
</context>
<context>
    <name>strata::views::OutlineView</name>
    <message>
        <source>Filter models, enums, fields…</source>
        <translation>Modelle, Enums, Felder filtern…</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Views</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Enums</source>
        <translation>Enums</translation>
    </message>
    <message>
        <source>Composite types</source>
        <translation>Composite Types</translation>
    </message>
</context>
<context>
    <name>strata::views::PrismaLexer</name>
    <message>
        <source>Default</source>
        <translation>Standardwert</translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation>Schlüsselwort</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>String</source>
        <translation>Zeichenkette</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Documentation comment</source>
        <translation>Dokumentationskommentar</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Punctuation</source>
        <translation>Satzzeichen</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
</context>
<context>
    <name>strata::views::ProblemsView</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
</context>
</TS>
