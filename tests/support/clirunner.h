#pragma once

// Runs dockscope-cli as a user does: a QProcess over the built binary, offscreen, UTF-8.

#include "testpaths.h"

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

namespace dockscope::test {

struct Run
{
    bool finished = false;
    int code = -1;
    QByteArray out;
    QByteArray err;

    QByteArray describe() const
    {
        return "exit " + QByteArray::number(code) + "\n--- stdout\n" + out.left(4000)
            + "\n--- stderr\n" + err.left(4000);
    }
};

inline Run runCli(const QStringList &arguments, const QString &workingDirectory = {})
{
    QProcess p;
    p.setProgram(cli());
    p.setArguments(arguments);
    if (!workingDirectory.isEmpty()) {
        p.setWorkingDirectory(workingDirectory);
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start();
    Run r;
    if (!p.waitForStarted(30000)) {
        return r;
    }
    p.closeWriteChannel();
    r.finished = p.waitForFinished(180000);
    if (!r.finished) {
        p.kill();
        p.waitForFinished(5000);
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace dockscope::test
