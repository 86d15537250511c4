#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace dockscope::cli {

// Exit codes of dockscope-cli (ARCHITECTURE.md).
enum ExitCode {
    ExitOk = 0,           // analysed
    ExitWarnings = 1,     // analysed, with warnings about the evidence (or a failed CI rule)
    ExitUsage = 2,        // usage error
    ExitNoEvidence = 3,   // no evidence could be read
    ExitVerifyFailed = 4, // case: an evidence item does not match its intake digests, or the
                          // audit log's hash chain is broken
};

QTextStream &out();
QTextStream &err();

// Writes bytes to a file, or to stdout for "-"; reports errors on stderr.
bool writeOutput(const QString &path, const QByteArray &data);

QString versionText();

} // namespace dockscope::cli
