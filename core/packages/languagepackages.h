#pragma once

#include "model/package.h"
#include "util/diagnostic.h"

#include <QByteArray>

#include <vector>

namespace dockscope {

// Libraries of language ecosystems, each from one manifest or binary.
class LanguagePackages
{
public:
    // *.dist-info/METADATA or *.egg-info/PKG-INFO: Name, Version, License headers.
    static std::vector<Package> python(const QByteArray &metadata);
    // node_modules/**/package.json: name, version, license (a string or {"type": …}).
    static std::vector<Package> npm(const QByteArray &packageJson);
    // A Go binary's build info (Go >= 1.18 inline form): the main module and its deps.
    // `complete`: data holds the whole file (else an absent build info is not conclusive).
    static std::vector<Package> goBinary(const QByteArray &elf, bool complete, DiagnosticSink &diag);
    // A .jar/.war/.ear from memory: META-INF/maven/**/pom.properties, nested jars one level deep.
    static std::vector<Package> javaArchive(const QByteArray &zip, DiagnosticSink &diag, int depth = 0);
};

} // namespace dockscope
