#pragma once

#include <QString>

#include <vector>

namespace dockscope {

// The containers an engine knows (/containers/json?all=1), for choosing one to acquire.
struct EngineContainer
{
    QString id;
    QString name;
    QString image;
    QString state;  // running, exited, …
    QString status; // "Up 2 hours"
};

class EngineContainers
{
public:
    // Sorted running first, then by name; error (English) set when the engine cannot be asked.
    static std::vector<EngineContainer> list(const QString &host, QString *error);
};

} // namespace dockscope
