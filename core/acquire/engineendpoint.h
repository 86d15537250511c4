#pragma once

#include <QString>

#include <optional>

namespace dockscope {

// Where a Docker Engine API listens: a Unix socket ("unix:///var/run/docker.sock") or a TCP
// address ("tcp://host:2375"). TLS is not spoken; a tcp:// address is for an engine reached
// through a local tunnel or a trusted network.
struct EngineEndpoint
{
    enum class Kind { Unix, Tcp };
    Kind kind = Kind::Unix;
    QString socketPath; // Unix
    QString host;       // Tcp
    quint16 port = 0;   // Tcp

    QString toString() const;

    // Parses "unix:///path", "/path" (a socket path), "tcp://host:port"; error is an English
    // sentence for the acquisition log.
    static std::optional<EngineEndpoint> parse(const QString &text, QString *error);
};

} // namespace dockscope
