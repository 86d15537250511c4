#include "scanreport.h"

#include "evidence/jsonhelpers.h"
#include "osvdatabase.h"

#include <QRegularExpression>

namespace dockscope {

using json::Json;

namespace {

const Json *member(const Json &j, const char *key)
{
    if (!j.is_object()) {
        return nullptr;
    }
    const auto it = j.find(key);
    return it == j.end() ? nullptr : &*it;
}

ScanReport::Tool toolOf(const Json &doc)
{
    if (!doc.is_object()) {
        return ScanReport::Tool::None;
    }
    const Json *schema = member(doc, "SchemaVersion");
    const Json *results = member(doc, "Results");
    if (schema && schema->is_number_integer() && schema->get<qint64>() == 2
        && (!results || results->is_array() || results->is_null())
        && (results || member(doc, "ArtifactName"))) {
        return ScanReport::Tool::Trivy;
    }
    const Json *matches = member(doc, "matches");
    const Json *source = member(doc, "source");
    const Json *descriptor = member(doc, "descriptor");
    if (matches && matches->is_array()
        && ((source && source->is_object()) || (descriptor && descriptor->is_object()))) {
        return ScanReport::Tool::Grype;
    }
    return ScanReport::Tool::None;
}

// Trivy's Results[].Type, or Grype's artifact type, as a Package::ecosystem.
QString ecosystemOf(const QString &type)
{
    static const QList<std::pair<QStringList, QString>> table = {
        {{QStringLiteral("debian"), QStringLiteral("ubuntu"), QStringLiteral("deb"),
          QStringLiteral("distroless")}, QStringLiteral("deb")},
        {{QStringLiteral("alpine"), QStringLiteral("apk"), QStringLiteral("wolfi"),
          QStringLiteral("chainguard")}, QStringLiteral("apk")},
        {{QStringLiteral("redhat"), QStringLiteral("centos"), QStringLiteral("rocky"),
          QStringLiteral("alma"), QStringLiteral("amazon"), QStringLiteral("oracle"),
          QStringLiteral("fedora"), QStringLiteral("suse"), QStringLiteral("rpm"),
          QStringLiteral("photon"), QStringLiteral("cbl-mariner")}, QStringLiteral("rpm")},
        {{QStringLiteral("python-pkg"), QStringLiteral("pip"), QStringLiteral("pipenv"),
          QStringLiteral("poetry"), QStringLiteral("python")}, QStringLiteral("pypi")},
        {{QStringLiteral("node-pkg"), QStringLiteral("npm"), QStringLiteral("yarn"),
          QStringLiteral("pnpm")}, QStringLiteral("npm")},
        {{QStringLiteral("gobinary"), QStringLiteral("gomod"), QStringLiteral("go-module")},
         QStringLiteral("golang")},
        {{QStringLiteral("jar"), QStringLiteral("pom"), QStringLiteral("gradle"),
          QStringLiteral("java-archive")}, QStringLiteral("maven")},
    };
    const QString t = type.toLower();
    for (const auto &[names, ecosystem] : table) {
        for (const QString &n : names) {
            if (t == n || t.startsWith(n + u' ') || t.startsWith(n + u'-')) {
                return ecosystem;
            }
        }
    }
    return t;
}

void readTrivy(const Json &doc, ScanReport &r, DiagnosticSink &diag)
{
    r.artifactName = json::string(doc, "ArtifactName");
    const Json *meta = member(doc, "Metadata");
    if (meta && meta->is_object()) {
        r.imageId = json::string(*meta, "ImageID");
        r.diffIds = json::strings(*meta, "DiffIDs");
        r.manifestDigests = json::strings(*meta, "RepoDigests");
    }
    const Json *results = member(doc, "Results");
    if (!results || !results->is_array()) {
        return;
    }
    for (std::size_t i = 0; i < results->size(); ++i) {
        const Json &result = (*results)[i];
        const QString type = json::string(result, "Type");
        const Json *vulns = member(result, "Vulnerabilities");
        if (!vulns || vulns->is_null()) {
            continue;
        }
        if (!vulns->is_array()) {
            diag.warning(QT_TRANSLATE_NOOP("Diagnostic", "Trivy report: %1 is not an array; ignored"),
                         {QStringLiteral("/Results/%1/Vulnerabilities").arg(i)});
            continue;
        }
        for (std::size_t k = 0; k < vulns->size(); ++k) {
            const Json &v = (*vulns)[k];
            const QString pointer = QStringLiteral("/Results/%1/Vulnerabilities/%2").arg(i).arg(k);
            Vulnerability out;
            out.id = json::string(v, "VulnerabilityID");
            out.packageName = json::string(v, "PkgName");
            out.installedVersion = json::string(v, "InstalledVersion");
            if (out.id.isEmpty() || out.packageName.isEmpty()) {
                diag.warning(QT_TRANSLATE_NOOP("Diagnostic", "Trivy report: %1 names no "
                                                             "VulnerabilityID or PkgName; ignored"),
                             {pointer});
                continue;
            }
            if (json::string(v, "Status") == u"not_affected") {
                continue; // Trivy's VEX filtering said so
            }
            out.ecosystem = ecosystemOf(type);
            out.fixedVersion = json::string(v, "FixedVersion");
            out.severity = normalisedVulnSeverity(json::string(v, "Severity"));
            out.title = json::string(v, "Title");
            out.source = QStringLiteral("trivy:") + r.file + u'#' + pointer;
            if (const Json *layer = member(v, "Layer")) {
                out.layerDiffId = json::string(*layer, "DiffID");
            }
            r.vulnerabilities.push_back(std::move(out));
        }
    }
}

void readGrype(const Json &doc, ScanReport &r, DiagnosticSink &diag)
{
    if (const Json *source = member(doc, "source")) {
        if (const Json *target = member(*source, "target"); target && target->is_object()) {
            r.imageId = json::string(*target, "imageID");
            r.artifactName = json::string(*target, "userInput");
            const QString manifest = json::string(*target, "manifestDigest");
            if (!manifest.isEmpty()) {
                r.manifestDigests << manifest;
            }
            if (const Json *layers = member(*target, "layers"); layers && layers->is_array()) {
                for (const Json &l : *layers) {
                    const QString d = l.is_string() ? QString::fromStdString(l.get<std::string>())
                                                    : json::string(l, "digest");
                    if (!d.isEmpty()) {
                        r.diffIds << d;
                    }
                }
            }
        }
    }
    const Json &matches = *member(doc, "matches");
    for (std::size_t i = 0; i < matches.size(); ++i) {
        const Json &m = matches[i];
        const QString pointer = QStringLiteral("/matches/%1").arg(i);
        const Json *vuln = member(m, "vulnerability");
        const Json *artifact = member(m, "artifact");
        Vulnerability out;
        if (vuln) {
            out.id = json::string(*vuln, "id");
            out.severity = normalisedVulnSeverity(json::string(*vuln, "severity"));
            out.title = json::string(*vuln, "description").section(u'\n', 0, 0).left(200);
            if (const Json *fix = member(*vuln, "fix")) {
                out.fixedVersion = json::strings(*fix, "versions").join(QStringLiteral(", "));
            }
        }
        if (artifact) {
            out.packageName = json::string(*artifact, "name");
            out.installedVersion = json::string(*artifact, "version");
            out.ecosystem = ecosystemOf(json::string(*artifact, "type"));
            if (const Json *locations = member(*artifact, "locations");
                locations && locations->is_array() && !locations->empty()) {
                out.layerDiffId = json::string((*locations)[0], "layerID");
            }
        }
        if (out.id.isEmpty() || out.packageName.isEmpty()) {
            diag.warning(QT_TRANSLATE_NOOP("Diagnostic", "Grype report: %1 names no vulnerability "
                                                         "id or artifact name; ignored"),
                         {pointer});
            continue;
        }
        if (const Json *related = member(m, "relatedVulnerabilities"); related && related->is_array()) {
            for (const Json &rel : *related) {
                const QString id = json::string(rel, "id");
                if (!id.isEmpty() && id != out.id && !out.aliases.contains(id)) {
                    out.aliases << id;
                }
            }
        }
        out.source = QStringLiteral("grype:") + r.file + u'#' + pointer;
        r.vulnerabilities.push_back(std::move(out));
    }
}

} // namespace

QString ScanReport::toolName(Tool tool)
{
    switch (tool) {
    case Tool::Trivy:
        return QStringLiteral("trivy");
    case Tool::Grype:
        return QStringLiteral("grype");
    case Tool::None:
        break;
    }
    return {};
}

bool ScanReportReader::headLooksLikeReport(const QByteArray &head)
{
    static const QRegularExpression first(
        QStringLiteral("^\\s*\\{\\s*\"(SchemaVersion|matches)\"\\s*:"));
    return first.match(QString::fromUtf8(head.left(256))).hasMatch();
}

ScanReport::Tool ScanReportReader::detect(const QByteArray &bytes)
{
    const Json doc = Json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
    return doc.is_discarded() ? ScanReport::Tool::None : toolOf(doc);
}

ScanReport ScanReportReader::read(const QByteArray &bytes, const QString &file, DiagnosticSink &diag)
{
    ScanReport r;
    r.file = file;
    const Json doc = Json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
    if (doc.is_discarded()) {
        diag.error(QT_TRANSLATE_NOOP("Diagnostic", "vulnerability report is not valid JSON"));
        return r;
    }
    r.tool = toolOf(doc);
    switch (r.tool) {
    case ScanReport::Tool::Trivy:
        readTrivy(doc, r, diag);
        break;
    case ScanReport::Tool::Grype:
        readGrype(doc, r, diag);
        break;
    case ScanReport::Tool::None:
        diag.error(QT_TRANSLATE_NOOP("Diagnostic", "not a Trivy (SchemaVersion 2) or Grype JSON "
                                                   "report"));
        break;
    }
    return r;
}

} // namespace dockscope
