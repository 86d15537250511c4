#include "imagechecks.h"

#include "rules/ruleset.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace dockscope {

namespace {

struct Context
{
    const Image &image;
    const RuleSet &rules;
    FindingSink &sink;

    QString configFile() const
    {
        return image.configSource.isEmpty() ? QStringLiteral("config") : QFileInfo(image.configSource).fileName();
    }

    Finding &add(const QString &rule, std::optional<Severity> severity, const QString &field, const QString &evidence)
    {
        Finding &f = sink.add(rule, severity);
        f.image = image.id;
        f.evidenceFile = image.evidence;
        f.source = configFile() + u':' + field;
        f.evidence = evidence.left(300);
        return f;
    }
};

// The build steps with the field each comes from.
struct Step
{
    QString text;
    QString field;
    int layer = -1;
};

std::vector<Step> historySteps(const Image &image)
{
    std::vector<Step> steps;
    int layer = 0;
    for (qsizetype i = 0; i < qsizetype(image.config.history.size()); ++i) {
        const HistoryEntry &h = image.config.history[std::size_t(i)];
        steps.push_back({h.createdBy, QStringLiteral("history[%1].created_by").arg(i), h.emptyLayer ? -1 : layer});
        if (!h.emptyLayer) {
            ++layer;
        }
    }
    return steps;
}

bool hasTag(const std::vector<YaraMatch> &matches, const char *tag)
{
    for (const YaraMatch &m : matches) {
        if (m.tags.contains(QLatin1String(tag))) {
            return true;
        }
    }
    return false;
}

QString firstTitle(const std::vector<YaraMatch> &matches, const char *tag)
{
    for (const YaraMatch &m : matches) {
        if (m.tags.contains(QLatin1String(tag))) {
            return m.title;
        }
    }
    return {};
}

} // namespace

void ImageChecks::run(const Image &image, const RuleSet &rules, FindingSink &sink)
{
    if (!image.config.valid || image.kind != u"image") {
        return;
    }
    Context ctx{image, rules, sink};
    const ImageConfig &cfg = image.config;
    const std::vector<Step> steps = historySteps(image);

    // IMG-01: miners and offensive tools named by the build or the configuration.
    static const QRegularExpression tools(
        QStringLiteral("\\b(masscan|zmap|zgrab2?|pnscan|nmap|tmate|gs-netcat|gsocket|kubectl|xmrig|xmr-stak|minerd|cpuminer|kdevtmpfsi|kinsing)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression minerNames(QStringLiteral("\\b(xmrig|xmr-stak|minerd|cpuminer|kdevtmpfsi|kinsing)\\b"),
                                               QRegularExpression::CaseInsensitiveOption);
    std::vector<Step> texts = steps;
    for (qsizetype i = 0; i < cfg.env.size(); ++i) {
        texts.push_back({cfg.env[i], QStringLiteral("config.Env[%1]").arg(i)});
    }
    texts.push_back({(cfg.entrypoint + cfg.cmd).join(u' '), QStringLiteral("config.Entrypoint, config.Cmd")});
    for (const Step &s : texts) {
        if (s.text.isEmpty()) {
            continue;
        }
        const auto matches = rules.textRules().matchText(s.text);
        const auto tool = tools.match(s.text);
        if (hasTag(matches, "miner") || minerNames.match(s.text).hasMatch()) {
            Finding &f = ctx.add(QStringLiteral("IMG-01"), Severity::Critical, s.field, s.text);
            f.layer = s.layer;
            f.detail = QStringLiteral("miner");
        } else if (tool.hasMatch()) {
            Finding &f = ctx.add(QStringLiteral("IMG-01"), Severity::High, s.field, s.text);
            f.layer = s.layer;
            f.detail = tool.captured(1).toLower();
        }
    }

    // IMG-02: secrets in ENV, labels and history.
    static const QRegularExpression secretName(
        QStringLiteral("^[A-Za-z0-9_]*(PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|CREDENTIAL)[A-Za-z0-9_]*$"),
        QRegularExpression::CaseInsensitiveOption);
    std::vector<Step> secretTexts;
    for (qsizetype i = 0; i < cfg.env.size(); ++i) {
        secretTexts.push_back({cfg.env[i], QStringLiteral("config.Env[%1]").arg(i)});
    }
    for (auto it = cfg.labels.begin(); it != cfg.labels.end(); ++it) {
        secretTexts.push_back({it.key() + u'=' + it.value(), QStringLiteral("config.Labels[\"%1\"]").arg(it.key())});
    }
    for (const Step &s : steps) {
        secretTexts.push_back(s);
    }
    // One finding per value or history line, naming every kind of secret it holds: a line that
    // sets two keys is one place to look at, not two.
    for (const Step &s : secretTexts) {
        const auto hits = rules.secrets().scan(s.text.toUtf8(), QString(), false);
        QStringList kinds;
        bool critical = false;
        QString masked;
        for (const SecretHit &h : hits) {
            if (!kinds.contains(h.rule)) {
                kinds << h.rule;
            }
            critical = critical || h.severity == Severity::Critical;
            masked = h.masked; // the whole line, every secret of it masked
        }
        if (hits.empty() && s.field.startsWith(u"config.Env")) {
            const QString name = s.text.section(u'=', 0, 0);
            const QString value = s.text.section(u'=', 1);
            if (secretName.match(name).hasMatch() && value.size() >= 4 && !value.startsWith(u'$')) {
                kinds << QStringLiteral("secret-named variable");
                masked = name + u'=' + SecretRules::mask(value);
            }
        }
        if (!kinds.isEmpty()) {
            Finding &f = ctx.add(QStringLiteral("IMG-02"), critical ? Severity::Critical : Severity::High, s.field, masked);
            f.detail = kinds.join(QStringLiteral(", "));
            f.layer = s.layer;
            f.count = int(hits.size() > 1 ? hits.size() : 1);
        }
    }

    // IMG-03: download-and-execute and disabled signature checks at build time.
    static const QRegularExpression unsigned_(QStringLiteral("--allow-unauthenticated|--nogpgcheck|--allow-untrusted|--no-check-certificate|\\bcurl\\b[^\\n]*\\s-k\\b"));
    static const QRegularExpression addUrl(QStringLiteral("\\bADD\\s+(--[a-z]+=\\S+\\s+)*https?://"), QRegularExpression::CaseInsensitiveOption);
    for (const Step &s : steps) {
        const auto matches = rules.textRules().matchText(s.text);
        if (hasTag(matches, "dropper")) {
            Finding &f = ctx.add(QStringLiteral("IMG-03"), std::nullopt, s.field, s.text);
            f.layer = s.layer;
            f.detail = firstTitle(matches, "dropper");
        } else if (unsigned_.match(s.text).hasMatch() || addUrl.match(s.text).hasMatch()) {
            Finding &f = ctx.add(QStringLiteral("IMG-03"), std::nullopt, s.field, s.text);
            f.layer = s.layer;
        }
    }

    // IMG-04: the entry point or command.
    const QString command = (cfg.entrypoint + cfg.cmd).join(u' ');
    if (!command.isEmpty()) {
        static const QRegularExpression tempScript(QStringLiteral("(^|\\s|['\"])(/tmp|/dev/shm|/var/tmp)/\\S+|/\\.[^/\\s]+/"));
        static const QRegularExpression background(QStringLiteral("\\bnohup\\b[^\\n]*&"));
        const auto matches = rules.textRules().matchText(command);
        if (hasTag(matches, "revshell") || hasTag(matches, "dropper") || hasTag(matches, "miner")
            || tempScript.match(command).hasMatch() || background.match(command).hasMatch()) {
            ctx.add(QStringLiteral("IMG-04"), std::nullopt, QStringLiteral("config.Entrypoint, config.Cmd"), command);
        }
    }

    // IMG-05: provenance.
    if (image.repoTags.isEmpty()) {
        ctx.add(QStringLiteral("IMG-05"), Severity::Medium, QStringLiteral("RepoTags"), QStringLiteral("untagged image"));
    } else {
        for (const QString &tag : image.repoTags) {
            if (tag.endsWith(u":latest") || !tag.section(u'/', -1).contains(u':')) {
                ctx.add(QStringLiteral("IMG-05"), Severity::Medium, QStringLiteral("RepoTags"),
                        QStringLiteral("%1: a moving tag, not a fixed version").arg(tag));
            }
        }
        if (image.manifestDigest.isEmpty() && image.format.startsWith(u"docker-")) {
            ctx.add(QStringLiteral("IMG-05"), Severity::Low, QStringLiteral("RepoDigests"),
                    QStringLiteral("%1: no registry digest (built or imported locally)").arg(image.repoTags.join(QStringLiteral(", "))));
        }
    }

    // IMG-06: layers committed from a container after the build.
    for (std::size_t i = 1; i < steps.size(); ++i) {
        const HistoryEntry &h = cfg.history[i];
        if (!h.emptyLayer && h.createdBy.trimmed().isEmpty()) {
            Finding &f = ctx.add(QStringLiteral("IMG-06"), std::nullopt, steps[i].field,
                                 QStringLiteral("layer %1 has no build instruction%2")
                                     .arg(QString::number(steps[i].layer),
                                          h.comment.isEmpty() ? QString() : QStringLiteral(" (comment: %1)").arg(h.comment)));
            f.layer = steps[i].layer;
        }
    }

    // IMG-07: root user.
    const QString user = cfg.user.trimmed();
    if (user.isEmpty() || user == u"root" || user == u"0" || user.startsWith(u"0:") || user.startsWith(u"root:")) {
        ctx.add(QStringLiteral("IMG-07"), std::nullopt, QStringLiteral("config.User"),
                QStringLiteral("User: \"%1\"").arg(user));
    }

    // IMG-08: sensitive ports exposed.
    for (const QString &port : cfg.exposedPorts) {
        const int p = port.section(u'/', 0, 0).toInt();
        if (p == 2375 || p == 2376) {
            ctx.add(QStringLiteral("IMG-08"), Severity::High, QStringLiteral("config.ExposedPorts"), port);
        } else if (p == 22) {
            ctx.add(QStringLiteral("IMG-08"), Severity::Medium, QStringLiteral("config.ExposedPorts"), port);
        }
    }

    // IMG-09 and IMG-10: setuid and hygiene of the build steps.
    static const QRegularExpression setuid(
        QStringLiteral("\\bchmod\\s+(-[a-zA-Z]+\\s+)*([ugoa]*\\+[rwxt]*s[rwxt]*|0?[2467][0-7]{3})\\b|(^|&&|;|-c\\s+)\\s*sudo\\s"));
    static const QRegularExpression add(QStringLiteral("(#\\(nop\\)\\s*ADD|^ADD)\\s+(?!file:\\S+\\s+in\\s+/\\s*$)"));
    static const QRegularExpression update(QStringLiteral("\\b(apt-get|apt|yum|dnf|apk)\\s+(update|upgrade|dist-upgrade)\\b"));
    static const QRegularExpression install(QStringLiteral("\\b(apt-get|apt|yum|dnf)\\s+(-\\S+\\s+)*install\\b|\\bapk\\s+add\\b"));
    static const QRegularExpression cleaned(QStringLiteral("rm\\s+-[rf]+\\s+/var/lib/apt/lists|--no-cache|yum\\s+clean|dnf\\s+clean|apt-get\\s+clean"));
    static const QRegularExpression upgrade(QStringLiteral("\\b(dist-upgrade|upgrade)\\b"));
    static const QRegularExpression maintainer(QStringLiteral("\\bMAINTAINER\\b"));
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const Step &s = steps[i];
        if (setuid.match(s.text).hasMatch()) {
            Finding &f = ctx.add(QStringLiteral("IMG-09"), std::nullopt, s.field, s.text);
            f.layer = s.layer;
        }
        QStringList hygiene;
        if (add.match(s.text).hasMatch() && s.layer != 0) {
            hygiene << QStringLiteral("ADD instead of COPY");
        }
        if (update.match(s.text).hasMatch() && !install.match(s.text).hasMatch() && !upgrade.match(s.text).hasMatch()) {
            hygiene << QStringLiteral("package index updated alone");
        }
        if (upgrade.match(s.text).hasMatch() && update.match(s.text).hasMatch()) {
            hygiene << QStringLiteral("packages upgraded at build");
        }
        if (install.match(s.text).hasMatch() && !cleaned.match(s.text).hasMatch()) {
            hygiene << QStringLiteral("package cache not cleaned");
        }
        if (maintainer.match(s.text).hasMatch()) {
            hygiene << QStringLiteral("MAINTAINER (deprecated)");
        }
        if (!hygiene.isEmpty()) {
            Finding &f = ctx.add(QStringLiteral("IMG-10"), std::nullopt, s.field,
                                 hygiene.join(QStringLiteral(", ")) + QStringLiteral(": ") + s.text);
            f.layer = s.layer;
        }
    }
    if (!cfg.author.isEmpty()) {
        ctx.add(QStringLiteral("IMG-10"), Severity::Info, QStringLiteral("author"),
                QStringLiteral("MAINTAINER/author: %1").arg(cfg.author));
    }
}

} // namespace dockscope
