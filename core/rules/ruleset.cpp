#include "ruleset.h"

#include "util/digest.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <map>

namespace dockscope {

namespace {

QByteArray readAll(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return {};
    }
    return f.readAll();
}

} // namespace

std::shared_ptr<const RuleSet> RuleSet::load(const Options &options)
{
    std::shared_ptr<RuleSet> set(new RuleSet);
    set->m_maxScanBytes = options.maxScanBytes > 0 ? options.maxScanBytes : DefaultMaxScanBytes;
    DiagnosticSink diag(QStringLiteral("rules"));
    std::map<QString, QByteArray> files; // every rule file, for the rule-set hash

    auto bundled = [&](const QString &name) {
        QString error;
        const QString path = QStringLiteral(":/rules/") + name;
        QByteArray bytes = readAll(path, &error);
        if (bytes.isEmpty()) {
            diag.error(QT_TRANSLATE_NOOP("Diagnostic", "bundled rule file %1 missing: %2"), {path, error}, path);
        }
        files[path] = bytes;
        return bytes;
    };
    QString error;
    set->m_catalog = RuleCatalog::parse(bundled(QStringLiteral("catalogue.json")), &error);
    set->m_secrets = std::make_shared<SecretRules>(SecretRules::parse(bundled(QStringLiteral("secrets.json")), &error));
    set->m_logRules = LogRules::parse(bundled(QStringLiteral("logs.json")), &error);
    if (!error.isEmpty()) {
        diag.error(QT_TRANSLATE_NOOP("Diagnostic", "bundled rules unreadable: %1"), {error});
    }

    std::vector<YaraRules::Source> sources;  // bundled
    std::vector<YaraRules::Source> examiner; // from the examiner's folders
    QDirIterator bundledYara(QStringLiteral(":/rules/yara"), {QStringLiteral("*.yar")}, QDir::Files);
    QStringList bundledNames;
    while (bundledYara.hasNext()) {
        bundledNames << bundledYara.next();
    }
    bundledNames.sort();
    for (const QString &path : bundledNames) {
        QString e;
        const QByteArray text = readAll(path, &e);
        files[path] = text;
        sources.push_back({QFileInfo(path).fileName(), text});
    }
    int external = 0;
    for (const QString &dir : options.extraYaraDirs) {
        if (!QFileInfo(dir).isDir()) {
            diag.warning(QT_TRANSLATE_NOOP("Diagnostic", "rule folder %1 not found"), {dir}, dir);
            continue;
        }
        QStringList found;
        QDirIterator it(dir, {QStringLiteral("*.yar"), QStringLiteral("*.yara")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            found << it.next();
        }
        found.sort();
        for (const QString &path : found) {
            QString e;
            const QByteArray text = readAll(path, &e);
            if (!e.isEmpty()) {
                diag.warning(QT_TRANSLATE_NOOP("Diagnostic", "rule file unreadable: %1"), {e}, path);
                continue;
            }
            files[QFileInfo(path).absoluteFilePath()] = text;
            examiner.push_back({QFileInfo(path).absoluteFilePath(), text});
            ++external;
        }
    }
    // Apart, so that the bundled rules keep their keyword gate whatever the examiner adds.
    QStringList yaraErrors;
    const auto yara = YaraRules::compile(sources, &yaraErrors);
    const auto examinerYara = examiner.empty() ? nullptr : YaraRules::compile(examiner, &yaraErrors);
    for (const QString &e : yaraErrors) {
        diag.warning(QT_TRANSLATE_NOOP("Diagnostic", "YARA rule not compiled, left out: %1"), {e});
    }
    set->m_yaraCount = yara->ruleCount() + (examinerYara ? examinerYara->ruleCount() : 0);
    set->m_text = std::make_shared<ContentRules>(yara, examinerYara, set->m_secrets, set->m_maxScanBytes);
    if (options.contentRules) {
        set->m_content = set->m_text;
    }

    Sha256 hash;
    for (const auto &[name, bytes] : files) {
        const QByteArray n = name.toUtf8();
        hash.update(n.constData(), size_t(n.size()));
        hash.update("\0", 1);
        hash.update(bytes.constData(), size_t(bytes.size()));
        set->m_files << name;
    }
    set->m_sha256 = hash.finish().prefixed();
    set->m_version = set->m_catalog.version()
        + (external > 0 ? QStringLiteral(" + %1 examiner rule files").arg(external) : QString());
    set->m_diagnostics = diag.take();
    return set;
}

} // namespace dockscope
