// The file viewer: single files read out of layer blobs, exports with their SHA-256, and the
// dock's text and hex views.

#include "analysis/analyzer.h"
#include "archive/layerfilereader.h"
#include "evidence/evidencestore.h"
#include "filemetadataview.h"
#include "fileviewer.h"
#include "hexview.h"
#include "numberedtextview.h"
#include "report/fileexport.h"
#include "tarbuilder.h"
#include "util/digest.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPixmap>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace dockscope;
using namespace dockscope::test;

namespace {

QByteArray noise(qsizetype size, std::uint32_t seed)
{
    QByteArray out(size, Qt::Uninitialized);
    std::uint32_t x = seed * 2654435761u + 1;
    for (qsizetype i = 0; i < size; ++i) {
        x = x * 1664525u + 1013904223u;
        out[i] = char(x >> 24);
    }
    return out;
}

QByteArray toolBytes()
{
    return QByteArray("\x7f"
                      "ELF\x02\x01\x01\0\0\0binary\0payload",
               24)
        + noise(3000, 7);
}

QByteArray bigText()
{
    QByteArray out;
    for (int i = 0; out.size() < 100000; ++i) {
        out += "line " + QByteArray::number(i) + " of a long text file\n";
    }
    return out.left(100000);
}

QByteArray baseLayer()
{
    return TarBuilder()
        .dir("etc")
        .file("etc/hello.txt", "hello\nworld\n")
        .file("etc/dup.conf", "first\n")
        .file("etc/lines.txt", "one\ntwo\nthree\nfour\nfive")
        .file("usr/bin/tool", toolBytes(), 0755)
        .hardlink("usr/bin/tool2", "usr/bin/tool")
        .file("etc/dup.conf", "second copy\n")
        .file("data/big.txt", bigText())
        .file("etc/empty", QByteArray())
        .symlink("etc/link", "hello.txt")
        .xattr("user.note", "evidence")
        .file("dir with space/we!rd na<b>me.txt", "odd\n")
        .bytes();
}

QByteArray upperLayer()
{
    return TarBuilder().hardlink("usr/bin/tool3", "usr/bin/tool").file("new.txt", "new\n").bytes();
}

Analysis analyze(
    const std::vector<QByteArray> &stored, const std::vector<QByteArray> &tars, const QString &name)
{
    ImageArchive archive;
    archive.config = ImageArchive::configFor(tars);
    archive.layers = stored;
    const QString path = writeTemp(archive.bytes(), name);
    return Analyzer::run({ path }, AnalyzeOptions {});
}

const LayerEntry *lastEntry(const Image &image, int layer, const std::string &path)
{
    const LayerEntry *found = nullptr;
    for (const LayerEntry &e : image.layers[std::size_t(layer)].scan->entries) {
        if (e.path == path) {
            found = &e;
        }
    }
    return found;
}

FileLocation locate(const Image &image, int layer, const std::string &path, qint64 line = -1)
{
    FileLocation location;
    location.store = image.store;
    location.evidence = image.evidence;
    location.imageId = image.id;
    location.layer = layer;
    location.layerMember = image.layers[std::size_t(layer)].member;
    if (const LayerEntry *e = lastEntry(image, layer, path)) {
        location.entry = *e;
    } else {
        location.entry.path = path;
    }
    location.highlightLine = line;
    return location;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestFileViewer : public QObject
{
    Q_OBJECT

    Analysis m_analysis; // plain layers; keeps the evidence store open
    const Image *m_image = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("dockscope-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_fileviewer"));
        m_analysis = analyze({ baseLayer(), upperLayer() }, { baseLayer(), upperLayer() },
            QStringLiteral("viewer-plain.tar"));
        QCOMPARE(m_analysis.images.size(), std::size_t(1));
        m_image = &m_analysis.images[0];
        QVERIFY(m_image->store);
        QCOMPARE(m_image->layers.size(), std::size_t(2));
        QVERIFY(m_image->layers[0].readable);
    }

    // --- LayerFileReader -------------------------------------------------------------------

    void readCompressed_data()
    {
        QTest::addColumn<QByteArray>("blob");
        const QByteArray tar = baseLayer();
        QTest::newRow("plain tar") << tar;
        QTest::newRow("gzip") << TarBuilder::gzip(tar);
        QTest::newRow("gzip, 3 members") << TarBuilder::gzip(tar, 3);
        QTest::newRow("zstd") << TarBuilder::zstd(tar);
    }

    void readCompressed()
    {
        QFETCH(QByteArray, blob);
        const Analysis analysis = analyze({ blob }, { baseLayer() },
            QStringLiteral("viewer-%1.tar")
                .arg(QString::fromLatin1(QTest::currentDataTag()))
                .replace(u' ', u'_')
                .replace(u',', u'_'));
        QCOMPARE(analysis.images.size(), std::size_t(1));
        const Image &image = analysis.images[0];
        const EvidenceStore &store = *image.store;
        const QString member = image.layers[0].member;

        const FileContent hello = LayerFileReader::read(store, member, "etc/hello.txt", 1 << 20);
        QVERIFY2(hello.error.isEmpty(), qPrintable(hello.error));
        QVERIFY(hello.found);
        QCOMPARE(hello.data, QByteArray("hello\nworld\n"));
        QCOMPARE(hello.size, 12);
        QVERIFY(!hello.truncated);
        QCOMPARE(hello.sha256, Sha256::of(QByteArray("hello\nworld\n")));

        const FileContent tool = LayerFileReader::read(store, member, "usr/bin/tool", -1);
        QCOMPARE(tool.data, toolBytes());
        QCOMPARE(tool.sha256, Sha256::of(toolBytes()));
        QCOMPARE(tool.sha256, lastEntry(image, 0, "usr/bin/tool")->sha256);
    }

    void laterDuplicateWins()
    {
        const EvidenceStore &store = *m_image->store;
        const QString member = m_image->layers[0].member;
        const FileContent dup = LayerFileReader::read(store, member, "etc/dup.conf", 1 << 20);
        QVERIFY2(dup.error.isEmpty(), qPrintable(dup.error));
        QCOMPARE(dup.data, QByteArray("second copy\n"));
        QCOMPARE(dup.sha256, Sha256::of(QByteArray("second copy\n")));

        // A version chosen by its header offset is exactly that one.
        const LayerEntry *first = nullptr;
        for (const LayerEntry &e : m_image->layers[0].scan->entries) {
            if (e.path == "etc/dup.conf") {
                first = &e;
                break;
            }
        }
        QVERIFY(first);
        const FileContent early
            = LayerFileReader::readAt(store, member, "etc/dup.conf", first->headerOffset, 1 << 20);
        QCOMPARE(early.data, QByteArray("first\n"));
        // An offset that does not hold the path falls back to the last copy.
        const FileContent fallback
            = LayerFileReader::readAt(store, member, "etc/dup.conf", 1, 1 << 20);
        QCOMPARE(fallback.data, QByteArray("second copy\n"));

        // Streaming to a device starts again for the later copy.
        QTemporaryFile out;
        QVERIFY(out.open());
        const FileContent streamed = LayerFileReader::exportTo(store, member, "etc/dup.conf", out);
        QVERIFY2(streamed.error.isEmpty(), qPrintable(streamed.error));
        QVERIFY(streamed.data.isEmpty());
        out.flush();
        QCOMPARE(readAll(out.fileName()), QByteArray("second copy\n"));
        QCOMPARE(streamed.sha256, Sha256::of(QByteArray("second copy\n")));
    }

    void hardLinks()
    {
        const EvidenceStore &store = *m_image->store;
        const FileContent link
            = LayerFileReader::read(store, m_image->layers[0].member, "usr/bin/tool2", -1);
        QVERIFY2(link.error.isEmpty(), qPrintable(link.error));
        QCOMPARE(link.data, toolBytes());
        QCOMPARE(link.sha256, Sha256::of(toolBytes()));

        // The link in layer 1 has no target there: its bytes are in layer 0.
        const FileContent lonely
            = LayerFileReader::read(store, m_image->layers[1].member, "usr/bin/tool3", -1);
        QVERIFY(lonely.found);
        QVERIFY(!lonely.error.isEmpty());
        QVERIFY(!lonely.sha256.valid);
    }

    void notFound()
    {
        const EvidenceStore &store = *m_image->store;
        const FileContent none
            = LayerFileReader::read(store, m_image->layers[0].member, "etc/nothing", 100);
        QVERIFY(!none.found);
        QVERIFY(none.data.isEmpty());
        QVERIFY(none.error.contains(QStringLiteral("etc/nothing")));
        QVERIFY(!none.sha256.valid);

        const FileContent noMember
            = LayerFileReader::read(store, QStringLiteral("no/layer.tar"), "etc/hello.txt", 100);
        QVERIFY(!noMember.found);
        QVERIFY(!noMember.error.isEmpty());

        const FileContent symlink
            = LayerFileReader::read(store, m_image->layers[0].member, "etc/link", 100);
        QVERIFY(symlink.found);
        QVERIFY(symlink.data.isEmpty());
        QVERIFY(!symlink.error.isEmpty());

        const FileContent empty
            = LayerFileReader::read(store, m_image->layers[0].member, "etc/empty", 100);
        QVERIFY(empty.found);
        QVERIFY(empty.error.isEmpty());
        QCOMPARE(empty.size, 0);
        QCOMPARE(empty.sha256, Sha256::of(QByteArray()));
    }

    void truncationKeepsWholeHash()
    {
        const EvidenceStore &store = *m_image->store;
        const FileContent big
            = LayerFileReader::read(store, m_image->layers[0].member, "data/big.txt", 1000);
        QVERIFY(big.found);
        QVERIFY(big.truncated);
        QCOMPARE(big.data, bigText().left(1000));
        QCOMPARE(big.size, 100000);
        QCOMPARE(big.sha256, Sha256::of(bigText()));
        QVERIFY(big.error.isEmpty());

        const FileContent exact
            = LayerFileReader::read(store, m_image->layers[0].member, "data/big.txt", 100000);
        QVERIFY(!exact.truncated);
        QCOMPARE(exact.data, bigText());
    }

    void damagedLayer()
    {
        const QByteArray small = "small\n";
        const QByteArray tar = TarBuilder(TarBuilder::Format::Ustar)
                                   .file("a", small)
                                   .file("b", noise(200 * 1024, 2))
                                   .file("c", noise(64 * 1024, 3))
                                   .bytes();
        const QByteArray gz = TarBuilder::gzip(tar);
        const QByteArray cut = gz.left(gz.size() / 2);
        const Analysis analysis = analyze({ cut }, { tar }, QStringLiteral("viewer-damaged.tar"));
        QCOMPARE(analysis.images.size(), std::size_t(1));
        const Image &image = analysis.images[0];
        const QString member = image.layers[0].member;

        // Complete before the damage; a later copy could be lost, and the reader says so.
        const FileContent a = LayerFileReader::read(*image.store, member, "a", 100);
        QVERIFY(a.found);
        QCOMPARE(a.data, small);
        QCOMPARE(a.sha256, Sha256::of(small));
        QVERIFY(!a.error.isEmpty());
        // Cut inside its data: what was read is kept, the hash is not claimed.
        const FileContent b = LayerFileReader::read(*image.store, member, "b", -1);
        QVERIFY(b.found);
        QVERIFY(!b.error.isEmpty());
        QVERIFY(!b.sha256.valid);
        QVERIFY(b.data.size() < 200 * 1024);
        QCOMPARE(b.data, noise(200 * 1024, 2).left(b.data.size()));
        // Exactly this version: the walk stops after it, no warning about later damage.
        const FileContent exact = LayerFileReader::readAt(
            *image.store, member, "a", lastEntry(image, 0, "a")->headerOffset, 100);
        QVERIFY2(exact.error.isEmpty(), qPrintable(exact.error));
        QCOMPARE(exact.data, small);
    }

    // --- FileExport ------------------------------------------------------------------------

    void sanitizedName_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QString>("name");
        QTest::newRow("plain") << QByteArray("etc/passwd") << QStringLiteral("passwd");
        QTest::newRow("space") << QByteArray("etc/pass wd") << QStringLiteral("pass_wd");
        QTest::newRow("shell") << QByteArray("x/$(rm -rf)") << QStringLiteral("__rm_-rf_");
        QTest::newRow("non-ASCII") << QByteArray("a/caf\xc3\xa9.txt") << QStringLiteral("caf_.txt");
        QTest::newRow("not UTF-8") << QByteArray("bad\xff") << QStringLiteral("bad_");
        QTest::newRow("hidden") << QByteArray("home/a/.profile") << QStringLiteral(".profile");
        QTest::newRow("dot dot") << QByteArray("..") << QStringLiteral("__");
        QTest::newRow("root") << QByteArray("") << QStringLiteral("file");
        QTest::newRow("backslash") << QByteArray("a\\..\\b") << QStringLiteral("a_.._b");
        QTest::newRow("long") << QByteArray(300, 'x') << QString(FileExport::MaxNameLength, u'x');
    }

    void sanitizedName()
    {
        QFETCH(QByteArray, path);
        QFETCH(QString, name);
        QCOMPARE(
            FileExport::sanitizedName(std::string_view(path.constData(), std::size_t(path.size()))),
            name);
    }

    void numberedName()
    {
        QCOMPARE(FileExport::numberedName(QStringLiteral("tool"), 1), QStringLiteral("tool-1"));
        QCOMPARE(
            FileExport::numberedName(QStringLiteral("app.conf"), 2), QStringLiteral("app-2.conf"));
        QCOMPARE(
            FileExport::numberedName(QStringLiteral(".profile"), 1), QStringLiteral(".profile-1"));
    }

    void exportWritesCopyAndHash()
    {
        QTemporaryDir out;
        QVERIFY(out.isValid());
        FileExport::Request request;
        request.member = m_image->layers[0].member;
        request.contentPath = "usr/bin/tool";
        request.entryPath = "usr/bin/tool";
        request.evidence = m_image->evidence;
        request.folder = out.path() + QStringLiteral("/case/exports"); // created on demand

        const ExportResult first = FileExport::write(*m_image->store, request);
        QVERIFY2(first.ok, qPrintable(first.error));
        QVERIFY(!first.refused);
        QCOMPARE(first.fileName, QStringLiteral("tool"));
        QCOMPARE(readAll(first.filePath), toolBytes());
        QCOMPARE(first.sha256, Sha256::of(toolBytes()));
        QCOMPARE(first.size, toolBytes().size());
        QCOMPARE(first.hashFilePath, first.filePath + QStringLiteral(".sha256"));
        QCOMPARE(
            readAll(first.hashFilePath), Sha256::of(toolBytes()).hex().toLatin1() + "  tool\n");

        // Never overwrites: the second copy gets a number.
        const ExportResult second = FileExport::write(*m_image->store, request);
        QVERIFY2(second.ok, qPrintable(second.error));
        QCOMPARE(second.fileName, QStringLiteral("tool-1"));
        QCOMPARE(
            readAll(second.hashFilePath), Sha256::of(toolBytes()).hex().toLatin1() + "  tool-1\n");
        QCOMPARE(readAll(first.filePath), toolBytes());

        // The name comes from the entry, sanitised; the bytes from where they are.
        request.contentPath = "dir with space/we!rd na<b>me.txt";
        request.entryPath = request.contentPath;
        const ExportResult odd = FileExport::write(*m_image->store, request);
        QVERIFY2(odd.ok, qPrintable(odd.error));
        QCOMPARE(odd.fileName, QStringLiteral("we_rd_na_b_me.txt"));
        QCOMPARE(
            QFileInfo(odd.filePath).canonicalPath(), QFileInfo(request.folder).canonicalFilePath());
        QCOMPARE(readAll(odd.filePath), QByteArray("odd\n"));

        // A file that is not there leaves nothing behind.
        request.contentPath = "etc/nothing";
        request.entryPath = "etc/nothing";
        const ExportResult missing = FileExport::write(*m_image->store, request);
        QVERIFY(!missing.ok);
        QVERIFY(!missing.error.isEmpty());
        QVERIFY(!QFileInfo::exists(request.folder + QStringLiteral("/nothing")));
        QCOMPARE(QDir(request.folder).entryList(QDir::Files).size(), 6);
    }

    void exportRefusesEvidenceFolder()
    {
        const QString evidenceDir = QFileInfo(m_image->evidence).absolutePath();
        const QStringList before
            = QDir(evidenceDir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
        FileExport::Request request;
        request.member = m_image->layers[0].member;
        request.contentPath = "etc/hello.txt";
        request.entryPath = "etc/hello.txt";
        request.evidence = m_image->evidence;
        request.folder = evidenceDir;
        const ExportResult beside = FileExport::write(*m_image->store, request);
        QVERIFY(!beside.ok);
        QVERIFY(beside.refused);
        QVERIFY(beside.error.contains(evidenceDir));
        QCOMPARE(QDir(evidenceDir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), before);

        // Through a symbolic link to that folder, and spelled with "..".
        QTemporaryDir links;
        const QString link = links.path() + QStringLiteral("/evidence-link");
        QVERIFY(QFile::link(evidenceDir, link));
        QVERIFY(FileExport::isEvidenceFolder(link, m_image->evidence));
        QVERIFY(
            FileExport::isEvidenceFolder(evidenceDir + QStringLiteral("/x/.."), m_image->evidence));
        request.folder = link;
        const ExportResult viaLink = FileExport::write(*m_image->store, request);
        QVERIFY(viaLink.refused);

        // An evidence folder (OCI layout, data root) protects everything inside it.
        QTemporaryDir folderEvidence;
        const QString root = folderEvidence.path();
        QVERIFY(QDir().mkpath(root + QStringLiteral("/blobs/sha256")));
        QVERIFY(FileExport::isEvidenceFolder(root, root));
        QVERIFY(FileExport::isEvidenceFolder(root + QStringLiteral("/blobs/sha256"), root));
        QVERIFY(FileExport::isEvidenceFolder(root + QStringLiteral("/not/yet/made"), root));
        QVERIFY(!FileExport::isEvidenceFolder(links.path(), root));
        QVERIFY(!QFileInfo::exists(root + QStringLiteral("/not")));
        // Next to an evidence file is refused; a separate case folder is fine.
        QVERIFY(!FileExport::isEvidenceFolder(links.path(), m_image->evidence));
    }

    // --- FileViewer ------------------------------------------------------------------------

    void viewerShowsText()
    {
        FileViewer viewer;
        viewer.resize(800, 600);
        viewer.show();
        viewer.showFile(locate(*m_image, 0, "etc/lines.txt", 3));
        QVERIFY(viewer.isLoading());
        QTRY_VERIFY(!viewer.isLoading());
        QCOMPARE(viewer.mode(), FileViewer::Mode::Text);
        QVERIFY(viewer.isTextContent());
        QVERIFY2(viewer.note().isEmpty(), qPrintable(viewer.note()));
        NumberedTextView *text = viewer.textView();
        QVERIFY(text->isVisible());
        QVERIFY(text->isReadOnly());
        QCOMPARE(text->toPlainText(), QStringLiteral("one\ntwo\nthree\nfour\nfive"));
        QCOMPARE(text->lineCount(), 5);
        QCOMPARE(text->highlightedLine(), 3);
        QCOMPARE(text->textCursor().blockNumber(), 2);
        QCOMPARE(text->extraSelections().size(), 1);
        QCOMPARE(text->extraSelections().first().cursor.blockNumber(), 2);
        QVERIFY(text->gutterWidth() > 0);
        QVERIFY(viewer.exportAction()->isEnabled());

        // Metadata panel.
        FileMetadataView *meta = viewer.metadataView();
        QVERIFY(meta->isVisible());
        const QString facts = meta->text();
        const Digest lines = Sha256::of(QByteArray("one\ntwo\nthree\nfour\nfive"));
        for (const QString &fact : QStringList { QStringLiteral("Path: /etc/lines.txt"),
                 QStringLiteral("Type: Regular file"), QStringLiteral("Mode: 0644  -rw-r--r--"),
                 QStringLiteral("Owner (uid:gid): 0:0"),
                 QStringLiteral("Modified: 2023-11-14 22:13:20 UTC"),
                 QStringLiteral("Layer: Layer 0, member ") + m_image->layers[0].member,
                 QStringLiteral("Evidence: ") + m_image->evidence,
                 QStringLiteral("SHA-256: ") + lines.hex() }) {
            QVERIFY2(facts.contains(fact), qPrintable(facts));
        }
        QVERIFY(!facts.contains(QStringLiteral("Link target:")));

        // By hand to hex and back.
        viewer.setMode(FileViewer::Mode::Hex);
        QCOMPARE(viewer.mode(), FileViewer::Mode::Hex);
        QVERIFY(viewer.hexView()->isVisible());
        QCOMPARE(viewer.hexView()->rowText(0).left(10), QStringLiteral("00000000  "));
        QVERIFY(viewer.hexView()->rowText(0).endsWith(QStringLiteral("one.two.three.fo")));
        viewer.setMode(FileViewer::Mode::Text);
        QCOMPARE(text->highlightedLine(), 3);
    }

    void viewerShowsBinaryAsHex()
    {
        FileViewer viewer;
        viewer.resize(800, 600);
        viewer.show();
        QSignalSpy loaded(&viewer, &FileViewer::loaded);
        viewer.showFile(locate(*m_image, 0, "usr/bin/tool"));
        QTRY_VERIFY(!viewer.isLoading());
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(viewer.mode(), FileViewer::Mode::Hex);
        QVERIFY(!viewer.isTextContent());
        HexView *hex = viewer.hexView();
        QVERIFY(hex->isVisible());
        QCOMPARE(hex->data(), toolBytes());
        QCOMPARE(hex->rowCount(), qint64(toolBytes().size() + 15) / 16);
        QCOMPARE(hex->rowText(0),
            QStringLiteral("00000000  7f 45 4c 46 02 01 01 00  00 00 62 69 6e 61 72 79  "
                           ".ELF......binary"));
        QVERIFY(!viewer.grab().isNull()); // paints

        // Text by hand: NUL bytes get a visible symbol.
        viewer.setMode(FileViewer::Mode::Text);
        QCOMPARE(viewer.mode(), FileViewer::Mode::Text);
        QTRY_VERIFY(!viewer.isLoading());
        QVERIFY(viewer.textView()->isVisible());
        QVERIFY(viewer.textView()->toPlainText().contains(QChar(u'\u2400')));

        // A hard link whose bytes a lower layer holds.
        FileLocation link = locate(*m_image, 1, "usr/bin/tool3");
        link.contentMember = m_image->layers[0].member;
        link.contentPath = "usr/bin/tool";
        viewer.showFile(link);
        QTRY_VERIFY(!viewer.isLoading());
        QCOMPARE(viewer.mode(), FileViewer::Mode::Hex);
        QCOMPARE(viewer.hexView()->data(), toolBytes());
    }

    void viewerMetadata()
    {
        FileViewer viewer;
        viewer.showFile(locate(*m_image, 0, "dir with space/we!rd na<b>me.txt"));
        QTRY_VERIFY(!viewer.isLoading());
        const QString facts = viewer.metadataView()->text();
        QVERIFY2(facts.contains(QStringLiteral("Path: /dir with space/we!rd na<b>me.txt")),
            qPrintable(facts));
        QVERIFY2(facts.contains(QStringLiteral("Extended attributes: user.note = \"evidence\"")),
            qPrintable(facts));
        // Names from the evidence are never rich text.
        for (const QLabel *label : viewer.metadataView()->findChildren<QLabel *>()) {
            if (label->text().contains(u'<')) {
                QCOMPARE(label->textFormat(), Qt::PlainText);
            }
        }

        viewer.showFile(locate(*m_image, 0, "etc/link"));
        QVERIFY(!viewer.isLoading());
        const QString link = viewer.metadataView()->text();
        QVERIFY2(link.contains(QStringLiteral("Type: Symbolic link")), qPrintable(link));
        QVERIFY(link.contains(QStringLiteral("Link target: hello.txt")));
        QVERIFY(link.contains(QStringLiteral("lrwxrwxrwx")));

        viewer.showFile(locate(*m_image, 0, "usr/bin/tool2"));
        QTRY_VERIFY(!viewer.isLoading());
        QVERIFY(
            viewer.metadataView()->text().contains(QStringLiteral("Link target: /usr/bin/tool")));
        QCOMPARE(viewer.hexView()->data(), toolBytes());
    }

    void viewerNotesTruncation()
    {
        FileViewer viewer;
        viewer.setContentLimit(1000);
        viewer.showFile(locate(*m_image, 0, "data/big.txt", 2));
        QTRY_VERIFY(!viewer.isLoading());
        QVERIFY(viewer.isTruncated());
        QCOMPARE(viewer.mode(), FileViewer::Mode::Text);
        QVERIFY(viewer.note().contains(QLocale().toString(100000)));
        auto *note = viewer.findChild<QLabel *>(QStringLiteral("note"));
        QVERIFY(note);
        QCOMPARE(note->text(), viewer.note());
        QCOMPARE(viewer.textView()->toPlainText().toUtf8(), bigText().left(1000));
        QCOMPARE(viewer.textView()->highlightedLine(), 2);
    }

    void viewerNotesErrors()
    {
        FileViewer viewer;
        viewer.showFile(locate(*m_image, 0, "etc/nothing"));
        QTRY_VERIFY(!viewer.isLoading());
        QCOMPARE(viewer.mode(), FileViewer::Mode::None);
        QVERIFY(viewer.note().contains(QStringLiteral("etc/nothing")));

        // Entries without bytes are described, not loaded.
        viewer.showFile(locate(*m_image, 0, "etc"));
        QVERIFY(!viewer.isLoading());
        QVERIFY(!viewer.exportAction()->isEnabled());
        QCOMPARE(viewer.mode(), FileViewer::Mode::None);

        // An empty file is empty text.
        viewer.showFile(locate(*m_image, 0, "etc/empty"));
        QTRY_VERIFY(!viewer.isLoading());
        QCOMPARE(viewer.mode(), FileViewer::Mode::Text);
        QCOMPARE(viewer.textView()->toPlainText(), QString());

        viewer.clear();
        QVERIFY(!viewer.location().isValid());
        QCOMPARE(viewer.mode(), FileViewer::Mode::None);
    }

    void viewerDropsSupersededResults()
    {
        FileViewer viewer;
        viewer.showFile(locate(*m_image, 0, "data/big.txt"));
        viewer.showFile(locate(*m_image, 0, "usr/bin/tool"));
        viewer.showFile(locate(*m_image, 0, "etc/hello.txt"));
        QTRY_VERIFY(!viewer.isLoading());
        QTest::qWait(50); // late results of the earlier requests must not land
        QCOMPARE(viewer.mode(), FileViewer::Mode::Text);
        QCOMPARE(viewer.textView()->toPlainText(), QStringLiteral("hello\nworld\n"));
        QCOMPARE(viewer.location().entry.path, std::string("etc/hello.txt"));
    }

    void viewerExports()
    {
        FileViewer viewer;
        viewer.showFile(locate(*m_image, 0, "etc/hello.txt"));
        QTRY_VERIFY(!viewer.isLoading());
        QTemporaryDir out;
        QSignalSpy exported(&viewer, &FileViewer::exported);
        QSignalSpy failed(&viewer, &FileViewer::exportFailed);
        viewer.startExport(out.path());
        QTRY_COMPARE(exported.size(), 1);
        const QString path = exported.first().at(0).toString();
        QCOMPARE(QFileInfo(path).fileName(), QStringLiteral("hello.txt"));
        QCOMPARE(readAll(path), QByteArray("hello\nworld\n"));
        QCOMPARE(exported.first().at(1).toString(), Sha256::of(QByteArray("hello\nworld\n")).hex());
        QVERIFY(!viewer.isExporting());

        viewer.startExport(QFileInfo(m_image->evidence).absolutePath());
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(
            failed.first().at(0).toString().contains(QFileInfo(m_image->evidence).absolutePath()));
        QCOMPARE(exported.size(), 1);
    }

    void interactiveExportDoesNotBlock()
    {
        FileViewer viewer;
        viewer.show();
        viewer.showFile(locate(*m_image, 0, "etc/hello.txt"));
        QTRY_VERIFY(!viewer.isLoading());
        QTemporaryDir out;
        viewer.setCaseExportFolder(out.filePath(QStringLiteral("exports")));
        QSignalSpy exported(&viewer, &FileViewer::exported);
        viewer.exportFile(); // returns at once; the result is shown without a nested event loop
        QVERIFY(viewer.isExporting());
        QTRY_COMPARE(exported.size(), 1);
        QMessageBox *box = viewer.findChild<QMessageBox *>(QStringLiteral("exportResult"));
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QCOMPARE(box->windowModality(), Qt::WindowModal);
        QVERIFY(box->text().contains(Sha256::of(QByteArray("hello\nworld\n")).hex()));
        QVERIFY(exported.first().at(0).toString().startsWith(out.filePath(QStringLiteral("exports"))));
        box->accept();
    }

    void viewerCutsLongLines()
    {
        // One line of megabytes (minified code) would take seconds per paint: it is cut short
        // in the text view, and line numbers stay right.
        const QByteArray text = "first\n" + QByteArray(300000, 'x') + "\nthird\n";
        const QByteArray tar = TarBuilder().file("app.min.js", text).bytes();
        const Analysis analysis = analyze({ tar }, { tar }, QStringLiteral("viewer-long-line.tar"));
        QCOMPARE(analysis.images.size(), std::size_t(1));
        FileViewer viewer;
        viewer.showFile(locate(analysis.images[0], 0, "app.min.js", 3));
        QTRY_VERIFY(!viewer.isLoading());
        QCOMPARE(viewer.mode(), FileViewer::Mode::Text);
        NumberedTextView *view = viewer.textView();
        QCOMPARE(view->lineCount(), 4);
        QCOMPARE(view->highlightedLine(), 3);
        const QString second = view->document()->findBlockByNumber(1).text();
        QVERIFY(second.size() < 20100);
        QVERIFY(second.startsWith(QString(20000 - 10, u'x')));
        QVERIFY(second.contains(QLocale().toString(300000 - 20000)));
        QCOMPARE(view->document()->findBlockByNumber(2).text(), QStringLiteral("third"));
        QVERIFY(!viewer.note().isEmpty());
        // The hex view still has every byte.
        viewer.setMode(FileViewer::Mode::Hex);
        QCOMPARE(viewer.hexView()->data(), text);
    }

    void viewerLargeBinary()
    {
        // More than the 16 MiB kept: the hex view holds 16 MiB and paints only what is in view.
        const QByteArray big = noise((16 << 20) + 4096, 11);
        const QByteArray tar = TarBuilder().file("big.bin", big).bytes();
        const Analysis analysis
            = analyze({ TarBuilder::zstd(tar) }, { tar }, QStringLiteral("viewer-large.tar"));
        QCOMPARE(analysis.images.size(), std::size_t(1));
        FileViewer viewer;
        viewer.resize(900, 700);
        viewer.show();
        viewer.showFile(locate(analysis.images[0], 0, "big.bin"));
        QTRY_VERIFY_WITH_TIMEOUT(!viewer.isLoading(), 30000);
        QCOMPARE(viewer.mode(), FileViewer::Mode::Hex);
        QVERIFY(viewer.isTruncated());
        QVERIFY(!viewer.note().isEmpty());
        HexView *hex = viewer.hexView();
        QCOMPARE(qint64(hex->data().size()), FileViewer::DefaultContentLimit);
        QCOMPARE(hex->rowCount(), FileViewer::DefaultContentLimit / 16);
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < 20; ++i) {
            hex->scrollToOffset(qint64(i) * (FileViewer::DefaultContentLimit / 20));
            hex->viewport()->repaint();
        }
        hex->scrollToOffset(FileViewer::DefaultContentLimit - 1);
        hex->viewport()->repaint();
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(hex->firstVisibleRow() > 0);
        QCOMPARE(hex->rowText(hex->rowCount() - 1).left(10), QStringLiteral("00fffff0  "));
    }
};

QTEST_MAIN(TestFileViewer)
#include "tst_fileviewer.moc"
