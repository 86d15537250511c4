#include "sbomwriter.h"

#include "model/container.h"
#include "model/image.h"
#include "packages/purl.h"

#include <QDateTime>
#include <QFileInfo>
#include <QUuid>

#include <nlohmann/json.hpp>

namespace dockscope {

namespace {

using Json = nlohmann::ordered_json;

Json str(const QString &s)
{
    return s.toStdString();
}

// A time, to the second, in UTC; the Unix epoch when there is none.
QString utcSeconds(const QString &time)
{
    QDateTime t = QDateTime::fromString(time, Qt::ISODateWithMs);
    if (!t.isValid()) {
        t = QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
    }
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'"));
}

// SHA-256 of the file a package was read from when that file is the package (a Java archive).
QString fileHash(const Image &image, const Package &p)
{
    if (p.ecosystem != u"maven" || p.location.contains(u'!') || !image.tree) {
        return {};
    }
    const std::uint32_t node = image.tree->find(p.location.toStdString());
    if (node == FileTree::NoNode) {
        return {};
    }
    const Digest d = image.tree->sha256(node);
    return d.valid ? d.hex() : QString();
}

// What the SBOM describes: an image, or a container's file system (its read-write layer on its
// image, or its docker export). Everything here comes from the evidence's content, never from
// where it lies, so the same evidence gives the same document.
struct Subject
{
    QString ref;     // image id, container id, or the export's digest
    QString name;
    QString created; // to the second
    QString purl;    // images only
    bool container = false;
};

Subject subjectOf(const Image &image, const Container *container)
{
    Subject s;
    s.container = image.kind == u"container" || image.kind == u"container-export";
    if (!s.container) {
        s.ref = image.id.isEmpty() ? image.evidence : image.id;
        s.name = image.repoTags.isEmpty() ? s.ref : image.repoTags.front();
        s.created = utcSeconds(image.config.created);
        if (!image.id.isEmpty()) {
            QString name = s.name.section(u':', 0, 0).section(u'/', -1);
            if (name.startsWith(u"sha256")) {
                name = QStringLiteral("image");
            }
            s.purl = Purl::make(QStringLiteral("oci"), {}, name, image.id,
                                {{QStringLiteral("arch"), image.config.architecture}});
        }
        return s;
    }
    // An export is one flat layer: its diff id is the digest of the file system it holds.
    const QString exportDigest = image.layers.empty() ? QString() : image.layers.front().diffId;
    s.ref = container ? container->id : (image.kind == u"container" ? image.id : exportDigest);
    if (s.ref.isEmpty()) {
        s.ref = QFileInfo(image.evidence).fileName();
    }
    s.name = container && !container->name.isEmpty() ? container->name
        : image.kind == u"container" && !image.repoTags.isEmpty() ? image.repoTags.front()
                                                                  : QFileInfo(image.evidence).fileName();
    s.created = utcSeconds(container ? container->created : QString());
    return s;
}

Json cyclonedx(const Image &image, const Subject &who, const QString &toolVersion)
{
    const QUuid serial = QUuid::createUuidV5(QUuid(QStringLiteral("{6ba7b811-9dad-11d1-80b4-00c04fd430c8}")),
                                             QStringLiteral("dockscope:cyclonedx:") + who.ref);
    Json bom;
    bom["$schema"] = "http://cyclonedx.org/schema/bom-1.5.schema.json";
    bom["bomFormat"] = "CycloneDX";
    bom["specVersion"] = "1.5";
    bom["serialNumber"] = str(serial.toString(QUuid::WithoutBraces).prepend(QStringLiteral("urn:uuid:")));
    bom["version"] = 1;
    Json subject = {{"type", "container"}, {"bom-ref", str(who.ref)}, {"name", str(who.name)}};
    if (who.container || !image.id.isEmpty()) {
        subject["version"] = str(who.ref);
    }
    if (!who.purl.isEmpty()) {
        subject["purl"] = str(who.purl);
    }
    Json layers = Json::array();
    if (who.container) {
        layers.push_back({{"name", "dockscope:kind"}, {"value", str(image.kind)}});
    }
    for (const Layer &l : image.layers) {
        layers.push_back({{"name", "dockscope:layer:" + std::to_string(l.index) + ":diffId"}, {"value", str(l.diffId)}});
    }
    subject["properties"] = layers;
    bom["metadata"] = {{"timestamp", str(who.created)},
                       {"tools", {{"components", Json::array({{{"type", "application"}, {"name", "dockscope"},
                                                               {"version", str(toolVersion)}}})}}},
                       {"component", subject}};
    Json components = Json::array();
    const PackageInventory &inv = image.packages;
    if (!inv.os.id.isEmpty()) {
        components.push_back({{"type", "operating-system"}, {"bom-ref", "os:" + inv.os.id.toStdString()},
                              {"name", str(inv.os.id)}, {"version", str(inv.os.versionId)},
                              {"description", str(inv.os.prettyName)},
                              {"properties", Json::array({{{"name", "dockscope:location"}, {"value", str(inv.os.path)}}})}});
    }
    for (std::size_t i = 0; i < inv.packages.size(); ++i) {
        const Package &p = inv.packages[i];
        Json c = {{"type", p.ecosystem == u"golang" && p.name == u"stdlib" ? "framework" : "library"},
                  {"bom-ref", str(p.purl + u'#' + QString::number(i))},
                  {"name", str(p.name)}, {"version", str(p.version)}};
        if (!p.license.isEmpty()) {
            c["licenses"] = Json::array({{{"license", {{"name", str(p.license)}}}}});
        }
        c["purl"] = str(p.purl);
        if (const QString h = fileHash(image, p); !h.isEmpty()) {
            c["hashes"] = Json::array({{{"alg", "SHA-256"}, {"content", str(h)}}});
        }
        Json props = Json::array();
        auto prop = [&](const char *name, const QString &value) {
            if (!value.isEmpty()) {
                props.push_back({{"name", name}, {"value", str(value)}});
            }
        };
        prop("dockscope:package:ecosystem", p.ecosystem);
        prop("dockscope:package:sourceName", p.sourceName);
        prop("dockscope:package:sourceVersion", p.sourceVersion);
        prop("dockscope:package:architecture", p.architecture);
        prop("dockscope:location", p.location);
        prop("dockscope:layer:index", p.layerIndex >= 0 ? QString::number(p.layerIndex) : QStringLiteral("container"));
        prop("dockscope:layer:diffId", p.layerDiffId);
        c["properties"] = props;
        components.push_back(std::move(c));
    }
    bom["components"] = components;
    return bom;
}

Json spdx(const Image &image, const Subject &who, const QString &toolVersion)
{
    const QString &created = who.created;
    const QString tool = QStringLiteral("Tool: dockscope-") + toolVersion;
    Json doc;
    doc["spdxVersion"] = "SPDX-2.3";
    doc["dataLicense"] = "CC0-1.0";
    doc["SPDXID"] = "SPDXRef-DOCUMENT";
    doc["name"] = str(who.name);
    doc["documentNamespace"] = str(QStringLiteral("https://dockscope.invalid/spdx/")
                                   + Purl::encode(who.ref));
    doc["creationInfo"] = {{"created", str(created)}, {"creators", Json::array({str(tool)})}};
    Json packages = Json::array();
    Json relationships = Json::array();
    Json subject = {{"SPDXID", "SPDXRef-Image"}, {"name", str(who.name)}, {"versionInfo", str(who.ref)},
                    {"downloadLocation", "NOASSERTION"}, {"filesAnalyzed", false},
                    {"primaryPackagePurpose", "CONTAINER"}, {"copyrightText", "NOASSERTION"}};
    if (!who.purl.isEmpty()) {
        subject["checksums"] = Json::array({{{"algorithm", "SHA256"}, {"checksumValue", str(image.id.mid(7))}}});
        subject["externalRefs"] = Json::array({{{"referenceCategory", "PACKAGE-MANAGER"}, {"referenceType", "purl"},
                                                {"referenceLocator", str(who.purl)}}});
    }
    QStringList layers;
    for (const Layer &l : image.layers) {
        layers << QStringLiteral("layer %1 diffId %2").arg(QString::number(l.index), l.diffId);
    }
    subject["comment"] = str(layers.join(QStringLiteral("; ")));
    packages.push_back(subject);
    relationships.push_back({{"spdxElementId", "SPDXRef-DOCUMENT"}, {"relationshipType", "DESCRIBES"},
                             {"relatedSpdxElement", "SPDXRef-Image"}});
    const PackageInventory &inv = image.packages;
    for (std::size_t i = 0; i < inv.packages.size(); ++i) {
        const Package &p = inv.packages[i];
        const std::string id = "SPDXRef-Package-" + p.ecosystem.toStdString() + "-" + std::to_string(i + 1);
        Json j = {{"SPDXID", id}, {"name", str(p.name)}, {"versionInfo", str(p.version)},
                  {"downloadLocation", "NOASSERTION"}, {"filesAnalyzed", false},
                  {"licenseConcluded", "NOASSERTION"}, {"licenseDeclared", "NOASSERTION"},
                  {"copyrightText", "NOASSERTION"}, {"primaryPackagePurpose", "LIBRARY"}};
        if (!p.sourceName.isEmpty() && p.sourceName != p.name) {
            j["sourceInfo"] = str(QStringLiteral("built from source package %1 %2").arg(p.sourceName, p.sourceVersion));
        }
        if (const QString h = fileHash(image, p); !h.isEmpty()) {
            j["checksums"] = Json::array({{{"algorithm", "SHA256"}, {"checksumValue", str(h)}}});
        }
        j["externalRefs"] = Json::array({{{"referenceCategory", "PACKAGE-MANAGER"}, {"referenceType", "purl"},
                                          {"referenceLocator", str(p.purl)}}});
        const QString where = p.layerIndex >= 0
            ? QStringLiteral("layer %1 diffId %2").arg(QString::number(p.layerIndex), p.layerDiffId)
            : QStringLiteral("container layer diffId %1").arg(p.layerDiffId);
        j["comment"] = str(QStringLiteral("%1; %2").arg(p.location, where));
        j["annotations"] = Json::array({{{"annotationDate", str(created)}, {"annotationType", "OTHER"},
                                         {"annotator", str(tool)},
                                         {"comment", str(QStringLiteral("dockscope:layer:diffId=") + p.layerDiffId)}}});
        if (!p.license.isEmpty()) {
            j["attributionTexts"] = Json::array({str(QStringLiteral("declared license: ") + p.license)});
        }
        packages.push_back(std::move(j));
        relationships.push_back({{"spdxElementId", "SPDXRef-Image"}, {"relationshipType", "CONTAINS"},
                                 {"relatedSpdxElement", id}});
    }
    doc["packages"] = packages;
    doc["relationships"] = relationships;
    return doc;
}

} // namespace

QByteArray SbomWriter::write(const Image &image, Format format, const QString &toolVersion,
                             const Container *container)
{
    const Subject who = subjectOf(image, container);
    const Json j = format == Format::CycloneDx ? cyclonedx(image, who, toolVersion) : spdx(image, who, toolVersion);
    return QByteArray::fromStdString(j.dump(2)) + '\n';
}

} // namespace dockscope
