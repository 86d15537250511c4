#pragma once

#include "acquire/acquirer.h"
#include "fakeengine.h"

#include <QByteArray>
#include <QList>
#include <QTemporaryDir>

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

// The scenario served by a FakeEngine in a temporary folder, and the options that acquire its
// container into that folder.
class ScriptedEngine
{
public:
    ScriptedEngine();

    AcquireOptions options(const QString &container = QStringLiteral("victim")) const;

    Scenario scenario;
    QTemporaryDir dir;
    FakeEngine engine;
};

} // namespace dockscope::test
