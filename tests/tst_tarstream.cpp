// The outer-archive walker: formats, long names, damaged headers, truncation.

#include "archive/tarstream.h"
#include "util/membername.h"

#include <cstring>
#include "tarbuilder.h"

#include <QTest>

using namespace dockscope;
using namespace dockscope::test;

namespace {

struct Walk
{
    std::vector<TarMember> members;
    Diagnostics diagnostics;
    bool clean = false;
};

Walk walk(const QByteArray &tar)
{
    MemorySource source(tar);
    DiagnosticSink sink(QStringLiteral("outer.tar"));
    TarStream stream(source, sink);
    Walk w;
    TarMember m;
    while (stream.next(m)) {
        w.members.push_back(m);
    }
    w.clean = stream.endedCleanly();
    w.diagnostics = sink.take();
    return w;
}

} // namespace

class TestTarStream : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formats_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("pax") << int(TarBuilder::Format::Pax);
        QTest::newRow("gnu") << int(TarBuilder::Format::Gnu);
        QTest::newRow("ustar") << int(TarBuilder::Format::Ustar);
    }

    void formats()
    {
        QFETCH(int, format);
        const std::string longName = std::string(70, 'x') + "/" + std::string(90, 'y') + ".json";
        const QByteArray tar = TarBuilder(TarBuilder::Format(format))
                                   .file("manifest.json", "[]")
                                   .file(longName, QByteArray(1000, 'z'))
                                   .symlink("abc/layer.tar", "../def/layer.tar")
                                   .dir("abc")
                                   .bytes();
        const Walk w = walk(tar);
        QVERIFY(w.clean);
        QVERIFY(w.diagnostics.empty());
        QCOMPARE(w.members.size(), std::size_t(4));
        QCOMPARE(w.members[0].name, std::string("manifest.json"));
        QCOMPARE(w.members[0].size, 2);
        QCOMPARE(w.members[0].headerOffset, 0);
        QCOMPARE(w.members[1].name, longName);
        QCOMPARE(w.members[1].size, 1000);
        QCOMPARE(QByteArray(tar.constData() + w.members[1].dataOffset, 1000), QByteArray(1000, 'z'));
        QCOMPARE(w.members[2].type, TarMember::SymLink);
        QCOMPARE(w.members[2].linkName, std::string("../def/layer.tar"));
        QCOMPARE(w.members[3].type, TarMember::Directory);
    }

    void damagedHeaderIsSkipped()
    {
        QByteArray tar = TarBuilder(TarBuilder::Format::Ustar)
                             .file("one", QByteArray(10, '1'))
                             .file("two", QByteArray(10, '2'))
                             .file("three", QByteArray(10, '3'))
                             .bytes();
        tar[1024 + 0] = 'X'; // the second header's name: checksum no longer matches
        const Walk w = walk(tar);
        QCOMPARE(w.members.size(), std::size_t(2));
        QCOMPARE(w.members[0].name, std::string("one"));
        QCOMPARE(w.members[1].name, std::string("three"));
        QVERIFY(w.diagnostics.size() >= 1);
        QCOMPARE(w.diagnostics[0].severity, Diagnostic::Severity::Error);
        QCOMPARE(w.diagnostics[0].offset, 1024);
        QVERIFY(w.diagnostics[0].message().contains(QStringLiteral("checksum")));
    }

    void truncatedData()
    {
        const QByteArray tar = TarBuilder().file("big", QByteArray(5000, 'b')).file("next", "n").bytes();
        const Walk w = walk(tar.left(512 * 4));
        QVERIFY(!w.clean);
        QCOMPARE(w.members.size(), std::size_t(1));
        bool truncation = false;
        for (const auto &d : w.diagnostics) {
            truncation = truncation || d.message().contains(QStringLiteral("truncated"));
        }
        QVERIFY(truncation);
    }

    void base256Size()
    {
        // A header whose size field uses GNU base-256 encoding.
        QByteArray tar = TarBuilder(TarBuilder::Format::Gnu).file("f", QByteArray(600, 'q')).bytes();
        char *size = tar.data() + 124;
        std::memset(size, 0, 12);
        size[0] = char(0x80);
        size[10] = char(600 >> 8);
        size[11] = char(600 & 0xff);
        // recompute the checksum
        std::memset(tar.data() + 148, ' ', 8);
        unsigned sum = 0;
        for (int i = 0; i < 512; ++i) {
            sum += static_cast<unsigned char>(tar[i]);
        }
        const QByteArray cks = QByteArray::number(sum, 8).rightJustified(6, '0');
        std::memcpy(tar.data() + 148, cks.constData(), 6);
        tar[154] = '\0';
        const Walk w = walk(tar);
        QCOMPARE(w.members.size(), std::size_t(1));
        QCOMPARE(w.members[0].size, 600);
    }

    void traversalNamesAreFlagged()
    {
        const Walk w = walk(TarBuilder().file("../../escape", "x").file("/abs/path", "y").bytes());
        QCOMPARE(w.members.size(), std::size_t(2));
        QVERIFY(w.members[0].nameFlags & NameEscapes);
        QCOMPARE(w.members[0].rawName, std::string("../../escape"));
        QVERIFY(w.members[1].nameFlags & NameAbsolute);
        QCOMPARE(w.members[1].name, std::string("abs/path"));
    }
};

QTEST_GUILESS_MAIN(TestTarStream)
#include "tst_tarstream.moc"
