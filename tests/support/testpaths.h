#pragma once

#include <QString>

namespace dockscope::test {

// ../shared/fixtures/peers: real evidence from peer projects' test suites.
inline QString peer(const QString &relative)
{
    return QStringLiteral(DOCKSCOPE_PEER_FIXTURES "/") + relative;
}

// tests/data: evidence made here with a real engine.
inline QString data(const QString &relative)
{
    return QStringLiteral(DOCKSCOPE_TEST_DATA "/") + relative;
}

inline QString cli()
{
    return QStringLiteral(DOCKSCOPE_CLI);
}

} // namespace dockscope::test
