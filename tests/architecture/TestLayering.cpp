// The folders of model/ and ui/ form a chain with no cycles (docs/architecture.md). This test reads every
// source file and fails on an include that points up the chain, so the layering cannot rot unnoticed.
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace
{
    using Layers = QHash<QString, QStringList>;

    // Each folder and the folders it links directly, as in model/CMakeLists.txt.
    Layers modelLayers()
    {
        return {
            {QStringLiteral("core"), {}},
            {QStringLiteral("crypto"), {QStringLiteral("core")}},
            {QStringLiteral("io"), {QStringLiteral("core")}},
            {QStringLiteral("vault"), {QStringLiteral("crypto")}},
            {QStringLiteral("caseload"), {QStringLiteral("vault")}},
            {QStringLiteral("bundles"), {QStringLiteral("vault"), QStringLiteral("io")}},
            {QStringLiteral("sync"), {QStringLiteral("bundles")}},
            {QStringLiteral("matching"), {QStringLiteral("bundles")}},
            {QStringLiteral("notes"), {QStringLiteral("matching")}},
            {QStringLiteral("forms"), {QStringLiteral("notes")}},
            {QStringLiteral("outreach"), {QStringLiteral("caseload"), QStringLiteral("bundles")}},
            {QStringLiteral("youth"), {QStringLiteral("caseload"), QStringLiteral("outreach")}},
            {QStringLiteral("employers"), {QStringLiteral("caseload"), QStringLiteral("bundles")}},
            {QStringLiteral("reports"),
             {QStringLiteral("outreach"),
              QStringLiteral("matching"),
              QStringLiteral("youth"),
              QStringLiteral("employers")}},
            {QStringLiteral("session"),
             {QStringLiteral("caseload"),
              QStringLiteral("sync"),
              QStringLiteral("forms"),
              QStringLiteral("outreach"),
              QStringLiteral("youth"),
              QStringLiteral("employers"),
              QStringLiteral("reports")}},
            {QStringLiteral("demo"),
             {QStringLiteral("matching"),
              QStringLiteral("caseload"),
              QStringLiteral("outreach"),
              QStringLiteral("youth"),
              QStringLiteral("employers")}},
        };
    }

    // ui/ is one library, but its folders still run one way: shared widgets at the bottom, the shell on top.
    Layers uiLayers()
    {
        return {
            {QStringLiteral("widgets"), {}},
            {QStringLiteral("render"), {}},
            {QStringLiteral("matching"), {QStringLiteral("widgets")}},
            {QStringLiteral("sync"), {QStringLiteral("widgets")}},
            {QStringLiteral("caseload"), {QStringLiteral("matching")}},
            {QStringLiteral("forms"), {QStringLiteral("caseload"), QStringLiteral("render")}},
            {QStringLiteral("outreach"), {QStringLiteral("widgets")}},
            {QStringLiteral("youth"), {QStringLiteral("widgets")}},
            {QStringLiteral("reports"), {QStringLiteral("widgets"), QStringLiteral("render")}},
            {QStringLiteral("employers"), {QStringLiteral("widgets")}},
            {QStringLiteral("shell"),
             {QStringLiteral("forms"),
              QStringLiteral("sync"),
              QStringLiteral("outreach"),
              QStringLiteral("youth"),
              QStringLiteral("employers"),
              QStringLiteral("reports")}},
        };
    }

    QSet<QString> reachable(const Layers &layers, const QString &from)
    {
        QSet<QString> seen{from};
        QStringList todo{from};
        while (!todo.isEmpty()) {
            for (const QString &next : layers.value(todo.takeLast())) {
                if (!seen.contains(next)) {
                    seen.insert(next);
                    todo.append(next);
                }
            }
        }
        return seen;
    }

    QString sourceDir()
    {
        return QStringLiteral(WAYMARK_SOURCE_DIR);
    }

    QStringList sourcesUnder(const QString &top)
    {
        QStringList files;
        QDirIterator it(sourceDir() + u'/' + top,
                        {QStringLiteral("*.h"), QStringLiteral("*.cpp")},
                        QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next().mid(sourceDir().size() + 1));
        files.sort();
        return files;
    }

    QStringList includesOf(const QString &relativePath)
    {
        QFile file(sourceDir() + u'/' + relativePath);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        static const QRegularExpression include(QStringLiteral("^\\s*#\\s*include\\s*[<\"]([^>\"]+)[>\"]"),
                                                QRegularExpression::MultilineOption);
        QStringList found;
        const QString text = QString::fromUtf8(file.readAll());
        for (auto match = include.globalMatch(text); match.hasNext();)
            found.append(match.next().captured(1));
        return found;
    }

    // The include's folder under `top` ("model/vault/Vault.h" -> "vault"), or an empty string.
    QString folderOf(const QString &include, const QString &top)
    {
        const QStringList parts = include.split(u'/');
        return parts.size() == 3 && parts.first() == top ? parts.at(1) : QString();
    }

    void addFileRows(const QString &top)
    {
        QTest::addColumn<QString>("file");
        for (const QString &file : sourcesUnder(top))
            QTest::newRow(qPrintable(file)) << file;
    }

    QStringList upwardIncludes(const QString &file, const QString &top, const Layers &layers)
    {
        const QString folder = file.split(u'/').value(1);
        const QSet<QString> allowed = reachable(layers, folder);
        QStringList wrong;
        for (const QString &include : includesOf(file)) {
            const QString target = folderOf(include, top);
            if (!target.isEmpty() && !allowed.contains(target))
                wrong.append(include);
        }
        return wrong;
    }
} // namespace

class TestLayering : public QObject
{
    Q_OBJECT

private slots:
    void everyFolderIsAKnownLayer()
    {
        for (const auto &[top, layers] :
             {std::pair{QStringLiteral("model"), modelLayers()}, std::pair{QStringLiteral("ui"), uiLayers()}}) {
            for (const QString &file : sourcesUnder(top)) {
                const QStringList parts = file.split(u'/');
                QVERIFY2(parts.size() == 3, qPrintable(file + QStringLiteral(" is not inside a concern folder")));
                QVERIFY2(layers.contains(parts.at(1)),
                         qPrintable(file + QStringLiteral(" is in a folder that has no place in the chain")));
            }
        }
    }

    void modelIncludesOnlyLowerLayers_data() { addFileRows(QStringLiteral("model")); }
    void modelIncludesOnlyLowerLayers()
    {
        QFETCH(QString, file);
        const QStringList wrong = upwardIncludes(file, QStringLiteral("model"), modelLayers());
        QVERIFY2(wrong.isEmpty(), qPrintable(QStringLiteral("includes from a layer above it: ") + wrong.join(u' ')));
    }

    void modelStaysQtCoreAndBelowTheApps_data() { addFileRows(QStringLiteral("model")); }
    void modelStaysQtCoreAndBelowTheApps()
    {
        QFETCH(QString, file);
        static const QRegularExpression gui(QStringLiteral(
            "^(QtWidgets/|QtGui/)?Q(Gui)?(Application|Widget|Icon|Color|Pixmap|Font|MessageBox|Painter|Image)\\b"));
        for (const QString &include : includesOf(file)) {
            QVERIFY2(!gui.match(include).hasMatch(), qPrintable(QStringLiteral("model/ uses QtGui: ") + include));
            for (const char *above : {"ui/", "app/", "bench/", "tests/"})
                QVERIFY2(!include.startsWith(QLatin1String(above)),
                         qPrintable(QStringLiteral("model/ includes ") + include));
        }
    }

    void uiIncludesOnlyLowerFolders_data() { addFileRows(QStringLiteral("ui")); }
    void uiIncludesOnlyLowerFolders()
    {
        QFETCH(QString, file);
        const QStringList wrong = upwardIncludes(file, QStringLiteral("ui"), uiLayers());
        QVERIFY2(wrong.isEmpty(), qPrintable(QStringLiteral("includes from a folder above it: ") + wrong.join(u' ')));
    }

    void uiNeverTouchesStorageOrDemoData_data() { addFileRows(QStringLiteral("ui")); }
    void uiNeverTouchesStorageOrDemoData()
    {
        QFETCH(QString, file);
        for (const QString &include : includesOf(file)) {
            QVERIFY2(!include.contains(QLatin1String("sqlite3")) && !include.startsWith(QLatin1String("boost/")),
                     qPrintable(QStringLiteral("ui/ reaches storage directly: ") + include));
            QVERIFY2(!include.startsWith(QLatin1String("model/demo/")),
                     qPrintable(QStringLiteral("ui/ uses demo data: ") + include));
        }
    }

    // The checks above are only as good as their reading of the tree: prove they catch a wrong include.
    void detectsAnUpwardInclude()
    {
        QCOMPARE(folderOf(QStringLiteral("model/forms/FormStore.h"), QStringLiteral("model")), QStringLiteral("forms"));
        QVERIFY(!reachable(modelLayers(), QStringLiteral("vault")).contains(QStringLiteral("caseload")));
        QVERIFY(reachable(modelLayers(), QStringLiteral("forms")).contains(QStringLiteral("core")));
        QVERIFY(!reachable(modelLayers(), QStringLiteral("session")).contains(QStringLiteral("demo")));
        QVERIFY(!reachable(uiLayers(), QStringLiteral("widgets")).contains(QStringLiteral("shell")));
        QVERIFY(sourcesUnder(QStringLiteral("model")).size() > 100);
    }
};

QTEST_GUILESS_MAIN(TestLayering)
#include "TestLayering.moc"
