#include "packagesniffer.h"

#include "archive/filekind.h"
#include "languagepackages.h"
#include "packagepaths.h"

#include <algorithm>

namespace dockscope {

PackageSniffer::PackageSniffer(const ContentInspector *rules, qint64 maxBytes)
    : m_rules(rules)
    , m_maxBytes(rules ? std::max(rules->maxBytes(), maxBytes) : maxBytes)
{
}

void PackageSniffer::inspect(std::uint32_t index, LayerEntry &entry, const char *data, std::size_t length,
                             bool complete, LayerRole role, ContentResults &results) const
{
    if (m_rules) {
        // The rules see what they asked for: no more than their own limit.
        const std::size_t theirs = std::size_t(std::min<qint64>(m_rules->maxBytes(), qint64(length)));
        m_rules->inspect(index, entry, data, theirs, complete && theirs == length, role, results);
    } else {
        std::uint8_t elf = 0;
        entry.fileKind = std::uint8_t(classifyContent(data, length, &elf));
        entry.elfFlags = elf;
    }
    if (!complete) {
        return; // the inventory reads it itself, as far as its own limits allow
    }
    const std::optional<PackageFile> kind = PackagePaths::classify(entry.path, entry);
    if (kind != PackageFile::Java && kind != PackageFile::GoElf) {
        return;
    }
    const QByteArray bytes = QByteArray::fromRawData(data, qsizetype(length));
    DiagnosticSink diag;
    SniffedPackages sniffed;
    sniffed.entry = index;
    sniffed.packages = kind == PackageFile::Java ? LanguagePackages::javaArchive(bytes, diag)
                                                 : LanguagePackages::goBinary(bytes, true, diag);
    sniffed.diagnostics = diag.take();
    results.packages.push_back(std::move(sniffed));
}

} // namespace dockscope
