// dockscope: the forensic workbench window.

#include "mainwindow.h"
#include "settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <clocale>

namespace {

// Our catalogue and Qt's own, for --lang or the settings or the system's languages.
void installTranslations(QApplication &app, const QString &requested)
{
    QStringList languages;
    if (!requested.isEmpty()) {
        languages << requested;
    } else {
        languages = QLocale::system().uiLanguages();
    }
    for (const QString &language : languages) {
        const QLocale locale(language);
        auto *ours = new QTranslator(&app);
        if (ours->load(locale, QStringLiteral("dockscope"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
            QApplication::installTranslator(ours);
            auto *qt = new QTranslator(&app);
            if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                         QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
                QApplication::installTranslator(qt);
            }
            return;
        }
        delete ours;
        if (locale.language() == QLocale::English) {
            return; // the source language
        }
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    std::setlocale(LC_CTYPE, "C.UTF-8"); // tar member names are bytes; decode pax names as UTF-8
    QApplication::setApplicationName(QStringLiteral("Dockscope"));
    QApplication::setOrganizationName(QStringLiteral("Dockscope"));
    QApplication::setApplicationVersion(QStringLiteral(DOCKSCOPE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Forensic workbench for Docker images and containers."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QApplication::translate("main", "Interface language (en, de, fr)."),
                                  QStringLiteral("LANG"));
    parser.addOption(lang);
    parser.addPositionalArgument(QStringLiteral("evidence"),
                                 QApplication::translate("main", "A case file, evidence files or folders to open."),
                                 QStringLiteral("[CASE|EVIDENCE...]"));
    parser.process(app);
    installTranslations(app, parser.isSet(lang) ? parser.value(lang) : dockscope::Settings::language());

    dockscope::MainWindow window;
    window.restoreSettings();
    window.show();
    const QStringList evidence = parser.positionalArguments();
    if (!evidence.isEmpty()) {
        window.openPaths(evidence); // a case file (by content) opens as the case
    }
    return app.exec();
}
