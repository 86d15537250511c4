// dockscope: the forensic workbench window.

#include "mainwindow.h"

#include <QApplication>

#include <clocale>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    std::setlocale(LC_CTYPE, "C.UTF-8");
    QApplication::setApplicationName(QStringLiteral("Dockscope"));
    QApplication::setOrganizationName(QStringLiteral("Dockscope"));
    QApplication::setApplicationVersion(QStringLiteral(DOCKSCOPE_VERSION));

    dockscope::MainWindow window;
    window.show();
    const QStringList evidence = QApplication::arguments().mid(1);
    if (!evidence.isEmpty()) {
        window.analyse(evidence);
    }
    return app.exec();
}
