// Hostile and damaged input. Every case asserts what the examiner is told (severity, the
// evidence, the member or entry in `where`, the byte offset) and that whatever can still be read
// is read: the entries before the damage, the other layers, the other images, the other evidence.

#include "analysis/analyzer.h"
#include "archive/layerscanner.h"
#include "layerhelpers.h"
#include "tarbuilder.h"
#include "util/digest.h"
#include "util/membername.h"

#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QRandomGenerator>
#include <QTest>

#include <malloc.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstring>
#include <functional>
#include <thread>
#include <utility>

using namespace dockscope;
using namespace dockscope::test;

namespace {

using DiagSeverity = Diagnostic::Severity;
constexpr qint64 Block = 512;
constexpr qint64 OneGiB = qint64(1) << 30;
constexpr qint64 OneTiB = qint64(1) << 40;

// ---- tar bytes by hand --------------------------------------------------------------------

QByteArray octal(qint64 value, int digits)
{
    return QByteArray::number(value, 8).rightJustified(digits, '0');
}

// One ustar header block with a valid checksum.
QByteArray ustarHeader(const QByteArray &name, qint64 size, char type = '0')
{
    QByteArray h(Block, '\0');
    auto put = [&h](int at, int width, const QByteArray &text) {
        std::memcpy(h.data() + at, text.constData(), size_t(std::min<qsizetype>(text.size(), width)));
    };
    put(0, 100, name);
    put(100, 8, octal(0644, 7));
    put(108, 8, octal(0, 7));
    put(116, 8, octal(0, 7));
    put(124, 12, octal(size, 11));
    put(136, 12, octal(1700000000, 11));
    h[156] = type;
    put(257, 6, QByteArray("ustar\0", 6));
    put(263, 2, "00");
    put(265, 32, "root");
    put(297, 32, "root");
    std::memset(h.data() + 148, ' ', 8);
    unsigned sum = 0;
    for (const char c : std::as_const(h)) {
        sum += static_cast<unsigned char>(c);
    }
    put(148, 8, octal(sum, 6) + QByteArray("\0 ", 2));
    return h;
}

QByteArray padded(QByteArray data)
{
    data.append(QByteArray((Block - data.size() % Block) % Block, '\0'));
    return data;
}

QByteArray paxRecord(const QByteArray &key, const QByteArray &value)
{
    const QByteArray body = ' ' + key + '=' + value + '\n';
    qsizetype length = body.size() + 1;
    while (QByteArray::number(length).size() + body.size() != length) {
        ++length;
    }
    return QByteArray::number(length) + body;
}

// A tar's members as stored, found by walking the ustar headers (no pax or GNU records).
struct RawMember
{
    QByteArray name;
    char type = '0';
    qint64 header = 0;
    qint64 data = 0;
    qint64 size = 0;
};

std::vector<RawMember> walkTar(const QByteArray &tar)
{
    std::vector<RawMember> out;
    qint64 pos = 0;
    while (pos + Block <= tar.size()) {
        const char *h = tar.constData() + pos;
        if (std::all_of(h, h + Block, [](char c) { return c == 0; })) {
            break;
        }
        RawMember m;
        m.name = QByteArray(h, qsizetype(strnlen(h, 100)));
        m.type = h[156];
        m.header = pos;
        m.data = pos + Block;
        m.size = QByteArray(h + 124, 11).toLongLong(nullptr, 8);
        out.push_back(m);
        pos = m.data + m.size + (Block - m.size % Block) % Block;
    }
    return out;
}

// All copies of a member, in archive order.
std::vector<RawMember> membersNamed(const QByteArray &tar, const QByteArray &name)
{
    std::vector<RawMember> out;
    for (const RawMember &m : walkTar(tar)) {
        if (m.name == name) {
            out.push_back(m);
        }
    }
    return out;
}

qint64 headerOf(const QByteArray &tar, const QByteArray &name)
{
    const auto all = membersNamed(tar, name);
    return all.empty() ? -2 : all.front().header;
}

QByteArray withoutEndBlocks(QByteArray tar)
{
    while (tar.size() >= Block) {
        const char *last = tar.constData() + tar.size() - Block;
        if (!std::all_of(last, last + Block, [](char c) { return c == 0; })) {
            break;
        }
        tar.chop(Block);
    }
    return tar;
}

QByteArray noise(qsizetype size, quint32 seed)
{
    QRandomGenerator rng(seed);
    QByteArray out(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i) {
        out[i] = char(rng.bounded(256));
    }
    return out;
}

// ---- diagnostics --------------------------------------------------------------------------

QString dump(const Diagnostics &ds)
{
    QStringList lines;
    for (const Diagnostic &d : ds) {
        lines << Diagnostic::severityName(d.severity) + QStringLiteral(" | ") + d.toString();
    }
    return QStringLiteral("\n  diagnostics:\n    ") + lines.join(QStringLiteral("\n    "));
}

// The first diagnostic of that severity whose message contains `fragment` (and whose `where`
// is exactly `where`, unless that is empty).
const Diagnostic *findDiag(const Diagnostics &ds, DiagSeverity severity, const QString &fragment,
                           const QString &where = {})
{
    for (const Diagnostic &d : ds) {
        if (d.severity == severity && d.message().contains(fragment)
            && (where.isEmpty() || d.where == where)) {
            return &d;
        }
    }
    return nullptr;
}

int countSeverity(const Diagnostics &ds, DiagSeverity severity)
{
    return int(std::count_if(ds.begin(), ds.end(),
                             [severity](const Diagnostic &d) { return d.severity == severity; }));
}

const LayerEntry *lastEntry(const LayerScan &scan, const std::string &path)
{
    const LayerEntry *found = nullptr;
    for (const LayerEntry &e : scan.entries) {
        if (e.path == path) {
            found = &e;
        }
    }
    return found;
}

// ---- memory -------------------------------------------------------------------------------

qint64 statusKiB(const char *key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QByteArray prefix = QByteArray(key) + ':';
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(prefix)) {
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
        }
    }
    return -1;
}

// Returns freed heap to the system and resets VmHWM to the current VmRSS, so that the growth
// of VmHWM afterwards is the peak of what the measured code needed.
bool resetPeakMemory()
{
    malloc_trim(0);
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
}

// ---- running code that may not terminate --------------------------------------------------

struct ChildResult
{
    bool finished = false; // the child exited normally before the deadline
    qint64 elapsedMs = 0;
    QMap<QString, QString> values; // "key=value" lines the child wrote
};

// Runs `work` in a forked child so that a hang is a failed assertion rather than a hung test.
ChildResult runInChild(const std::function<QByteArray()> &work, qint64 deadlineMs)
{
    ChildResult result;
    int fds[2];
    if (::pipe(fds) != 0) {
        return result;
    }
    QElapsedTimer timer;
    timer.start();
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::close(fds[0]);
        const QByteArray out = work();
        const char *p = out.constData();
        qsizetype left = out.size();
        while (left > 0) {
            const ssize_t n = ::write(fds[1], p, size_t(left));
            if (n <= 0) {
                break;
            }
            p += n;
            left -= n;
        }
        ::_exit(0);
    }
    ::close(fds[1]);
    int status = 0;
    for (;;) {
        if (::waitpid(pid, &status, WNOHANG) == pid) {
            result.finished = WIFEXITED(status) && WEXITSTATUS(status) == 0;
            break;
        }
        if (timer.elapsed() > deadlineMs) {
            ::kill(pid, SIGKILL);
            ::waitpid(pid, &status, 0);
            break;
        }
        ::usleep(20000);
    }
    result.elapsedMs = timer.elapsed();
    QByteArray all;
    char buffer[4096];
    ssize_t n = 0;
    while ((n = ::read(fds[0], buffer, sizeof buffer)) > 0) {
        all.append(buffer, n);
    }
    ::close(fds[0]);
    for (const QByteArray &line : all.split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0) {
            result.values.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
        }
    }
    return result;
}

// ---- a docker save, piece by piece ---------------------------------------------------------

struct Member
{
    std::string name;
    QByteArray data;
    std::string symlink; // a symbolic link when set
};

// Written as plain ustar so that walkTar() finds every header offset.
QByteArray outerTar(const std::vector<Member> &members)
{
    TarBuilder t(TarBuilder::Format::Ustar);
    for (const Member &m : members) {
        if (m.symlink.empty()) {
            t.file(m.name, m.data);
        } else {
            t.symlink(m.name, m.symlink);
        }
    }
    return t.bytes();
}

struct ManifestImage
{
    QString config;
    QStringList tags;
    QStringList layers;
};

QByteArray manifestJson(const std::vector<ManifestImage> &images)
{
    auto quoted = [](const QStringList &list) {
        QStringList out;
        for (const QString &s : list) {
            out << u'"' + s + u'"';
        }
        return out.join(u',');
    };
    QStringList items;
    for (const ManifestImage &i : images) {
        items << QStringLiteral("{\"Config\":\"%1\",\"RepoTags\":[%2],\"Layers\":[%3]}")
                     .arg(i.config, quoted(i.tags), quoted(i.layers));
    }
    return QString(u'[' + items.join(u',') + u']').toUtf8();
}

QString configNameOf(const QByteArray &config)
{
    return Sha256::of(config).hex() + QStringLiteral(".json");
}

// The usual two layers of a small image.
QByteArray baseLayer()
{
    return TarBuilder(TarBuilder::Format::Ustar)
        .dir("etc")
        .file("etc/os-release", "ID=test\n")
        .dir("bin")
        .file("bin/sh", QByteArray(3000, 's'), 0755)
        .bytes();
}

QByteArray appLayer()
{
    return TarBuilder(TarBuilder::Format::Ustar).dir("app").file("app/main", "main", 0755).bytes();
}

// A complete docker save of one image with the given stored layers, whose config declares the
// diff_ids of `declaredTars` (defaults to the stored layers).
QByteArray dockerSave(const std::vector<QByteArray> &stored, std::vector<QByteArray> declaredTars = {},
                      const QString &tag = QStringLiteral("test/image:1"))
{
    if (declaredTars.empty()) {
        declaredTars = stored;
    }
    const QByteArray config = ImageArchive::configFor(declaredTars);
    std::vector<Member> members{{configNameOf(config).toStdString(), config, {}}};
    QStringList layers;
    for (std::size_t i = 0; i < stored.size(); ++i) {
        layers << QStringLiteral("%1/layer.tar").arg(i);
        members.push_back({layers.last().toStdString(), stored[i], {}});
    }
    members.push_back({"manifest.json", manifestJson({{configNameOf(config), {tag}, layers}}), {}});
    return outerTar(members);
}

Analysis analyse(const QStringList &paths)
{
    return Analyzer::run(paths, AnalyzeOptions{});
}

QStringList treePaths(const Image &image)
{
    return image.tree ? visiblePaths(*image.tree) : QStringList();
}

const IntegrityCheck *integrity(const Image &image, const QString &subject)
{
    for (const IntegrityCheck &c : image.integrity) {
        if (c.subject == subject) {
            return &c;
        }
    }
    return nullptr;
}

// ---- a layer of many entries, generated while it is read ------------------------------------

// "dNNN/fNNNNNN" files of 12 bytes each, written block by block as the scanner pulls them, so
// that the only memory the test measures is the scanner's and the stack's.
class GeneratedTar final : public ByteSource
{
public:
    static constexpr int Dirs = 200;

    explicit GeneratedTar(int count)
        : m_count(count)
    {
    }

    static QByteArray name(int i)
    {
        return "d" + QByteArray::number(i % Dirs).rightJustified(3, '0') + "/f"
            + QByteArray::number(i).rightJustified(6, '0');
    }
    static QByteArray content(int i)
    {
        return "file " + QByteArray::number(i).rightJustified(6, '0') + '\n';
    }

    qint64 read(char *buffer, qint64 max) override
    {
        qint64 done = 0;
        while (done < max) {
            if (m_chunkPos == m_chunk.size() && !nextChunk()) {
                break;
            }
            const qint64 n = std::min<qint64>(max - done, m_chunk.size() - m_chunkPos);
            std::memcpy(buffer + done, m_chunk.constData() + m_chunkPos, size_t(n));
            m_chunkPos += n;
            done += n;
        }
        m_pos += done;
        return done;
    }
    qint64 position() const override { return m_pos; }

private:
    bool nextChunk()
    {
        if (m_next > m_count) {
            return false;
        }
        if (m_next == m_count) {
            m_chunk = QByteArray(2 * Block, '\0');
        } else {
            const QByteArray data = content(m_next);
            m_chunk = ustarHeader(name(m_next), data.size()) + padded(data);
        }
        ++m_next;
        m_chunkPos = 0;
        return true;
    }

    int m_count;
    int m_next = 0;
    QByteArray m_chunk;
    qsizetype m_chunkPos = 0;
    qint64 m_pos = 0;
};

} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // ---- 1. truncated gzip layer ------------------------------------------------------------

    void truncatedGzipLayer_data()
    {
        QTest::addColumn<int>("members");
        QTest::newRow("one gzip member") << 1;
        QTest::newRow("four gzip members") << 4;
    }

    void truncatedGzipLayer()
    {
        QFETCH(int, members);
        const QByteArray a = noise(64 * 1024, 1);
        const QByteArray tar = TarBuilder(TarBuilder::Format::Ustar)
                                   .file("a", a)
                                   .file("b", noise(64 * 1024, 2))
                                   .file("c", noise(64 * 1024, 3))
                                   .file("d", noise(64 * 1024, 4))
                                   .bytes();
        const QByteArray gz = TarBuilder::gzip(tar, members);
        // 40 % of incompressible data: the cut falls inside b's data.
        const QByteArray cut = gz.left(gz.size() * 4 / 10);
        const LayerScanPtr scan = scanBytes(cut, QStringLiteral("0/layer.tar"));

        QCOMPARE(scan->compression, Compression::Gzip);
        QVERIFY(!scan->complete);
        QVERIFY(!scan->cancelled);
        const Diagnostic *d = findDiag(scan->diagnostics, DiagSeverity::Error, QStringLiteral("truncated gzip stream"));
        QVERIFY2(d, qPrintable(dump(scan->diagnostics)));
        QCOMPARE(d->evidence, QStringLiteral("test"));
        QCOMPARE(d->where, QStringLiteral("0/layer.tar"));
        QCOMPARE(d->offset, cut.size()); // the compressed data ends there
        // One cause, one error: no second "damaged tar" error for the same truncation.
        QVERIFY2(countSeverity(scan->diagnostics, DiagSeverity::Error) == 1, qPrintable(dump(scan->diagnostics)));

        // The stored bytes are still hashed completely for the record.
        QCOMPARE(scan->storedSize, cut.size());
        QCOMPARE(scan->storedDigest, Sha256::of(cut));

        // What was before the cut is kept: a whole, b flagged as truncated, c and d absent.
        QCOMPARE(scan->entries.size(), std::size_t(2));
        QCOMPARE(scan->entries[0].path, std::string("a"));
        QCOMPARE(scan->entries[0].sha256, Sha256::of(a));
        QVERIFY(!scan->entries[0].is(EntryTruncated));
        QCOMPARE(scan->entries[1].path, std::string("b"));
        QVERIFY(scan->entries[1].is(EntryTruncated));
        QVERIFY(!scan->entries[1].sha256.valid);
    }

    void truncatedGzipLayerInArchive()
    {
        const QByteArray a = noise(64 * 1024, 1);
        const QByteArray tar0 = TarBuilder(TarBuilder::Format::Ustar)
                                    .file("a", a)
                                    .file("b", noise(64 * 1024, 2))
                                    .file("c", noise(64 * 1024, 3))
                                    .bytes();
        const QByteArray gz = TarBuilder::gzip(tar0);
        const QByteArray cut = gz.left(gz.size() / 2);
        const QByteArray tar1 = appLayer();
        const QString path = writeTemp(dockerSave({cut, tar1}, {tar0, tar1}), QStringLiteral("truncated-gzip.tar"));

        const Analysis analysis = analyse({path});
        QCOMPARE(analysis.images.size(), std::size_t(1));
        const Image &image = analysis.images[0];
        QCOMPARE(image.layers.size(), std::size_t(2));
        const Diagnostic *d = findDiag(analysis.diagnostics, DiagSeverity::Error, QStringLiteral("truncated gzip stream"));
        QVERIFY2(d, qPrintable(dump(analysis.diagnostics)));
        QCOMPARE(d->evidence, path);
        QCOMPARE(d->where, QStringLiteral("0/layer.tar"));
        QCOMPARE(d->offset, cut.size());

        QVERIFY(!image.layers[0].readable);
        QVERIFY(!image.layers[0].verified);
        QVERIFY(image.layers[1].readable);
        QVERIFY(image.layers[1].verified);
        const IntegrityCheck *c = integrity(image, QStringLiteral("layer 0 diff_id"));
        QVERIFY(c);
        QVERIFY(!c->ok);
        QCOMPARE(c->expected, Sha256::of(tar0).prefixed());
        // Entries before the cut and the next layer are in the tree.
        const QStringList paths = treePaths(image);
        QVERIFY2(paths.contains(QStringLiteral("/a")), qPrintable(paths.join(u' ')));
        QVERIFY(paths.contains(QStringLiteral("/app/main")));
        QVERIFY(!paths.contains(QStringLiteral("/c")));
        QCOMPARE(image.tree->sha256(image.tree->find("a")), Sha256::of(a));
    }

    // ---- 2. truncated tar -------------------------------------------------------------------

    void truncatedTar_data()
    {
        QTest::addColumn<QString>("cutAt");
        QTest::newRow("inside a member's data") << QStringLiteral("data");
        QTest::newRow("inside a header") << QStringLiteral("header");
    }

    void truncatedTar()
    {
        QFETCH(QString, cutAt);
        const QByteArray a = noise(1000, 7);
        const QByteArray tar = TarBuilder(TarBuilder::Format::Ustar)
                                   .file("a", a)
                                   .file("b", noise(5000, 8))
                                   .file("c", "c")
                                   .bytes();
        const RawMember b = membersNamed(tar, "b").at(0);
        QCOMPARE(b.header, 1536);
        const bool inData = cutAt == u"data";
        const QByteArray cut = tar.left(inData ? b.data + 2000 : b.header + 100);
        const LayerScanPtr scan = scanBytes(cut, QStringLiteral("0/layer.tar"));

        QVERIFY(!scan->complete);
        QCOMPARE(scan->diffSize, cut.size());
        QCOMPARE(scan->diffId, Sha256::of(cut));
        QVERIFY2(countSeverity(scan->diagnostics, DiagSeverity::Error) == 1, qPrintable(dump(scan->diagnostics)));
        const LayerEntry *ea = lastEntry(*scan, "a");
        QVERIFY(ea);
        QCOMPARE(ea->sha256, Sha256::of(a));
        QVERIFY(!lastEntry(*scan, "c"));
        if (inData) {
            const Diagnostic *d = findDiag(scan->diagnostics, DiagSeverity::Error,
                                           QStringLiteral("declared 5000 bytes, 2000 read"));
            QVERIFY2(d, qPrintable(dump(scan->diagnostics)));
            QCOMPARE(d->where, QStringLiteral("0/layer.tar: b"));
            QCOMPARE(d->offset, b.header);
            QCOMPARE(scan->entries.size(), std::size_t(2));
            const LayerEntry *eb = lastEntry(*scan, "b");
            QVERIFY(eb);
            QVERIFY(eb->is(EntryTruncated));
            QCOMPARE(eb->size, 5000);
            QCOMPARE(eb->headerOffset, b.header);
        } else {
            const Diagnostic *d = findDiag(scan->diagnostics, DiagSeverity::Error, QStringLiteral("damaged tar archive"));
            QVERIFY2(d, qPrintable(dump(scan->diagnostics)));
            QCOMPARE(d->where, QStringLiteral("0/layer.tar"));
            QCOMPARE(d->offset, b.header);
            QCOMPARE(scan->entries.size(), std::size_t(1));
        }
    }

    void truncatedTarInArchive_data() { truncatedTar_data(); }

    void truncatedTarInArchive()
    {
        QFETCH(QString, cutAt);
        const QByteArray tar0 = TarBuilder(TarBuilder::Format::Ustar)
                                    .file("a", noise(1000, 7))
                                    .file("b", noise(5000, 8))
                                    .file("c", "c")
                                    .bytes();
        const RawMember b = membersNamed(tar0, "b").at(0);
        const bool inData = cutAt == u"data";
        const QByteArray cut = tar0.left(inData ? b.data + 2000 : b.header + 100);
        const QByteArray tar1 = appLayer();
        const QString path = writeTemp(dockerSave({cut, tar1}, {tar0, tar1}),
                                       QStringLiteral("truncated-tar-%1.tar").arg(cutAt));
        const Analysis analysis = analyse({path});
        QCOMPARE(analysis.images.size(), std::size_t(1));
        const Image &image = analysis.images[0];
        const Diagnostic *d = inData
            ? findDiag(analysis.diagnostics, DiagSeverity::Error, QStringLiteral("declared 5000 bytes, 2000 read"))
            : findDiag(analysis.diagnostics, DiagSeverity::Error, QStringLiteral("damaged tar archive"));
        QVERIFY2(d, qPrintable(dump(analysis.diagnostics)));
        QCOMPARE(d->evidence, path);
        QCOMPARE(d->where, inData ? QStringLiteral("0/layer.tar: b") : QStringLiteral("0/layer.tar"));
        QCOMPARE(d->offset, b.header);
        QVERIFY(!image.layers[0].readable);
        QVERIFY(!image.layers[0].verified);
        QVERIFY(image.layers[1].verified);
        const QStringList paths = treePaths(image);
        QVERIFY(paths.contains(QStringLiteral("/a")));
        QCOMPARE(paths.contains(QStringLiteral("/b")), inData);
        QVERIFY(!paths.contains(QStringLiteral("/c")));
        QVERIFY(paths.contains(QStringLiteral("/app/main")));
    }

    // ---- 3. corrupt header checksum -----------------------------------------------------------

    void corruptHeaderChecksum_data()
    {
        QTest::addColumn<QByteArray>("damaged");
        QTest::addColumn<QStringList>("present");
        QTest::newRow("2nd of 4 headers") << QByteArray("b")
                                          << QStringList{QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("d")};
        QTest::newRow("last header") << QByteArray("d")
                                     << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    }

    void corruptHeaderChecksum()
    {
        QFETCH(QByteArray, damaged);
        QFETCH(QStringList, present);
        QByteArray tar = TarBuilder(TarBuilder::Format::Ustar)
                             .file("a", QByteArray(100, 'a'))
                             .file("b", QByteArray(100, 'b'))
                             .file("c", QByteArray(100, 'c'))
                             .file("d", QByteArray(100, 'd'))
                             .bytes();
        const qint64 at = headerOf(tar, damaged);
        QVERIFY(at > 0);
        tar[at] = char(tar[at] ^ 0x20); // "b" → "B": the stored checksum no longer matches
        const LayerScanPtr scan = scanBytes(tar, QStringLiteral("0/layer.tar"));

        const Diagnostic *d = findDiag(scan->diagnostics, DiagSeverity::Error, QStringLiteral("corrupt tar header"));
        QVERIFY2(d, qPrintable(dump(scan->diagnostics)));
        QCOMPARE(d->evidence, QStringLiteral("test"));
        QCOMPARE(d->where, QStringLiteral("0/layer.tar"));
        QCOMPARE(d->offset, at);

        QStringList read;
        for (const LayerEntry &e : scan->entries) {
            read << QString::fromStdString(e.path);
        }
        QCOMPARE(read, present);
        for (const LayerEntry &e : scan->entries) {
            QCOMPARE(e.headerOffset, headerOf(tar, QByteArray::fromStdString(e.path)));
            QCOMPARE(e.sha256, Sha256::of(QByteArray(100, e.path[0])));
        }
        if (damaged == "b") {
            // Reading resumed behind the damage: the damaged header and its one data block.
            const Diagnostic *w = findDiag(scan->diagnostics, DiagSeverity::Warning, QStringLiteral("damaged header blocks"));
            QVERIFY2(w, qPrintable(dump(scan->diagnostics)));
            QCOMPARE(w->offset, at);
            QCOMPARE(w->args.value(0), QStringLiteral("2"));
            qDebug("damaged 2nd header: scan.complete = %d", int(scan->complete));
        } else {
            const Diagnostic *e = findDiag(scan->diagnostics, DiagSeverity::Error, QStringLiteral("no valid tar header found"));
            QVERIFY2(e, qPrintable(dump(scan->diagnostics)));
            QCOMPARE(e->offset, at);
            QVERIFY(!scan->complete);
        }
    }

    void corruptHeaderChecksumInArchive()
    {
        QByteArray tar0 = TarBuilder(TarBuilder::Format::Ustar)
                              .file("a", QByteArray(100, 'a'))
                              .file("b", QByteArray(100, 'b'))
                              .file("c", QByteArray(100, 'c'))
                              .bytes();
        const qint64 at = headerOf(tar0, "b");
        tar0[at] = char(tar0[at] ^ 0x20);
        const QString path = writeTemp(dockerSave({tar0, appLayer()}), QStringLiteral("corrupt-header.tar"));
        const Analysis analysis = analyse({path});
        QCOMPARE(analysis.images.size(), std::size_t(1));
        const Diagnostic *d = findDiag(analysis.diagnostics, DiagSeverity::Error, QStringLiteral("corrupt tar header"));
        QVERIFY2(d, qPrintable(dump(analysis.diagnostics)));
        QCOMPARE(d->evidence, path);
        QCOMPARE(d->where, QStringLiteral("0/layer.tar"));
        QCOMPARE(d->offset, at);
        const QStringList paths = treePaths(analysis.images[0]);
        QCOMPARE(paths, QStringList({QStringLiteral("/a"), QStringLiteral("/app"), QStringLiteral("/app/main"),
                                     QStringLiteral("/c")}));
    }

    // ---- 4. traversal and absolute member names -------------------------------------------------

    void traversalAndAbsoluteNames()
    {
        const QByteArray tar = TarBuilder(TarBuilder::Format::Ustar)
                                   .file("ok", "ok")
                                   .file("../evil", "evil")
                                   .file("a/../../evil2", "evil2")
                                   .file("/etc/x", "absolute")
                                   .file("a/../b", "inside")
                                   .bytes();
        const LayerScanPtr scan = scanBytes(tar, QStringLiteral("0/layer.tar"));
        QVERIFY2(scan->complete, qPrintable(dump(scan->diagnostics)));
        QCOMPARE(scan->entries.size(), std::size_t(5));

        for (const char *raw : {"../evil", "a/../../evil2"}) {
            const auto it = std::find_if(scan->entries.begin(), scan->entries.end(),
                                         [raw](const LayerEntry &e) { return e.rawName == raw; });
            QVERIFY2(it != scan->entries.end(), raw);
            QVERIFY(it->is(EntryEscapes));
            QVERIFY(!it->isPlainEntry());
            QCOMPARE(it->headerOffset, headerOf(tar, raw));
            const Diagnostic *d = findDiag(scan->diagnostics, DiagSeverity::Warning, QStringLiteral("path traversal"),
                                           QStringLiteral("0/layer.tar: ") + QString::fromUtf8(raw));
            QVERIFY2(d, qPrintable(dump(scan->diagnostics)));
            QCOMPARE(d->offset, headerOf(tar, raw));
        }

        const LayerEntry *abs = lastEntry(*scan, "etc/x");
        QVERIFY(abs);
        QVERIFY(abs->is(EntryAbsolute));
        QVERIFY(!abs->is(EntryEscapes));
        QCOMPARE(abs->rawName, std::string("/etc/x"));
        const Diagnostic *da = findDiag(scan->diagnostics, DiagSeverity::Warning, QStringLiteral("absolute member name"),
                                        QStringLiteral("0/layer.tar: /etc/x"));
        QVERIFY2(da, qPrintable(dump(scan->diagnostics)));
        QCOMPARE(da->offset, headerOf(tar, "/etc/x"));

        const LayerEntry *dotdot = lastEntry(*scan, "b");
        QVERIFY(dotdot);
        QVERIFY(dotdot->is(EntryDotDot));
        QVERIFY(!dotdot->is(EntryEscapes));

        // Escaping entries never reach the file system; the absolute one lands below the root.
        const StackResult s = stack({scan});
        QCOMPARE(visiblePaths(*s.tree), QStringList({QStringLiteral("/b"), QStringLiteral("/etc"),
                                                     QStringLiteral("/etc/x"), QStringLiteral("/ok")}));
        QCOMPARE(s.tree->sha256(s.tree->find("etc/x")), Sha256::of(QByteArray("absolute")));
    }

    void traversalAndAbsoluteNamesInArchive()
    {
        const QByteArray tar0 = TarBuilder(TarBuilder::Format::Ustar)
                                    .file("ok", "ok")
                                    .file("../evil", "evil")
                                    .file("/etc/x", "absolute")
                                    .bytes();
        const QString path = writeTemp(dockerSave({tar0, appLayer()}), QStringLiteral("traversal.tar"));
        const Analysis analysis = analyse({path});
        QCOMPARE(analysis.images.size(), std::size_t(1));
        const Image &image = analysis.images[0];
        const Diagnostic *d = findDiag(analysis.diagnostics, DiagSeverity::Warning, QStringLiteral("path traversal"),
                                       QStringLiteral("0/layer.tar: ../evil"));
        QVERIFY2(d, qPrintable(dump(analysis.diagnostics)));
        QCOMPARE(d->evidence, path);
        QCOMPARE(d->offset, headerOf(tar0, "../evil"));
        QVERIFY(findDiag(analysis.diagnostics, DiagSeverity::Warning, QStringLiteral("absolute member name"),
                         QStringLiteral("0/layer.tar: /etc/x")));
        QCOMPARE(treePaths(image), QStringList({QStringLiteral("/app"), QStringLiteral("/app/main"),
                                                QStringLiteral("/etc"), QStringLiteral("/etc/x"),
                                                QStringLiteral("/ok")}));
        QVERIFY(image.layers[0].verified);
        QVERIFY(image.layers[1].verified);
    }

    // ---- 5. duplicate members ---------------------------------------------------------------

    void duplicateMembersInLayer()
    {
        const QByteArray tar = TarBuilder(TarBuilder::Format::Ustar)
                                   .file("f", "first copy")
                                   .file("g", "g")
                                   .file("f", "second copy")
                                   .bytes();
        const auto copies = membersNamed(tar, "f");
        QCOMPARE(copies.size(), std::size_t(2));
        const LayerScanPtr scan = scanBytes(tar, QStringLiteral("0/layer.tar"));
        QVERIFY(scan->complete);
        QCOMPARE(scan->entries.size(), std::size_t(3));
        QVERIFY(!scan->entries[0].is(EntryDuplicate));
        QVERIFY(scan->entries[2].is(EntryDuplicate));
        const Diagnostic *d = findDiag(scan->diagnostics, DiagSeverity::Warning, QStringLiteral("duplicate member"),
                                       QStringLiteral("0/layer.tar: f"));
        QVERIFY2(d, qPrintable(dump(scan->diagnostics)));
        QCOMPARE(d->offset, copies[1].header);
        QCOMPARE(d->args.value(0), QString::number(copies[0].header));

        const StackResult s = stack({scan});
        const std::uint32_t node = s.tree->find("f");
        QVERIFY(node != FileTree::NoNode);
        QCOMPARE(s.tree->sha256(node), Sha256::of(QByteArray("second copy")));
        QCOMPARE(s.tree->entry(node)->headerOffset, copies[1].header);
    }

    void duplicateManifestInOuterArchive()
    {
        const QByteArray tar0 = baseLayer();
        const QByteArray config = ImageArchive::configFor({tar0});
        const QString cfg = configNameOf(config);
        const QByteArray archive = outerTar({
            {cfg.toStdString(), config, {}},
            {"0/layer.tar", tar0, {}},
            {"manifest.json", manifestJson({{cfg, {QStringLiteral("first:1")}, {QStringLiteral("missing/layer.tar")}}}), {}},
            {"manifest.json", manifestJson({{cfg, {QStringLiteral("second:1")}, {QStringLiteral("0/layer.tar")}}}), {}},
        });
        const auto copies = membersNamed(archive, "manifest.json");
        QCOMPARE(copies.size(), std::size_t(2));
        const QString path = writeTemp(archive, QStringLiteral("two-manifests.tar"));
        const Analysis analysis = analyse({path});

        const Diagnostic *d = findDiag(analysis.diagnostics, DiagSeverity::Warning, QStringLiteral("duplicate member"),
                                       QStringLiteral("manifest.json"));
        QVERIFY2(d, qPrintable(dump(analysis.diagnostics)));
        QCOMPARE(d->evidence, path);
        QCOMPARE(d->offset, copies[1].header);
        QCOMPARE(d->args.value(0), QString::number(copies[0].header));
        // The later copy is the one read.
        QCOMPARE(analysis.images.size(), std::size_t(1));
        QCOMPARE(analysis.images[0].repoTags, QStringList{QStringLiteral("second:1")});
        QVERIFY(analysis.images[0].layers[0].verified);
        QVERIFY2(!findDiag(analysis.diagnostics, DiagSeverity::Error, QStringLiteral("not found")),
                 qPrintable(dump(analysis.diagnostics)));
    }

    void duplicateLayerInOuterArchive()
    {
        const QByteArray stale = TarBuilder(TarBuilder::Format::Ustar).file("old", "old").bytes();
        const QByteArray tar0 = baseLayer();
        const QByteArray config = ImageArchive::configFor({tar0});
        const QString cfg = configNameOf(config);
        const QByteArray archive = outerTar({
            {cfg.toStdString(), config, {}},
            {"0/layer.tar", stale, {}},
            {"0/layer.tar", tar0, {}},
            {"manifest.json", manifestJson({{cfg, {QStringLiteral("t:1")}, {QStringLiteral("0/layer.tar")}}}), {}},
        });
        const auto copies = membersNamed(archive, "0/layer.tar");
        QCOMPARE(copies.size(), std::size_t(2));
        const QString path = writeTemp(archive, QStringLiteral("two-layer-copies.tar"));
        const Analysis analysis = analyse({path});
        const Diagnostic *d = findDiag(analysis.diagnostics, DiagSeverity::Warning, QStringLiteral("duplicate member"),
                                       QStringLiteral("0/layer.tar"));
        QVERIFY2(d, qPrintable(dump(analysis.diagnostics)));
        QCOMPARE(d->offset, copies[1].header);
        QCOMPARE(d->args.value(0), QString::number(copies[0].header));
        QCOMPARE(analysis.images.size(), std::size_t(1));
        const Image &image = analysis.images[0];
        QVERIFY(image.layers[0].verified);
        QCOMPARE(image.layers[0].digest, Sha256::of(tar0).prefixed());
        const QStringList paths = treePaths(image);
        QVERIFY(paths.contains(QStringLiteral("/etc/os-release")));
        QVERIFY(!paths.contains(QStringLiteral("/old")));
    }

    // ---- 6. layer members that are links ------------------------------------------------------

    void linkedLayerMembers_data()
    {
        QTest::addColumn<QStringList>("linkNames");
        QTest::addColumn<QStringList>("linkTargets");
        QTest::addColumn<QString>("message");
        QTest::newRow("symlink to itself")
            << QStringList{QStringLiteral("bad/layer.tar")} << QStringList{QStringLiteral("layer.tar")}
            << QStringLiteral("link loop at member \"bad/layer.tar\"");
        QTest::newRow("symlink outside the archive (relative)")
            << QStringList{QStringLiteral("bad/layer.tar")} << QStringList{QStringLiteral("../../etc/passwd")}
            << QStringLiteral("link \"bad/layer.tar\" -> \"../../etc/passwd\" points outside the archive");
        QTest::newRow("symlink outside the archive (absolute)")
            << QStringList{QStringLiteral("bad/layer.tar")} << QStringList{QStringLiteral("/etc/passwd")}
            << QStringLiteral("link \"bad/layer.tar\" -> \"/etc/passwd\" points outside the archive");
        QTest::newRow("chain loop a -> b -> a")
            << QStringList{QStringLiteral("bad/layer.tar"), QStringLiteral("other/layer.tar")}
            << QStringList{QStringLiteral("../other/layer.tar"), QStringLiteral("../bad/layer.tar")}
            << QStringLiteral("link loop at member \"bad/layer.tar\"");
        QTest::newRow("dangling symlink")
            << QStringList{QStringLiteral("bad/layer.tar")} << QStringList{QStringLiteral("../nothing/layer.tar")}
            << QStringLiteral("link target \"nothing/layer.tar\" not found in the archive");
    }

    void linkedLayerMembers()
    {
        QFETCH(QStringList, linkNames);
        QFETCH(QStringList, linkTargets);
        QFETCH(QString, message);
        const QByteArray tar0 = baseLayer();
        const QByteArray tar1 = appLayer();
        const QByteArray goodConfig = ImageArchive::configFor({tar0, tar1});
        const QByteArray badConfig = ImageArchive::configFor(
            {TarBuilder(TarBuilder::Format::Ustar).file("bad", "bad").bytes()});
        std::vector<Member> members{
            {configNameOf(badConfig).toStdString(), badConfig, {}},
        };
        for (qsizetype i = 0; i < linkNames.size(); ++i) {
            members.push_back({linkNames[i].toStdString(), {}, linkTargets[i].toStdString()});
        }
        members.push_back({configNameOf(goodConfig).toStdString(), goodConfig, {}});
        members.push_back({"0/layer.tar", tar0, {}});
        members.push_back({"1/layer.tar", tar1, {}});
        // The bad image comes first: the good one is analysed after the error.
        members.push_back({"manifest.json",
                           manifestJson({{configNameOf(badConfig), {QStringLiteral("bad:1")}, {QStringLiteral("bad/layer.tar")}},
                                         {configNameOf(goodConfig), {QStringLiteral("good:1")},
                                          {QStringLiteral("0/layer.tar"), QStringLiteral("1/layer.tar")}}}),
                           {}});
        const QByteArray archive = outerTar(members);
        const QString path = writeTemp(archive, QStringLiteral("links-%1.tar").arg(QString::fromUtf8(QTest::currentDataTag())).replace(u' ', u'_'));
        const Analysis analysis = analyse({path});

        const Diagnostic *d = findDiag(analysis.diagnostics, DiagSeverity::Error, message);
        QVERIFY2(d, qPrintable(dump(analysis.diagnostics)));
        QCOMPARE(d->evidence, path);
        QCOMPARE(d->where, QStringLiteral("bad/layer.tar"));
        QCOMPARE(d->offset, headerOf(archive, "bad/layer.tar"));

        QCOMPARE(analysis.images.size(), std::size_t(2));
        const Image &bad = analysis.images[0];
        QCOMPARE(bad.repoTags, QStringList{QStringLiteral("bad:1")});
        QCOMPARE(bad.layers.size(), std::size_t(1));
        QVERIFY(!bad.layers[0].readable);
        QVERIFY(!bad.layers[0].verified);
        QVERIFY(bad.layers[0].scan);
        QVERIFY(bad.layers[0].scan->entries.empty());
        const Image &good = analysis.images[1];
        QCOMPARE(good.repoTags, QStringList{QStringLiteral("good:1")});
        QVERIFY(good.layers[0].verified);
        QVERIFY(good.layers[1].verified);
        QVERIFY(treePaths(good).contains(QStringLiteral("/app/main")));
        QVERIFY(analysis.evidence[0].readable);
    }

    // ---- 7. manifest naming a missing layer ---------------------------------------------------

    void missingLayer()
    {
        const QByteArray tar0 = baseLayer();
        const QByteArray gone = TarBuilder(TarBuilder::Format::Ustar).file("gone", "gone").bytes();
        const QByteArray tar2 = appLayer();
        const QByteArray config = ImageArchive::configFor({tar0, gone, tar2});
        const QString cfg = configNameOf(config);
        const QByteArray archive = outerTar({
            {cfg.toStdString(), config, {}},
            {"0/layer.tar", tar0, {}},
            {"2/layer.tar", tar2, {}},
            {"manifest.json",
             manifestJson({{cfg, {QStringLiteral("t:1")},
                            {QStringLiteral("0/layer.tar"), QStringLiteral("missing/layer.tar"), QStringLiteral("2/layer.tar")}}}),
             {}},
        });
        const QString path = writeTemp(archive, QStringLiteral("missing-layer.tar"));
        const Analysis analysis = analyse({path});

        const Diagnostic *d = findDiag(analysis.diagnostics, DiagSeverity::Error, QStringLiteral("not found"),
                                       QStringLiteral("missing/layer.tar"));
        QVERIFY2(d, qPrintable(dump(analysis.diagnostics)));
        QCOMPARE(d->evidence, path);
        QCOMPARE(analysis.images.size(), std::size_t(1));
        const Image &image = analysis.images[0];
        QCOMPARE(image.repoTags, QStringList{QStringLiteral("t:1")});
        QCOMPARE(image.layers.size(), std::size_t(3));
        QCOMPARE(image.layers[1].member, QStringLiteral("missing/layer.tar"));
        QVERIFY(!image.layers[1].readable);
        QVERIFY(!image.layers[1].verified);
        QVERIFY(image.layers[0].verified);
        QVERIFY(image.layers[2].verified);
        const IntegrityCheck *c = integrity(image, QStringLiteral("layer 1 diff_id"));
        QVERIFY(c);
        QVERIFY(!c->ok);
        QCOMPARE(c->expected, Sha256::of(gone).prefixed());
        const QStringList paths = treePaths(image);
        QVERIFY(paths.contains(QStringLiteral("/etc/os-release")));
        QVERIFY(paths.contains(QStringLiteral("/app/main")));
        QVERIFY(!paths.contains(QStringLiteral("/gone")));
        QVERIFY(analysis.anyEvidenceRead());
    }

    // ---- 8. tampered layer and tampered config --------------------------------------------------

    void tamperedLayer()
    {
        const QByteArray tar0 = baseLayer();
        const QByteArray tar1 = appLayer();
        QByteArray tampered = tar0;
        const RawMember osRelease = membersNamed(tar0, "etc/os-release").at(0);
        tampered[osRelease.data] = 'X'; // "ID=test" → "XD=test"; the header checksum is untouched
        const QByteArray config = ImageArchive::configFor({tar0, tar1});
        const QString path = writeTemp(dockerSave({tampered, tar1}, {tar0, tar1}), QStringLiteral("tampered-layer.tar"));
        const Analysis analysis = analyse({path});

        QCOMPARE(analysis.images.size(), std::size_t(1));
        const Image &image = analysis.images[0];
        const IntegrityCheck *c = integrity(image, QStringLiteral("layer 0 diff_id"));
        QVERIFY(c);
        QVERIFY(!c->ok);
        QCOMPARE(c->expected, Sha256::of(tar0).prefixed());
        QCOMPARE(c->actual, Sha256::of(tampered).prefixed());
        const IntegrityCheck *c1 = integrity(image, QStringLiteral("layer 1 diff_id"));
        QVERIFY(c1);
        QVERIFY(c1->ok);
        QVERIFY(image.layers[0].readable);
        QVERIFY(!image.layers[0].verified);
        QVERIFY(image.layers[1].verified);
        const Diagnostic *d = findDiag(analysis.diagnostics, DiagSeverity::Warning, QStringLiteral("layer 0 diff_id"));
        QVERIFY2(d, qPrintable(dump(analysis.diagnostics)));
        QCOMPARE(d->evidence, path);
        QCOMPARE(d->where, configNameOf(config) + QStringLiteral(" rootfs.diff_ids[0]"));
        // The analysis goes on with the bytes as stored.
        const std::uint32_t node = image.tree->find("etc/os-release");
        QVERIFY(node != FileTree::NoNode);
        QCOMPARE(image.tree->sha256(node), Sha256::of(QByteArray("XD=test\n")));
        QVERIFY(treePaths(image).contains(QStringLiteral("/app/main")));
    }

    void tamperedConfig()
    {
        const QByteArray tar0 = baseLayer();
        const QByteArray config = ImageArchive::configFor({tar0});
        const QString cfg = configNameOf(config); // named after the original
        QByteArray tampered = config;
        tampered.replace("\"User\":\"app\"", "\"User\":\"root\"");
        QVERIFY(tampered != config);
        const QString path = writeTemp(outerTar({
                                           {cfg.toStdString(), tampered, {}},
                                           {"0/layer.tar", tar0, {}},
                                           {"manifest.json", manifestJson({{cfg, {QStringLiteral("t:1")}, {QStringLiteral("0/layer.tar")}}}), {}},
                                       }),
                                       QStringLiteral("tampered-config.tar"));
        const Analysis analysis = analyse({path});
        QCOMPARE(analysis.images.size(), std::size_t(1));
        const Image &image = analysis.images[0];
        const IntegrityCheck *c = integrity(image, QStringLiteral("config digest (image id)"));
        QVERIFY(c);
        QVERIFY(!c->ok);
        QCOMPARE(c->expected, Sha256::of(config).prefixed());
        QCOMPARE(c->actual, Sha256::of(tampered).prefixed());
        QCOMPARE(image.id, Sha256::of(tampered).prefixed());
        const Diagnostic *d = findDiag(analysis.diagnostics, DiagSeverity::Warning, QStringLiteral("config digest"));
        QVERIFY2(d, qPrintable(dump(analysis.diagnostics)));
        QCOMPARE(d->evidence, path);
        QCOMPARE(d->where, QStringLiteral("manifest.json[0].Config"));
        QCOMPARE(image.config.user, QStringLiteral("root"));
        QVERIFY(image.layers[0].readable);
        QVERIFY(treePaths(image).contains(QStringLiteral("/etc/os-release")));
    }

    // ---- 9. an entry declaring 1 GiB in a short archive; sparse holes ----------------------------

    void hugeDeclaredSize_data()
    {
        QTest::addColumn<bool>("compressed");
        QTest::newRow("plain") << false;
        QTest::newRow("gzip") << true;
    }

    void hugeDeclaredSize()
    {
        QFETCH(bool, compressed);
        const QByteArray tar = ustarHeader("small", 5) + padded("small") + ustarHeader("big", OneGiB) + "hello";
        QCOMPARE(QByteArray(tar.constData() + Block * 2 + 124, 12), QByteArray("10000000000\0", 12));
        const QByteArray blob = compressed ? TarBuilder::gzip(tar) : tar;

        const bool reset = resetPeakMemory();
        const qint64 before = statusKiB("VmHWM");
        QElapsedTimer timer;
        timer.start();
        const LayerScanPtr scan = scanBytes(blob, QStringLiteral("0/layer.tar"));
        const qint64 ms = timer.elapsed();
        const qint64 grownKiB = statusKiB("VmHWM") - before;
        qDebug("1 GiB entry: %lld ms, VmHWM +%lld KiB (peak reset: %s)", ms, grownKiB, reset ? "yes" : "no");

        QVERIFY2(ms < 5000, qPrintable(QStringLiteral("%1 ms").arg(ms)));
        QVERIFY2(grownKiB < 50 * 1024, qPrintable(QStringLiteral("VmHWM grew by %1 KiB").arg(grownKiB)));
        QVERIFY(!scan->complete);
        QCOMPARE(scan->entries.size(), std::size_t(2));
        QCOMPARE(scan->entries[0].sha256, Sha256::of(QByteArray("small")));
        const LayerEntry &big = scan->entries[1];
        QCOMPARE(big.path, std::string("big"));
        QCOMPARE(big.size, OneGiB);
        QVERIFY(big.is(EntryTruncated));
        QVERIFY(!big.sha256.valid);
        const Diagnostic *d = findDiag(scan->diagnostics, DiagSeverity::Error, QStringLiteral("declared 1073741824 bytes, 5 read"));
        QVERIFY2(d, qPrintable(dump(scan->diagnostics)));
        QCOMPARE(d->where, QStringLiteral("0/layer.tar: big"));
        QCOMPARE(d->offset, 2 * Block);
    }

    void hugeDeclaredSizeInArchive()
    {
        const QByteArray tar0 = baseLayer();
        const QByteArray tar1 = appLayer();
        const QByteArray config = ImageArchive::configFor({tar0, tar1});
        const QString cfg = configNameOf(config);
        const QByteArray head = withoutEndBlocks(outerTar({
            {cfg.toStdString(), config, {}},
            {"0/layer.tar", tar0, {}},
            {"manifest.json", manifestJson({{cfg, {QStringLiteral("t:1")}, {QStringLiteral("0/layer.tar"), QStringLiteral("1/layer.tar")}}}), {}},
        }));
        const qint64 bigHeader = head.size();
        const QByteArray archive = head + ustarHeader("1/layer.tar", OneGiB) + "hello";
        const QString path = writeTemp(archive, QStringLiteral("huge-member.tar"));

        const bool reset = resetPeakMemory();
        const qint64 before = statusKiB("VmHWM");
        QElapsedTimer timer;
        timer.start();
        const Analysis analysis = analyse({path});
        const qint64 ms = timer.elapsed();
        const qint64 grownKiB = statusKiB("VmHWM") - before;
        qDebug("1 GiB member: %lld ms, VmHWM +%lld KiB (peak reset: %s)", ms, grownKiB, reset ? "yes" : "no");
        QVERIFY2(ms < 5000, qPrintable(QStringLiteral("%1 ms").arg(ms)));
        QVERIFY2(grownKiB < 50 * 1024, qPrintable(QStringLiteral("VmHWM grew by %1 KiB").arg(grownKiB)));

        const Diagnostic *d = findDiag(analysis.diagnostics, DiagSeverity::Error,
                                       QStringLiteral("member declares 1073741824 bytes but only 5 remain"));
        QVERIFY2(d, qPrintable(dump(analysis.diagnostics)));
        QCOMPARE(d->evidence, path);
        QCOMPARE(d->where, QStringLiteral("1/layer.tar"));
        QCOMPARE(d->offset, bigHeader);
        const Diagnostic *e = findDiag(analysis.diagnostics, DiagSeverity::Error, QStringLiteral("layer blob ends early"),
                                       QStringLiteral("1/layer.tar"));
        QVERIFY2(e, qPrintable(dump(analysis.diagnostics)));
        QCOMPARE(e->offset, bigHeader + Block);

        QCOMPARE(analysis.images.size(), std::size_t(1));
        const Image &image = analysis.images[0];
        QVERIFY(image.layers[0].verified);
        QVERIFY(!image.layers[1].readable);
        QVERIFY(!image.layers[1].verified);
        QVERIFY(treePaths(image).contains(QStringLiteral("/etc/os-release")));
    }

    // A pax GNU sparse 0.1 entry: 5 stored bytes, a declared real size of 1 TiB. Hashing the hole
    // byte by byte would take many minutes; the scan must finish promptly and say why the
    // content digest is missing.
    void sparseEntryWithHugeHole()
    {
        // Control: a small hole is read as zeros and hashed, so the sparse map is understood.
        {
            const LayerScanPtr small = scanBytes(sparseTar(1 << 20), QStringLiteral("0/layer.tar"));
            QVERIFY2(small->complete, qPrintable(dump(small->diagnostics)));
            QCOMPARE(small->entries.size(), std::size_t(1));
            QCOMPARE(small->entries[0].path, std::string("sparse"));
            QCOMPARE(small->entries[0].size, 1 << 20);
            QCOMPARE(small->entries[0].sha256, Sha256::of(QByteArray("hello") + QByteArray((1 << 20) - 5, '\0')));
        }
        const QByteArray tar = sparseTar(OneTiB);
        const ChildResult r = runInChild(
            [&tar] {
                MemorySource source(tar);
                const LayerScan scan = LayerScanner::scan(source, QStringLiteral("test"), QStringLiteral("0/layer.tar"));
                QByteArray out;
                out += "entries=" + QByteArray::number(qulonglong(scan.entries.size())) + '\n';
                if (!scan.entries.empty()) {
                    out += "size=" + QByteArray::number(scan.entries[0].size) + '\n';
                    out += "path=" + QByteArray::fromStdString(scan.entries[0].path) + '\n';
                }
                for (const Diagnostic &d : scan.diagnostics) {
                    if (d.severity != DiagSeverity::Info && d.where == u"0/layer.tar: sparse") {
                        out += "entryDiagnostic=" + d.toString().toUtf8() + '\n';
                    }
                }
                return out;
            },
            15000);
        qDebug("sparse 1 TiB hole: finished=%d after %lld ms", int(r.finished), r.elapsedMs);
        QVERIFY2(r.finished, qPrintable(QStringLiteral("the scan of a 5-byte sparse entry declaring 1 TiB "
                                                       "did not finish within 15 s")));
        QCOMPARE(r.values.value(QStringLiteral("entries")), QStringLiteral("1"));
        QCOMPARE(r.values.value(QStringLiteral("path")), QStringLiteral("sparse"));
        QCOMPARE(r.values.value(QStringLiteral("size")), QString::number(OneTiB));
        QVERIFY2(r.values.contains(QStringLiteral("entryDiagnostic")),
                 "no warning or error names the sparse entry");
    }

    // Cancelling must stop the scan even while it hashes a sparse hole.
    void sparseHoleHonoursCancel()
    {
        const QByteArray tar = sparseTar(OneTiB);
        const ChildResult r = runInChild(
            [&tar] {
                std::atomic_bool cancel{false};
                std::thread stopper([&cancel] {
                    std::this_thread::sleep_for(std::chrono::milliseconds(300));
                    cancel = true;
                });
                LayerScanner::Options options;
                options.cancel = &cancel;
                MemorySource source(tar);
                QElapsedTimer timer;
                timer.start();
                const LayerScan scan = LayerScanner::scan(source, QStringLiteral("test"), QStringLiteral("0/layer.tar"), options);
                const qint64 ms = timer.elapsed();
                stopper.join();
                return QByteArray("cancelled=" + QByteArray::number(int(scan.cancelled)) + "\nms="
                                  + QByteArray::number(ms) + '\n');
            },
            10000);
        qDebug("sparse hole, cancel after 300 ms: finished=%d after %lld ms", int(r.finished), r.elapsedMs);
        QVERIFY2(r.finished, "the scan did not stop within 10 s of starting although it was cancelled after 300 ms");
        QCOMPARE(r.values.value(QStringLiteral("cancelled")), QStringLiteral("1"));
        QVERIFY(r.values.value(QStringLiteral("ms")).toLongLong() < 3000);
    }

    // ---- 10. 200 000 entries ----------------------------------------------------------------

    void twoHundredThousandEntries()
    {
        constexpr int Count = 200000;
        const bool reset = resetPeakMemory();
        const qint64 rssBefore = statusKiB("VmRSS");
        const qint64 hwmBefore = statusKiB("VmHWM");
        QElapsedTimer timer;
        timer.start();
        GeneratedTar source(Count);
        auto scan = std::make_shared<LayerScan>(LayerScanner::scan(source, QStringLiteral("test"), QStringLiteral("0/layer.tar")));
        const qint64 scanMs = timer.elapsed();
        const StackResult s = stack({scan});
        const qint64 totalMs = timer.elapsed();
        const qint64 grownKiB = statusKiB("VmHWM") - hwmBefore;
        qDebug("200000 entries: scan %lld ms, scan+stack %lld ms; VmHWM +%lld KiB = %lld bytes per entry "
               "(RSS before %lld KiB, peak reset: %s)",
               scanMs, totalMs, grownKiB, grownKiB * 1024 / Count, rssBefore, reset ? "yes" : "no");

        QVERIFY2(scan->complete, qPrintable(dump(scan->diagnostics)));
        QCOMPARE(scan->entries.size(), std::size_t(Count));
        QCOMPARE(scan->diagnostics.size(), std::size_t(0));
        for (int i : {0, 1, 99999, Count - 1}) {
            const LayerEntry &e = scan->entries[std::size_t(i)];
            QCOMPARE(QByteArray::fromStdString(e.path), GeneratedTar::name(i));
            QCOMPARE(e.sha256, Sha256::of(GeneratedTar::content(i)));
            QCOMPARE(e.headerOffset, qint64(i) * 2 * Block);
        }
        QCOMPARE(s.tree->visibleCount(), std::size_t(Count + GeneratedTar::Dirs));
        QCOMPARE(s.changes[0].added, Count + GeneratedTar::Dirs);
#if defined(__SANITIZE_ADDRESS__)
        // AddressSanitizer's redzones and quarantine multiply every allocation: memory is
        // measured by the regular build (and by bench/), not by the sanitizer build.
        qDebug("AddressSanitizer build: the memory bound is checked by the regular build only");
#else
        QVERIFY2(grownKiB < Count, qPrintable(QStringLiteral("VmHWM grew by %1 KiB for %2 entries").arg(grownKiB).arg(Count)));
#endif
    }

    // ---- 11. names that are not UTF-8 ---------------------------------------------------------

    void nonUtf8Names_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QString>("display");
        const int ustar = int(TarBuilder::Format::Ustar);
        const int gnu = int(TarBuilder::Format::Gnu);
        QTest::newRow("ustar, 0xff 0xfe") << ustar << QByteArray("caf\xff\xfe.txt") << QStringLiteral("caf\\xFF\\xFE.txt");
        QTest::newRow("gnu, 0xff 0xfe") << gnu << QByteArray("caf\xff\xfe.txt") << QStringLiteral("caf\\xFF\\xFE.txt");
        QTest::newRow("ustar, Latin-1 e-acute") << ustar << QByteArray("caf\xe9") << QStringLiteral("caf\\xE9");
        QTest::newRow("gnu, cut UTF-8 sequence") << gnu << QByteArray("x\xc3") << QStringLiteral("x\\xC3");
        QTest::newRow("ustar, in a directory") << ustar << QByteArray("d\xff/f") << QStringLiteral("d\\xFF/f");
    }

    void nonUtf8Names()
    {
        QFETCH(int, format);
        QFETCH(QByteArray, name);
        QFETCH(QString, display);
        const std::string raw = name.toStdString();
        const QByteArray tar = TarBuilder(TarBuilder::Format(format)).file("ok", "ok").file(raw, "content").bytes();
        QVERIFY2(tar.contains(name), "the writer did not store the raw bytes");
        const LayerScanPtr scan = scanBytes(tar, QStringLiteral("0/layer.tar"));
        QVERIFY2(scan->complete, qPrintable(dump(scan->diagnostics)));
        QCOMPARE(scan->entries.size(), std::size_t(2));
        const LayerEntry &e = scan->entries[1];
        QCOMPARE(e.path, raw);
        QVERIFY(e.is(EntryNotUtf8));
        QVERIFY(e.isPlainEntry());
        QCOMPARE(e.sha256, Sha256::of(QByteArray("content")));
        QCOMPARE(displayName(e.path), display);
        const Diagnostic *d = findDiag(scan->diagnostics, DiagSeverity::Info, QStringLiteral("not valid UTF-8"));
        QVERIFY2(d, qPrintable(dump(scan->diagnostics)));
        QCOMPARE(d->where, QStringLiteral("0/layer.tar: ") + display);
        QCOMPARE(d->offset, e.headerOffset);
        QCOMPARE(countSeverity(scan->diagnostics, DiagSeverity::Error), 0);

        const StackResult s = stack({scan});
        const std::uint32_t node = s.tree->find(raw);
        QVERIFY(node != FileTree::NoNode);
        QVERIFY(s.tree->visible(node));
        QCOMPARE(s.tree->sha256(node), Sha256::of(QByteArray("content")));
    }

    void nonUtf8NamesInArchive()
    {
        const QByteArray tar0 = TarBuilder(TarBuilder::Format::Ustar).file("caf\xff\xfe.txt", "content").bytes();
        const QString path = writeTemp(dockerSave({tar0}), QStringLiteral("non-utf8.tar"));
        const Analysis analysis = analyse({path});
        QCOMPARE(analysis.images.size(), std::size_t(1));
        const Diagnostic *d = findDiag(analysis.diagnostics, DiagSeverity::Info, QStringLiteral("not valid UTF-8"),
                                       QStringLiteral("0/layer.tar: caf\\xFF\\xFE.txt"));
        QVERIFY2(d, qPrintable(dump(analysis.diagnostics)));
        QCOMPARE(d->evidence, path);
        QCOMPARE(d->offset, 0);
        const Image &image = analysis.images[0];
        QVERIFY(image.layers[0].verified);
        QVERIFY(image.tree->find("caf\xff\xfe.txt") != FileTree::NoNode);
    }

    // ---- 12. unknown and empty evidence ---------------------------------------------------------

    void unknownAndEmptyEvidence()
    {
        QByteArray random = noise(64 * 1024, 12);
        random[0] = char(0x80); // not '{', '[', a compression magic or text
        const QString randomPath = writeTemp(random, QStringLiteral("random.bin"));
        const QString emptyPath = writeTemp({}, QStringLiteral("empty.bin"));
        const QString goodPath = writeTemp(dockerSave({baseLayer(), appLayer()}), QStringLiteral("good.tar"));

        const Analysis bad = analyse({randomPath, emptyPath});
        QVERIFY(!bad.anyEvidenceRead());
        QVERIFY(bad.images.empty());
        QCOMPARE(bad.evidence.size(), std::size_t(2));
        const QString paths[] = {randomPath, emptyPath};
        const QByteArray contents[] = {random, QByteArray()};
        for (int i = 0; i < 2; ++i) {
            const EvidenceItem &item = bad.evidence[std::size_t(i)];
            QCOMPARE(item.path, paths[i]);
            QCOMPARE(item.kind, QStringLiteral("unknown"));
            QVERIFY(!item.readable);
            QCOMPARE(item.sizeBytes, contents[i].size());
            QCOMPARE(item.sha256, Sha256::of(contents[i]).prefixed()); // still hashed for the record
            const auto it = std::find_if(bad.diagnostics.begin(), bad.diagnostics.end(), [&](const Diagnostic &d) {
                return d.evidence == paths[i] && d.severity == DiagSeverity::Error;
            });
            QVERIFY2(it != bad.diagnostics.end(), qPrintable(dump(bad.diagnostics)));
            QVERIFY(it->message().contains(QStringLiteral("unknown evidence format")));
        }

        const Analysis mixed = analyse({randomPath, goodPath, emptyPath});
        QVERIFY(mixed.anyEvidenceRead());
        QCOMPARE(mixed.evidence.size(), std::size_t(3));
        QVERIFY(!mixed.evidence[0].readable);
        QVERIFY(mixed.evidence[1].readable);
        QCOMPARE(mixed.evidence[1].kind, QStringLiteral("docker-archive"));
        QVERIFY(!mixed.evidence[2].readable);
        QCOMPARE(mixed.images.size(), std::size_t(1));
        QCOMPARE(mixed.images[0].evidence, goodPath);
        QVERIFY(mixed.images[0].layers[0].verified);
        QVERIFY(mixed.images[0].layers[1].verified);
        QVERIFY(findDiag(mixed.diagnostics, DiagSeverity::Error, QStringLiteral("unknown evidence format")));
    }

    // ---- 13. manifest.json that describes nothing ----------------------------------------------

    void badManifest_data()
    {
        QTest::addColumn<QByteArray>("manifest");
        QTest::addColumn<QString>("message");
        QTest::newRow("null") << QByteArray("null") << QStringLiteral("manifest.json is null");
        QTest::newRow("null with blanks") << QByteArray(" null\n") << QStringLiteral("manifest.json is null");
        QTest::newRow("not JSON") << QByteArray("[{\"Config\":") << QStringLiteral("not valid JSON");
        QTest::newRow("an object") << QByteArray("{}") << QStringLiteral("not an array");
        QTest::newRow("an empty array") << QByteArray("[]") << QStringLiteral("lists no images");
    }

    void badManifest()
    {
        QFETCH(QByteArray, manifest);
        QFETCH(QString, message);
        const QByteArray tar0 = baseLayer();
        const QByteArray config = ImageArchive::configFor({tar0});
        const QString path = writeTemp(outerTar({
                                           {configNameOf(config).toStdString(), config, {}},
                                           {"0/layer.tar", tar0, {}},
                                           {"manifest.json", manifest, {}},
                                       }),
                                       QStringLiteral("manifest-%1.tar").arg(QString::fromUtf8(QTest::currentDataTag())).replace(u' ', u'_'));
        const QString goodPath = writeTemp(dockerSave({baseLayer()}), QStringLiteral("good-for-manifest.tar"));

        const Analysis alone = analyse({path});
        const Diagnostic *d = findDiag(alone.diagnostics, DiagSeverity::Error, message);
        QVERIFY2(d, qPrintable(dump(alone.diagnostics)));
        QCOMPARE(d->evidence, path);
        QCOMPARE(d->where, QStringLiteral("manifest.json"));
        QVERIFY(alone.images.empty());
        QCOMPARE(alone.evidence.size(), std::size_t(1));
        QCOMPARE(alone.evidence[0].kind, QStringLiteral("docker-archive"));
        QVERIFY(!alone.anyEvidenceRead());

        const Analysis mixed = analyse({path, goodPath});
        QCOMPARE(mixed.images.size(), std::size_t(1));
        QCOMPARE(mixed.images[0].evidence, goodPath);
        QVERIFY(mixed.images[0].layers[0].verified);
        QVERIFY(findDiag(mixed.diagnostics, DiagSeverity::Error, message));
    }

private:
    static QByteArray sparseTar(qint64 realSize)
    {
        const QByteArray pax = paxRecord("GNU.sparse.size", QByteArray::number(realSize))
            + paxRecord("GNU.sparse.map", "0,5") + paxRecord("path", "sparse");
        return ustarHeader("PaxHeaders/sparse", pax.size(), 'x') + padded(pax)
            + ustarHeader("GNUSparseFile/sparse", 5) + padded("hello") + QByteArray(2 * Block, '\0');
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
