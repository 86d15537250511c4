#include "casetargets.h"

namespace dockscope {

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

} // namespace dockscope
