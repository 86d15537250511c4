#include "clioptions.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

namespace dockscope::cli {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

bool writeOutput(const QString &path, const QByteArray &data)
{
    if (path == u"-") {
        out().flush();
        std::fwrite(data.constData(), 1, size_t(data.size()), stdout);
        std::fflush(stdout);
        return true;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size()) {
        err() << QCoreApplication::translate("cli", "dockscope-cli: cannot write %1: %2")
                     .arg(path, file.errorString())
              << Qt::endl;
        return false;
    }
    return true;
}

QString versionText()
{
    return QStringLiteral("dockscope-cli %1").arg(QStringLiteral(DOCKSCOPE_VERSION));
}

} // namespace dockscope::cli
