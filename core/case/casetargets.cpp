#include "casetargets.h"

#include <QCoreApplication>
#include <QStringList>

namespace dockscope {

namespace {

// "container:<64 hex>" -> "container 0123456789ab"; "image:sha256:…" -> "image sha256:0123456789ab".
QString scopeText(const QString &scope)
{
    const qsizetype colon = scope.indexOf(u':');
    if (colon < 0) {
        return scope;
    }
    const QString kind = scope.left(colon);
    QString id = scope.mid(colon + 1);
    if (kind == u"evidence") {
        return QCoreApplication::translate("CaseTargets", "evidence %1").arg(id);
    }
    if (id.startsWith(QLatin1String("sha256:"))) {
        id = id.left(7 + 12);
    } else if (id.size() == 64) {
        id = id.left(12);
    }
    return kind == u"container" ? QCoreApplication::translate("CaseTargets", "container %1").arg(id)
                                : QCoreApplication::translate("CaseTargets", "image %1").arg(id);
}

} // namespace

QString CaseTargets::findingKey(const Finding &f)
{
    // Rule, where (container or image, layer), what (path, line, matcher): one finding.
    const QString scope = !f.container.isEmpty() ? QStringLiteral("container:") + f.container
                                                 : QStringLiteral("image:") + f.image;
    return f.rule + u'|' + scope + u'|' + QString::number(f.layer) + u'|' + f.path + u'|'
        + QString::number(f.line) + u'|' + f.detail;
}

QString CaseTargets::fileKey(const QString &scope, const QString &path)
{
    return scope + u'|' + path;
}

QString CaseTargets::checkKey(const QString &containerId, const QString &rule)
{
    return rule + QStringLiteral("|container:") + containerId;
}

QString CaseTargets::eventKey(const TimelineEvent &e)
{
    return e.datetime + u'|' + e.source + u'|' + e.path + u'|' + e.message.left(200);
}

QString CaseTargets::describe(const QString &type, const QString &key)
{
    const QStringList p = key.split(u'|');
    if (type == u"finding" && p.size() >= 6) {
        QStringList where;
        QString what = p.at(0);
        if (!p.at(3).isEmpty()) {
            what += u' ' + p.at(3);
        }
        if (p.at(4) != u"-1") {
            where << QCoreApplication::translate("CaseTargets", "line %1").arg(p.at(4));
        }
        where << scopeText(p.at(1));
        if (p.at(2) != u"-1") {
            where << QCoreApplication::translate("CaseTargets", "layer %1").arg(p.at(2));
        }
        if (!p.mid(5).join(u'|').isEmpty()) {
            where << p.mid(5).join(u'|');
        }
        return what + QStringLiteral(", ") + where.join(QStringLiteral(", "));
    }
    if (type == u"file" && p.size() >= 2) {
        return p.mid(1).join(u'|') + QStringLiteral(", ") + scopeText(p.at(0));
    }
    if (type == u"check" && p.size() == 2) {
        return p.at(0) + QStringLiteral(", ") + scopeText(p.at(1));
    }
    if (type == u"event" && p.size() >= 4) {
        return p.at(0) + u' ' + p.at(1) + QStringLiteral(": ") + p.mid(3).join(u'|')
            + (p.at(2).isEmpty() ? QString() : QStringLiteral(" (") + p.at(2) + u')');
    }
    return key;
}

} // namespace dockscope
