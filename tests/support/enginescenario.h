#pragma once

#include <QByteArray>
#include <QList>

#include <atomic>
#include <mutex>

namespace dockscope::test {

// A small Docker engine for FakeEngine: one running container "victim" of image base:1 with
// changes, logs on both streams, an export and a save. With removeAfterInspect the container
// disappears right after it was first inspected (removed during an acquisition).
extern const QByteArray ContainerId;
extern const QByteArray ImageId;
QByteArray inspectJson();
QByteArray exportTar();

struct Scenario
{
    std::atomic_bool removed{false};
    std::atomic_bool removeAfterInspect{false};
    QList<QByteArray> calls;
    std::mutex mutex;

    QByteArray answer(const QByteArray &method, const QByteArray &target);
};

} // namespace dockscope::test
