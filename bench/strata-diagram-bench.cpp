// SPDX-License-Identifier: GPL-3.0-or-later
// strata-diagram-bench [--models N,N,...] [--runs R] [--png OUT] [--scale S] [--crop X,Y,W,H] [--dark] [SCHEMA...]:
// lays out and routes the ER diagram of schema files or folders (or of generated schemas of N models),
// prints the timings (best of R runs) and quality figures (overlapping boxes, edge segments that cross a box),
// and renders the diagram, or a part of it, to PNG. Runs on the offscreen platform unless told otherwise.
#include "schemagen.h"
#include "threadcputime.h"

#include "diagram/diagramscene.h"
#include "diagram/diagramstyle.h"
#include "diagram/diagramview.h"
#include "diagram/modelitem.h"
#include "diagram/relationitem.h"
#include "psl/sourcefile.h"
#include "schema/schemaloader.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPalette>

#include <cstdio>
#include <ctime>
#include <limits>
#include <memory>

using namespace strata;

namespace {

int usage()
{
    std::fputs("usage: strata-diagram-bench [--models N,N,...] [--runs R] [--png OUT] [--scale S] [--crop X,Y,W,H]\n"
               "                            [--dark] [SCHEMA...]\n"
               "Lays out the diagram of each schema (or of generated N-model schemas), prints timings and quality\n"
               "figures, and with --png renders it (%1 in OUT is replaced by the schema's name).\n",
               stderr);
    return 1;
}

using bench::threadCpuMs;

struct Quality {
    int overlaps = 0;
    int crossings = 0; // edge segments through a box other than at their own ports
    int edges = 0;
};

Quality measure(const views::DiagramScene &scene)
{
    Quality q;
    const auto &boxes = scene.boxes();
    for (size_t i = 0; i < boxes.size(); ++i) {
        const QRectF a(boxes[i]->pos(), boxes[i]->size());
        for (size_t j = i + 1; j < boxes.size(); ++j) {
            if (a.intersects(QRectF(boxes[j]->pos(), boxes[j]->size())))
                ++q.overlaps;
        }
    }
    for (const views::RelationItem *r : scene.relationItems()) {
        ++q.edges;
        const QPolygonF &pts = r->route();
        for (int k = 0; k + 1 < pts.size(); ++k) {
            const QRectF seg = QRectF(pts[k], pts[k + 1]).normalized().adjusted(-0.5, -0.5, 0.5, 0.5);
            for (const views::ModelItem *b : boxes) {
                const QRectF box = QRectF(b->pos(), b->size()).adjusted(2, 2, -2, -2);
                if (box.intersects(seg)) {
                    if (qEnvironmentVariableIsSet("STRATA_DIAGRAM_STATS"))
                        std::fprintf(stderr, "through %s: %s -> %s\n", qPrintable(b->name()), qPrintable(r->source().box->name()),
                                     qPrintable(r->target().box->name()));
                    ++q.crossings;
                    break;
                }
            }
        }
    }
    return q;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QList<int> sizes;
    int runs = 3;
    QString png;
    qreal scale = 1.0;
    QRectF crop;
    bool dark = false;
    QString widgetShot;
    QString select;
    QStringList paths;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        auto next = [&]() -> QString { return i + 1 < args.size() ? args[++i] : QString(); };
        if (a == u"--models") {
            for (const QString &n : next().split(u','))
                sizes << n.toInt();
        } else if (a == u"--runs") {
            runs = std::max(1, next().toInt());
        } else if (a == u"--png") {
            png = next();
        } else if (a == u"--scale") {
            scale = next().toDouble();
        } else if (a == u"--crop") {
            const QStringList v = next().split(u',');
            if (v.size() != 4)
                return usage();
            crop = QRectF(v[0].toDouble(), v[1].toDouble(), v[2].toDouble(), v[3].toDouble());
        } else if (a == u"--dark") {
            dark = true;
        } else if (a == u"--widget") {
            widgetShot = next();
        } else if (a == u"--select") {
            select = next();
        } else if (a.startsWith(u"--")) {
            return usage();
        } else {
            paths << a;
        }
    }
    if (paths.isEmpty() && sizes.isEmpty())
        return usage();

    if (dark) {
        QPalette p;
        p.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
        p.setColor(QPalette::Base, QColor(0x1f, 0x21, 0x24));
        p.setColor(QPalette::AlternateBase, QColor(0x2b, 0x2d, 0x31));
        p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        p.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xe6));
        QApplication::setPalette(p);
    }

    struct Input {
        QString name;
        schema::LoadedSchema loaded;
    };
    std::vector<Input> inputs;
    for (const QString &path : paths) {
        Input in;
        in.name = QFileInfo(path).fileName() == u"schema.prisma" || QFileInfo(path).fileName() == u"schema"
            ? QFileInfo(QFileInfo(path).absolutePath()).fileName()
            : QFileInfo(path).completeBaseName();
        QString error;
        if (!schema::loadSchema(path, in.loaded, &error)) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(path), qPrintable(error));
            return 1;
        }
        inputs.push_back(std::move(in));
    }
    for (int n : sizes) {
        Input in;
        in.name = QStringLiteral("generated-%1").arg(n);
        bench::SchemaGenOptions options;
        options.models = n;
        psl::SourceSet sources;
        sources.add(psl::SourceFile(QStringLiteral("schema.prisma"), bench::SchemaGenerator::generate(options)));
        in.loaded = schema::analyze(std::move(sources));
        inputs.push_back(std::move(in));
    }

    std::printf("| schema | models | enums | relations | build ms | layout ms | route ms | CPU ms (all) | CPU ms (update) | overlaps | edge segments through boxes |\n");
    std::printf("|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (Input &in : inputs) {
        views::DiagramScene::Timings best{std::numeric_limits<double>::max(), std::numeric_limits<double>::max(),
                                          std::numeric_limits<double>::max()};
        std::unique_ptr<views::DiagramScene> scene;
        double cpu = std::numeric_limits<double>::max();
        for (int r = 0; r < runs; ++r) {
            scene = std::make_unique<views::DiagramScene>();
            const double start = threadCpuMs();
            scene->setSchema(in.loaded.schema);
            cpu = std::min(cpu, threadCpuMs() - start);
            const auto t = scene->lastTimings();
            best.buildMs = std::min(best.buildMs, t.buildMs);
            best.layoutMs = std::min(best.layoutMs, t.layoutMs);
            best.routeMs = std::min(best.routeMs, t.routeMs);
        }
        // What a re-parse while typing costs: the same schema again, ids kept, on the scene that shows it.
        const schema::LoadedSchema again = schema::analyze(in.loaded.sources, &in.loaded.schema);
        double update = std::numeric_limits<double>::max();
        for (int r = 0; r < runs; ++r) {
            const double start = threadCpuMs();
            scene->setSchema(r % 2 ? in.loaded.schema : again.schema);
            update = std::min(update, threadCpuMs() - start);
        }
        const Quality q = measure(*scene);
        std::printf("| %s | %zu | %zu | %zu | %.1f | %.1f | %.1f | %.1f | %.1f | %d | %d |\n", qPrintable(in.name),
                    in.loaded.schema.models.size(), in.loaded.schema.enums.size(), scene->relationItems().size(), best.buildMs,
                    best.layoutMs, best.routeMs, cpu, update, q.overlaps, q.crossings);
        if (!png.isEmpty()) {
            const QString out = QString(png).replace(QStringLiteral("%1"), in.name);
            bool ok = false;
            if (crop.isNull() && scale == 2.0) {
                ok = scene->exportPng(out, scale);
            } else {
                const QRectF whole = scene->diagramRect();
                const QRectF source = crop.isNull() ? whole : crop.translated(whole.topLeft());
                QImage image((source.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
                QPainter painter(&image);
                scene->renderDiagram(&painter, QRectF(image.rect()), source);
                painter.end();
                ok = image.save(out);
            }
            std::fprintf(stderr, "%s %s\n", ok ? "wrote" : "could not write", qPrintable(out));
        }
        if (!widgetShot.isEmpty()) {
            // The widget as a user sees it first: fitted, with the overview when the diagram is large.
            views::DiagramView view;
            view.resize(1400, 900);
            view.setSchema(in.loaded.schema);
            view.show();
            QApplication::processEvents();
            if (!select.isEmpty()) {
                if (const schema::Model *m = in.loaded.schema.model(select))
                    view.selectNode(m->id);
            }
            QApplication::processEvents();
            const QString out = QString(widgetShot).replace(QStringLiteral("%1"), in.name);
            const bool ok = view.grab().save(out);
            std::fprintf(stderr, "%s %s\n", ok ? "wrote" : "could not write", qPrintable(out));
        }
    }
    return 0;
}
