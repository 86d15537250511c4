#include "ocilayoutreader.h"

#include "jsonhelpers.h"
#include "util/digest.h"

#include <QSet>
#include <QtGlobal>

#include <map>

namespace dockscope {

using json::Json;

bool isImageIndexType(const QString &t)
{
    return t == u"application/vnd.oci.image.index.v1+json"
        || t == u"application/vnd.docker.distribution.manifest.list.v2+json";
}

bool isImageManifestType(const QString &t)
{
    return t == u"application/vnd.oci.image.manifest.v1+json"
        || t == u"application/vnd.docker.distribution.manifest.v2+json";
}

bool isLayerType(const QString &t)
{
    // Empty: older writers leave it out; the blob's bytes decide the compression anyway.
    return t.isEmpty() || t.startsWith(QStringLiteral("application/vnd.oci.image.layer."))
        || t.startsWith(QStringLiteral("application/vnd.docker.image.rootfs."));
}

bool isImageConfigType(const QString &t)
{
    return t == u"application/vnd.oci.image.config.v1+json"
        || t == u"application/vnd.docker.container.image.v1+json";
}

namespace {

struct Descriptor
{
    QString mediaType;
    QString digest;
    qint64 size = -1;
    QString platform;
    QString artifactType;
    QString refName;
    QString imageName;
};

QString platformOf(const Json &p)
{
    if (!p.is_object()) {
        return {};
    }
    QString s = json::string(p, "os") + u'/' + json::string(p, "architecture");
    const QString variant = json::string(p, "variant");
    if (!variant.isEmpty()) {
        s += u'/' + variant;
    }
    return s == u"/" ? QString() : s;
}

Descriptor descriptorOf(const Json &j)
{
    Descriptor d;
    d.mediaType = json::string(j, "mediaType");
    d.digest = json::string(j, "digest");
    d.size = json::integer(j, "size");
    d.artifactType = json::string(j, "artifactType");
    if (j.is_object() && j.contains("platform")) {
        d.platform = platformOf(j["platform"]);
    }
    if (j.is_object() && j.contains("annotations") && j["annotations"].is_object()) {
        d.refName = json::string(j["annotations"], "org.opencontainers.image.ref.name");
        d.imageName = json::string(j["annotations"], "io.containerd.image.name");
    }
    return d;
}

QString blobPath(const QString &digest)
{
    const qsizetype colon = digest.indexOf(u':');
    if (colon <= 0) {
        return {};
    }
    return QStringLiteral("blobs/") + digest.left(colon) + u'/' + digest.mid(colon + 1);
}

struct Candidate
{
    Descriptor manifest;
    QString platform;
    Json body;
};

class Walker
{
public:
    Walker(const EvidenceStore &store, DiagnosticSink &diag, ReadResult &result)
        : m_store(store)
        , m_diag(diag)
        , m_result(result)
    {
    }

    // Reads and checks a blob named by a descriptor.
    std::optional<QByteArray> blob(const Descriptor &d, const QString &what)
    {
        const QString path = blobPath(d.digest);
        if (path.isEmpty()) {
            m_diag.error(QT_TRANSLATE_NOOP("Diagnostic", "descriptor has no valid digest (\"%1\")"),
                         {d.digest}, what);
            return std::nullopt;
        }
        auto bytes = m_store.read(path, OciLayoutReader::MaxMetadata, m_diag);
        if (!bytes) {
            return std::nullopt;
        }
        if (d.digest.startsWith(QStringLiteral("sha256:"))) {
            const QString actual = Sha256::of(*bytes).prefixed();
            check(QStringLiteral("%1 digest").arg(what), d.digest, actual);
        }
        if (d.size >= 0) {
            check(QStringLiteral("%1 size").arg(what), QString::number(d.size),
                  QString::number(bytes->size()));
        }
        return bytes;
    }

    void check(const QString &subject, const QString &expected, const QString &actual)
    {
        m_integrity.push_back({subject, expected, actual, expected == actual});
        if (expected != actual) {
            m_diag.warning(QT_TRANSLATE_NOOP("Diagnostic", "integrity: %1 is %2, the descriptor "
                                                           "says %3"),
                           {subject, actual, expected});
        }
    }

    void walk(const Descriptor &d, const QString &platform, int depth, QStringList &path,
              std::vector<Candidate> &out)
    {
        if (++m_visited > OciLayoutReader::MaxDescriptors) {
            if (m_visited == OciLayoutReader::MaxDescriptors + 1) {
                m_diag.error(QT_TRANSLATE_NOOP("Diagnostic", "more than %1 descriptors: the "
                                                             "index graph is not followed further"),
                             {QString::number(OciLayoutReader::MaxDescriptors)});
            }
            return;
        }
        if (path.contains(d.digest)) {
            m_diag.warning(QT_TRANSLATE_NOOP("Diagnostic", "index cycle: %1 refers back to %2; "
                                                           "not followed again"),
                           {path.last(), d.digest}, QStringLiteral("index.json"));
            return;
        }
        if (depth > OciLayoutReader::MaxDepth) {
            m_diag.error(QT_TRANSLATE_NOOP("Diagnostic", "indexes nested deeper than %1 levels; "
                                                         "not followed"),
                         {QString::number(OciLayoutReader::MaxDepth)}, d.digest);
            return;
        }
        if (!isImageIndexType(d.mediaType) && !isImageManifestType(d.mediaType)
            && !d.mediaType.isEmpty()) {
            artifact(d, d.mediaType);
            return;
        }
        const auto bytes = blob(d, QStringLiteral("%1 %2").arg(kindName(d.mediaType), d.digest));
        if (!bytes) {
            return;
        }
        const Json body = json::parse(*bytes);
        if (!body.is_object()) {
            m_diag.error(QT_TRANSLATE_NOOP("Diagnostic", "blob is not a JSON object"), {},
                         blobPath(d.digest));
            return;
        }
        QString type = d.mediaType.isEmpty() ? json::string(body, "mediaType") : d.mediaType;
        if (type.isEmpty()) {
            type = body.contains("manifests") ? QStringLiteral("application/vnd.oci.image.index.v1+json")
                                              : QStringLiteral("application/vnd.oci.image.manifest.v1+json");
        }
        path << d.digest;
        if (isImageIndexType(type)) {
            const auto manifests = body.find("manifests");
            if (manifests != body.end() && manifests->is_array()) {
                for (const Json &child : *manifests) {
                    const Descriptor c = descriptorOf(child);
                    walk(c, c.platform.isEmpty() ? platform : c.platform, depth + 1, path, out);
                }
            }
        } else {
            const Json config = body.value("config", Json::object());
            const QString configType = json::string(config, "mediaType");
            const QString artifactType = json::string(body, "artifactType");
            QString layerType;
            for (const Json &l : body.value("layers", Json::array())) {
                const QString t = json::string(l, "mediaType");
                if (!isLayerType(t)) {
                    layerType = t;
                    break;
                }
            }
            if (!isImageConfigType(configType) || !artifactType.isEmpty() || !layerType.isEmpty()) {
                // Attestations and other artifacts often reuse the image config type but carry
                // layers that are not file-system tars.
                artifact(d, !artifactType.isEmpty()         ? artifactType
                                : !isImageConfigType(configType) ? configType
                                                                 : layerType);
            } else {
                out.push_back({d, platform, body});
            }
        }
        path.removeLast();
    }

    void artifact(const Descriptor &d, const QString &type)
    {
        const QString entry = QStringLiteral("%1 (%2)").arg(d.digest, type);
        if (!m_result.artifacts.contains(entry)) {
            m_result.artifacts << entry;
            m_diag.info(QT_TRANSLATE_NOOP("Diagnostic", "artifact %1 of type %2 is listed but not "
                                                        "analysed as an image"),
                        {d.digest, type}, blobPath(d.digest));
        }
    }

    static QString kindName(const QString &mediaType)
    {
        return isImageIndexType(mediaType) ? QStringLiteral("index") : QStringLiteral("manifest");
    }

    std::vector<IntegrityCheck> takeIntegrity() { return std::exchange(m_integrity, {}); }

private:
    const EvidenceStore &m_store;
    DiagnosticSink &m_diag;
    ReadResult &m_result;
    std::vector<IntegrityCheck> m_integrity;
    int m_visited = 0;
};

bool platformMatches(const QString &have, const QString &want)
{
    if (have == want) {
        return true;
    }
    // "linux/arm64" matches "linux/arm64/v8"; "linux/amd64" matches any amd64 variant.
    const QStringList h = have.split(u'/');
    const QStringList w = want.split(u'/');
    return h.size() >= 2 && w.size() >= 2 && h[0] == w[0] && h[1] == w[1]
        && (w.size() == 2 || (h.size() >= 3 && h[2] == w[2]));
}

} // namespace

ReadResult OciLayoutReader::read(const EvidenceStore &store, const Options &options,
                                 DiagnosticSink &diag)
{
    ReadResult result;
    result.format = QStringLiteral("oci-layout");
    if (const auto layout = store.read(QStringLiteral("oci-layout"), 1 << 16, diag)) {
        const QString version = json::string(json::parse(*layout), "imageLayoutVersion");
        if (version != u"1.0.0") {
            diag.warning(QT_TRANSLATE_NOOP("Diagnostic", "unexpected imageLayoutVersion \"%1\""),
                         {version}, QStringLiteral("oci-layout"));
        }
    }
    const auto indexBytes = store.read(QStringLiteral("index.json"), MaxMetadata, diag);
    if (!indexBytes) {
        return result;
    }
    const Json index = json::parse(*indexBytes);
    if (!index.is_object()) {
        diag.error(QT_TRANSLATE_NOOP("Diagnostic", "index.json is not a JSON object"), {},
                   QStringLiteral("index.json"));
        return result;
    }
    const auto manifests = index.find("manifests");
    if (manifests == index.end() || !manifests->is_array() || manifests->empty()) {
        diag.error(QT_TRANSLATE_NOOP("Diagnostic", "index.json lists no manifests"), {},
                   QStringLiteral("index.json"));
        return result;
    }

    Walker walker(store, diag, result);
    QStringList availableTags;
    std::map<QString, ImagePlan> byManifest; // dedup by manifest digest, keep first order
    QStringList order;
    bool tagFound = options.tag.isEmpty();
    QSet<QString> platforms;

    for (const Json &top : *manifests) {
        const Descriptor d = descriptorOf(top);
        const QString tag = !d.imageName.isEmpty() ? d.imageName : d.refName;
        if (!d.refName.isEmpty()) {
            availableTags << d.refName;
        }
        if (!options.tag.isEmpty() && d.refName != options.tag
            && !d.imageName.endsWith(u':' + options.tag)) {
            continue;
        }
        tagFound = true;
        std::vector<Candidate> candidates;
        QStringList path;
        walker.walk(d, d.platform, 0, path, candidates);
        if (candidates.empty()) {
            continue;
        }
        // Platforms from the descriptors, else from the configs.
        for (Candidate &c : candidates) {
            if (c.platform.isEmpty()) {
                const Descriptor cd = descriptorOf(c.body.value("config", Json::object()));
                DiagnosticSink quiet; // the config is read and checked again for the image
                if (const auto bytes = store.read(blobPath(cd.digest), MaxMetadata, quiet)) {
                    c.platform = platformOf(json::parse(*bytes));
                }
            }
            if (!c.platform.isEmpty() && !c.platform.startsWith(QStringLiteral("unknown/"))) {
                platforms.insert(c.platform);
            }
        }
        const Candidate *chosen = nullptr;
        if (!options.platform.isEmpty()) {
            for (const Candidate &c : candidates) {
                if (platformMatches(c.platform, options.platform)) {
                    chosen = &c;
                    break;
                }
            }
            if (!chosen) {
                QStringList offered;
                for (const Candidate &c : candidates) {
                    offered << c.platform;
                }
                diag.error(QT_TRANSLATE_NOOP("Diagnostic", "platform %1 is not offered by %2 (it "
                                                           "offers: %3)"),
                           {options.platform, tag.isEmpty() ? d.digest : tag,
                            offered.join(QStringLiteral(", "))},
                           QStringLiteral("index.json"));
                continue;
            }
        } else if (candidates.size() == 1) {
            chosen = &candidates.front();
        } else {
            for (const Candidate &c : candidates) {
                if (platformMatches(c.platform, QStringLiteral("linux/amd64"))) {
                    chosen = &c;
                    break;
                }
            }
            QStringList offered;
            for (const Candidate &c : candidates) {
                offered << c.platform;
            }
            if (!chosen) {
                chosen = &candidates.front();
            }
            diag.info(QT_TRANSLATE_NOOP("Diagnostic", "%1 offers several platforms (%2); %3 was "
                                                      "analysed"),
                      {tag.isEmpty() ? d.digest : tag, offered.join(QStringLiteral(", ")),
                       chosen->platform},
                      QStringLiteral("index.json"));
        }

        const QString key = chosen->manifest.digest;
        auto existing = byManifest.find(key);
        if (existing != byManifest.end()) {
            if (!tag.isEmpty() && !existing->second.repoTags.contains(tag)) {
                existing->second.repoTags << tag;
            }
            continue;
        }
        ImagePlan plan;
        plan.format = result.format;
        if (!tag.isEmpty()) {
            plan.repoTags << tag;
        }
        plan.platform = chosen->platform;
        plan.manifestDigest = chosen->manifest.digest;
        const Descriptor config = descriptorOf(chosen->body.value("config", Json::object()));
        plan.configMember = blobPath(config.digest);
        plan.expectedConfigDigest = config.digest;
        plan.expectedConfigSize = config.size;
        plan.configDigestSource = QStringLiteral("manifest %1 config descriptor").arg(key);
        if (auto bytes = store.read(plan.configMember, MaxMetadata, diag)) {
            plan.configBytes = *bytes;
            plan.configFound = true;
        }
        const Json layers = chosen->body.value("layers", Json::array());
        int li = 0;
        for (const Json &l : layers) {
            const Descriptor ld = descriptorOf(l);
            PlannedLayer layer;
            layer.member = blobPath(ld.digest);
            layer.expectedDigest = ld.digest;
            layer.expectedSize = ld.size;
            layer.mediaType = ld.mediaType;
            layer.digestSource = QStringLiteral("manifest %1 layers[%2]").arg(key).arg(li++);
            plan.layers.push_back(layer);
        }
        order << key;
        byManifest.emplace(key, std::move(plan));
    }
    if (!tagFound) {
        availableTags.sort();
        diag.error(QT_TRANSLATE_NOOP("Diagnostic", "tag \"%1\" not found (tags present: %2)"),
                   {options.tag, availableTags.isEmpty() ? QStringLiteral("none")
                                                         : availableTags.join(QStringLiteral(", "))},
                   QStringLiteral("index.json"));
    }
    result.integrity = walker.takeIntegrity();
    for (const QString &key : order) {
        result.images.push_back(std::move(byManifest[key]));
    }
    result.platforms = QStringList(platforms.begin(), platforms.end());
    result.platforms.sort();
    return result;
}

} // namespace dockscope
