#pragma once

#include "artefactfile.h"

#include <QString>

#include <functional>

namespace dockscope {

// The acquisition's own record: one UTC-stamped line a step, written and flushed as it
// happens (so a crash or a full disk still leaves what was done), hashed while written.
class AcquisitionLog
{
public:
    using Echo = std::function<void(const QString &line)>;

    explicit AcquisitionLog(Echo echo)
        : m_echo(std::move(echo))
    {
    }

    bool open(const QString &path);
    void line(const QString &level, const QString &text);
    void info(const QString &text) { line(QStringLiteral("INFO"), text); }
    void warn(const QString &text) { line(QStringLiteral("WARN"), text); }
    void error(const QString &text) { line(QStringLiteral("ERROR"), text); }
    bool close();

    const ArtefactFile &file() const { return m_file; }
    bool writeFailed() const { return m_writeFailed; }

    static QString now(); // "2026-12-07T05:01:02.123Z"

private:
    Echo m_echo;
    ArtefactFile m_file;
    bool m_writeFailed = false;
};

} // namespace dockscope
