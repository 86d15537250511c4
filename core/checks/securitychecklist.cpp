#include "securitychecklist.h"

#include "evidence/jsonhelpers.h"
#include "rules/ruleset.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <functional>

namespace dockscope {

namespace {

using json::Json;
using Status = ChecklistItem::Status;

const QSet<QString> &defaultCapabilities()
{
    static const QSet<QString> caps{
        QStringLiteral("CHOWN"),    QStringLiteral("DAC_OVERRIDE"),     QStringLiteral("FSETID"),
        QStringLiteral("FOWNER"),   QStringLiteral("MKNOD"),            QStringLiteral("NET_RAW"),
        QStringLiteral("SETGID"),   QStringLiteral("SETUID"),           QStringLiteral("SETFCAP"),
        QStringLiteral("SETPCAP"),  QStringLiteral("NET_BIND_SERVICE"), QStringLiteral("SYS_CHROOT"),
        QStringLiteral("KILL"),     QStringLiteral("AUDIT_WRITE")};
    return caps;
}

QString capName(QString c)
{
    c = c.trimmed().toUpper();
    return c.startsWith(u"CAP_") ? c.mid(4) : c;
}

// The inspect view with a way to name where each field came from.
class View
{
public:
    View(const Container &c)
        : m_c(c)
        , m_root(json::parse(c.inspect))
    {
    }

    const Json *at(const QString &path) const
    {
        const Json *j = &m_root;
        for (const QString &part : path.split(u'.')) {
            if (!j->is_object()) {
                return nullptr;
            }
            const auto it = j->find(part.toStdString());
            if (it == j->end()) {
                return nullptr;
            }
            j = &*it;
        }
        return j;
    }
    bool has(const QString &path) const { return at(path) != nullptr; }
    QString str(const QString &path) const
    {
        const Json *j = at(path);
        return j && j->is_string() ? QString::fromStdString(j->get<std::string>()) : QString();
    }
    std::optional<bool> boolean(const QString &path) const
    {
        const Json *j = at(path);
        return j && j->is_boolean() ? std::optional<bool>(j->get<bool>()) : std::nullopt;
    }
    std::optional<qint64> integer(const QString &path) const
    {
        const Json *j = at(path);
        return j && j->is_number() ? std::optional<qint64>(j->get<qint64>()) : std::nullopt;
    }
    QStringList strings(const QString &path) const
    {
        QStringList out;
        const Json *j = at(path);
        if (j && j->is_array()) {
            for (const Json &v : *j) {
                if (v.is_string()) {
                    out << QString::fromStdString(v.get<std::string>());
                }
            }
        }
        return out;
    }
    // "hostconfig.json:HostConfig.Privileged"
    QString source(const QString &path) const
    {
        const QString top = path.section(u'.', 0, 0).section(u'[', 0, 0);
        QString file = m_c.fieldSources.value(top);
        file = file.isEmpty() ? QFileInfo(m_c.evidenceFile).fileName() : QFileInfo(file).fileName();
        return file + u':' + path;
    }
    QString sources(const QStringList &paths) const
    {
        QStringList out;
        for (const QString &p : paths) {
            if (has(p)) {
                out << source(p);
            }
        }
        return out.isEmpty() ? source(paths.value(0)) : out.join(QStringLiteral(", "));
    }
    const Container &container() const { return m_c; }

private:
    const Container &m_c;
    Json m_root;
};

struct Row
{
    Status status = Status::Pass;
    Severity severity = Severity::Info;
    QStringList values;

    // Raises the row to at least `s` (fail for medium and above, warn below).
    void raise(Severity s, const QString &value)
    {
        severity = status == Status::Pass ? s : std::min(s, severity);
        status = severity <= Severity::Medium ? Status::Fail : Status::Warn;
        values << value;
    }
};

bool isSocket(const QString &path)
{
    static const QRegularExpression socket(
        QStringLiteral("(docker|containerd|crio|dockershim|podman)\\.sock$|^/(var/)?run/(containerd|docker|crio)/?$"));
    return socket.match(path).hasMatch();
}

// RT-03: the host root or a sensitive host folder (or an ancestor of one).
bool isSensitiveSource(const QString &source)
{
    static const QStringList sensitive{
        QStringLiteral("/"),        QStringLiteral("/etc"),         QStringLiteral("/root"),
        QStringLiteral("/home"),    QStringLiteral("/boot"),        QStringLiteral("/dev"),
        QStringLiteral("/proc"),    QStringLiteral("/sys"),         QStringLiteral("/usr"),
        QStringLiteral("/lib"),     QStringLiteral("/var/lib/docker"), QStringLiteral("/var/lib/kubelet"),
        QStringLiteral("/etc/kubernetes"), QStringLiteral("/var/run"), QStringLiteral("/run")};
    static const QStringList below{QStringLiteral("/etc/"), QStringLiteral("/root/"), QStringLiteral("/boot/"),
                                   QStringLiteral("/dev/"), QStringLiteral("/proc/"), QStringLiteral("/sys/"),
                                   QStringLiteral("/usr/"), QStringLiteral("/lib/"),
                                   QStringLiteral("/var/lib/docker/"), QStringLiteral("/var/lib/kubelet/")};
    QString s = source;
    while (s.size() > 1 && s.endsWith(u'/')) {
        s.chop(1);
    }
    if (s.isEmpty() || !s.startsWith(u'/')) {
        return false; // a named volume
    }
    for (const QString &p : sensitive) {
        if (s == p || (p.startsWith(s + u'/') && s != u"/")) {
            return true;
        }
    }
    for (const QString &b : below) {
        if (s.startsWith(b)) {
            return true;
        }
    }
    return false;
}

QString mountText(const Mount &m)
{
    return QStringLiteral("%1 -> %2 (%3)").arg(m.source, m.destination,
                                                m.rw ? QStringLiteral("rw") : QStringLiteral("ro"));
}

bool isRootUser(const QString &user)
{
    const QString u = user.trimmed();
    return u.isEmpty() || u == u"root" || u == u"0" || u.startsWith(u"0:") || u.startsWith(u"root:");
}

QString maskedEnv(const QString &entry)
{
    const qsizetype eq = entry.indexOf(u'=');
    return eq < 0 ? entry : entry.left(eq + 1) + SecretRules::mask(entry.mid(eq + 1));
}

struct Checker
{
    const View &v;
    const ImageConfig *image;
    const RuleSet &rules;
    std::vector<ChecklistItem> out;

    void add(const char *id, Row row, const QString &source, bool applicable = true)
    {
        ChecklistItem item;
        item.id = QLatin1String(id);
        const Rule *rule = rules.catalog().find(item.id);
        item.title = rule ? rule->title : item.id;
        item.source = source;
        if (!applicable) {
            item.status = Status::NotApplicable;
            item.severity = rule ? rule->severity : Severity::Info;
        } else {
            item.status = row.status;
            item.severity = row.status == Status::Pass ? (rule ? rule->severity : Severity::Info) : row.severity;
        }
        row.values.removeDuplicates();
        item.value = row.values.join(QStringLiteral("; "));
        out.push_back(std::move(item));
    }

    const std::vector<Mount> &mounts() const { return v.container().mounts; }
    bool mountsKnown() const { return v.has(QStringLiteral("Mounts")) || v.has(QStringLiteral("HostConfig.Binds")); }
    QString mountSource() const
    {
        return v.sources({QStringLiteral("Mounts"), QStringLiteral("HostConfig.Binds"), QStringLiteral("HostConfig.Mounts")});
    }

    void rt01()
    {
        Row row;
        for (const Mount &m : mounts()) {
            if (isSocket(m.source) || isSocket(m.destination)) {
                row.raise(Severity::Critical, mountText(m));
            }
        }
        add("RT-01", row, mountSource(), mountsKnown());
    }

    void rt02()
    {
        Row row;
        const auto p = v.boolean(QStringLiteral("HostConfig.Privileged"));
        if (p && *p) {
            row.raise(Severity::Critical, QStringLiteral("Privileged: true"));
        } else {
            row.values << QStringLiteral("Privileged: false");
        }
        add("RT-02", row, v.source(QStringLiteral("HostConfig.Privileged")), p.has_value());
    }

    void rt03()
    {
        Row row;
        for (const Mount &m : mounts()) {
            if (m.type == u"volume" || !isSensitiveSource(m.source)) {
                continue;
            }
            const bool root = m.source == u"/";
            row.raise(m.rw || root ? Severity::Critical : Severity::High, mountText(m));
        }
        add("RT-03", row, mountSource(), mountsKnown());
    }

    void rt04()
    {
        Row row;
        const QString path = QStringLiteral("HostConfig.CapAdd");
        static const QSet<QString> critical{QStringLiteral("ALL"), QStringLiteral("SYS_ADMIN"), QStringLiteral("SYS_MODULE")};
        static const QSet<QString> high{QStringLiteral("SYS_PTRACE"), QStringLiteral("DAC_READ_SEARCH"),
                                        QStringLiteral("SYS_RAWIO"),  QStringLiteral("NET_ADMIN"),
                                        QStringLiteral("BPF"),        QStringLiteral("PERFMON"),
                                        QStringLiteral("SYS_BOOT"),   QStringLiteral("SYSLOG")};
        for (const QString &raw : v.strings(path)) {
            const QString cap = capName(raw);
            if (critical.contains(cap)) {
                row.raise(Severity::Critical, QStringLiteral("CapAdd %1").arg(cap));
            } else if (high.contains(cap)) {
                row.raise(Severity::High, QStringLiteral("CapAdd %1").arg(cap));
            } else if (!defaultCapabilities().contains(cap)) {
                row.raise(Severity::Medium, QStringLiteral("CapAdd %1").arg(cap));
            }
        }
        add("RT-04", row, v.source(path), v.has(QStringLiteral("HostConfig")));
    }

    void namespaceRow(const char *id, const char *field, Severity severity)
    {
        Row row;
        const QString path = QStringLiteral("HostConfig.") + QLatin1String(field);
        const QString mode = v.str(path);
        if (mode == u"host") {
            row.raise(severity, QStringLiteral("%1: host").arg(QLatin1String(field)));
        } else {
            row.values << QStringLiteral("%1: %2").arg(QLatin1String(field), mode.isEmpty() ? QStringLiteral("(private)") : mode);
        }
        add(id, row, v.source(path), v.has(QStringLiteral("HostConfig")));
    }

    void rt07()
    {
        Row row;
        const std::pair<const char *, Severity> fields[] = {{"IpcMode", Severity::Medium},
                                                            {"UsernsMode", Severity::Medium},
                                                            {"UTSMode", Severity::Low},
                                                            {"CgroupnsMode", Severity::Low}};
        QStringList paths;
        for (const auto &[field, severity] : fields) {
            const QString path = QStringLiteral("HostConfig.") + QLatin1String(field);
            paths << path;
            if (v.str(path) == u"host") {
                row.raise(severity, QStringLiteral("%1: host").arg(QLatin1String(field)));
            }
        }
        add("RT-07", row, v.sources(paths), v.has(QStringLiteral("HostConfig")));
    }

    void rt08()
    {
        Row row;
        static const QRegularExpression hostDisk(QStringLiteral("^/dev/(sd|nvme|vd|xvd|hd|dm-|md|loop|mem$|kmem$|port$|disk/)"));
        const Json *devices = v.at(QStringLiteral("HostConfig.Devices"));
        if (devices && devices->is_array()) {
            for (const Json &d : *devices) {
                const QString host = json::string(d, "PathOnHost");
                if (hostDisk.match(host).hasMatch()) {
                    row.raise(Severity::High, QStringLiteral("device %1").arg(host));
                } else if (!host.isEmpty()) {
                    row.raise(Severity::Info, QStringLiteral("device %1").arg(host));
                }
            }
        }
        for (const QString &rule : v.strings(QStringLiteral("HostConfig.DeviceCgroupRules"))) {
            row.raise(rule.simplified().startsWith(u"a ") ? Severity::High : Severity::Info,
                      QStringLiteral("device rule %1").arg(rule));
        }
        const Json *requests = v.at(QStringLiteral("HostConfig.DeviceRequests"));
        if (requests && requests->is_array() && !requests->empty()) {
            row.raise(Severity::Info, QStringLiteral("device requests (GPU etc.)"));
        }
        add("RT-08", row, v.sources({QStringLiteral("HostConfig.Devices"), QStringLiteral("HostConfig.DeviceCgroupRules")}),
            v.has(QStringLiteral("HostConfig")));
    }

    void rt09()
    {
        Row row;
        const QStringList opts = v.strings(QStringLiteral("HostConfig.SecurityOpt"));
        bool explicitProfile = false;
        for (const QString &o : opts) {
            const QString norm = QString(o).replace(u':', u'=').toLower();
            if (norm == u"seccomp=unconfined") {
                row.raise(Severity::High, o);
            } else if (norm.startsWith(u"seccomp=")) {
                explicitProfile = true;
            }
        }
        if (v.str(QStringLiteral("SeccompProfile")).compare(u"unconfined", Qt::CaseInsensitive) == 0) {
            row.raise(Severity::High, QStringLiteral("SeccompProfile: unconfined"));
        }
        const auto privileged = v.boolean(QStringLiteral("HostConfig.Privileged"));
        if (privileged && *privileged && !explicitProfile) {
            row.raise(Severity::High, QStringLiteral("privileged without a seccomp profile"));
        }
        add("RT-09", row, v.sources({QStringLiteral("HostConfig.SecurityOpt"), QStringLiteral("SeccompProfile")}),
            v.has(QStringLiteral("HostConfig")));
    }

    void rt10()
    {
        Row row;
        const auto writable = v.boolean(QStringLiteral("WritableCgroups"));
        if (writable && *writable) {
            row.raise(Severity::High, QStringLiteral("WritableCgroups: true"));
        }
        const auto privileged = v.boolean(QStringLiteral("HostConfig.Privileged"));
        bool known = writable.has_value();
        for (const char *field : {"MaskedPaths", "ReadonlyPaths"}) {
            const Json *j = v.at(QStringLiteral("HostConfig.") + QLatin1String(field));
            if (j) {
                known = true;
            }
            if (j && j->is_array() && j->empty() && !(privileged && *privileged)) {
                row.raise(Severity::High, QStringLiteral("%1: [] (systempaths=unconfined)").arg(QLatin1String(field)));
            }
        }
        add("RT-10", row, v.sources({QStringLiteral("HostConfig.MaskedPaths"), QStringLiteral("HostConfig.ReadonlyPaths"),
                                     QStringLiteral("WritableCgroups")}),
            known);
    }

    void rt11()
    {
        Row row;
        const bool known = v.has(QStringLiteral("AppArmorProfile"));
        const QString profile = v.str(QStringLiteral("AppArmorProfile"));
        if (known && (profile.isEmpty() || profile == u"unconfined")) {
            row.raise(Severity::Medium, QStringLiteral("AppArmorProfile: \"%1\"").arg(profile));
        }
        for (const QString &o : v.strings(QStringLiteral("HostConfig.SecurityOpt"))) {
            const QString norm = QString(o).replace(u':', u'=').toLower();
            if (norm == u"apparmor=unconfined" || norm == u"label=disable") {
                row.raise(Severity::Medium, o);
            }
        }
        add("RT-11", row, v.sources({QStringLiteral("AppArmorProfile"), QStringLiteral("HostConfig.SecurityOpt")}),
            known || v.has(QStringLiteral("HostConfig.SecurityOpt")));
    }

    void rt12()
    {
        Row row;
        const Container &c = v.container();
        QString command = (QStringList{c.path} + c.args).join(u' ').trimmed();
        if (command.isEmpty() && image) {
            command = (image->entrypoint + image->cmd).join(u' ');
        }
        for (const YaraMatch &m : rules.textRules().matchText(command)) {
            const bool worst = m.tags.contains(u"revshell") || m.tags.contains(u"miner");
            row.raise(worst ? Severity::Critical : Severity::High,
                      QStringLiteral("%1 (%2)").arg(command.left(200), m.title));
        }
        static const QRegularExpression hostEntry(QStringLiteral("\\bchroot\\s+/host\\b|\\bnsenter\\b"));
        static const QRegularExpression keepAlive(
            QStringLiteral("^((/usr)?/bin/)?(tail -f /dev/null|sleep (infinity|inf|[0-9]{6,}))$|while (true|:); do sleep"));
        if (hostEntry.match(command).hasMatch()) {
            row.raise(Severity::High, command.left(200));
        }
        if (keepAlive.match(command).hasMatch()) {
            row.raise(Severity::High, QStringLiteral("%1 (keeps the container alive only)").arg(command.left(200)));
        }
        if (row.values.isEmpty()) {
            row.values << command.left(200);
        }
        add("RT-12", row, v.sources({QStringLiteral("Path"), QStringLiteral("Args"), QStringLiteral("Config.Cmd")}),
            !command.isEmpty());
    }

    void rt13()
    {
        Row row;
        static const QRegularExpression secretName(
            QStringLiteral("(PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|CREDENTIAL)"),
            QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression tmpPath(QStringLiteral("(^|:)(/tmp|/dev/shm|/var/tmp)"));
        static const QSet<QString> minerVars{QStringLiteral("POOL_URL"), QStringLiteral("POOL_USER"),
                                             QStringLiteral("POOL_PASS"), QStringLiteral("WALLET"),
                                             QStringLiteral("DONATE_LEVEL"), QStringLiteral("MINING_POOL")};
        const QStringList env = v.strings(QStringLiteral("Config.Env"));
        for (const QString &entry : env) {
            const QString name = entry.section(u'=', 0, 0);
            const QString value = entry.section(u'=', 1);
            if (name == u"LD_PRELOAD" && !value.isEmpty()) {
                row.raise(Severity::Critical, entry);
                continue;
            }
            if (name == u"LD_LIBRARY_PATH" && tmpPath.match(value).hasMatch()) {
                row.raise(Severity::Critical, entry);
                continue;
            }
            if (name == u"GLIBC_TUNABLES" || minerVars.contains(name.toUpper())) {
                row.raise(Severity::High, maskedEnv(entry));
                continue;
            }
            const auto hits = rules.secrets().scan(entry.toUtf8(), QString(), false);
            if (!hits.empty()) {
                for (const SecretHit &h : hits) {
                    row.raise(h.severity == Severity::Critical ? Severity::Critical : Severity::High,
                              QStringLiteral("%1 (%2)").arg(maskedEnv(entry), h.title));
                }
            } else if (secretName.match(name).hasMatch() && value.size() >= 4 && !value.startsWith(u'$')) {
                row.raise(Severity::High, maskedEnv(entry));
            }
        }
        add("RT-13", row, v.source(QStringLiteral("Config.Env")), v.has(QStringLiteral("Config")));
    }

    void rt14()
    {
        Row row;
        const Container &c = v.container();
        static const QStringList official{
            QStringLiteral("alpine"), QStringLiteral("ubuntu"), QStringLiteral("debian"), QStringLiteral("centos"),
            QStringLiteral("fedora"), QStringLiteral("busybox"), QStringLiteral("nginx"), QStringLiteral("httpd"),
            QStringLiteral("redis"),  QStringLiteral("mysql"),   QStringLiteral("postgres"), QStringLiteral("mongo"),
            QStringLiteral("node"),   QStringLiteral("python"),  QStringLiteral("golang"), QStringLiteral("php"),
            QStringLiteral("tomcat"), QStringLiteral("traefik"), QStringLiteral("memcached"), QStringLiteral("mariadb")};
        QString repo = c.image.section(u'@', 0, 0);
        if (repo.section(u'/', -1).contains(u':')) {
            repo = repo.left(repo.lastIndexOf(u':'));
        }
        QString name = repo.section(u'/', -1).toLower();
        const QString ns = repo.contains(u'/') ? repo.section(u'/', -2, -2).toLower() : QString();
        const auto distance = [](const QString &a, const QString &b) {
            std::vector<int> prev(std::size_t(b.size() + 1)), cur(prev.size());
            for (int j = 0; j <= b.size(); ++j) {
                prev[std::size_t(j)] = j;
            }
            for (int i = 1; i <= a.size(); ++i) {
                cur[0] = i;
                for (int j = 1; j <= b.size(); ++j) {
                    cur[std::size_t(j)] = std::min({prev[std::size_t(j)] + 1, cur[std::size_t(j - 1)] + 1,
                                                   prev[std::size_t(j - 1)] + (a[i - 1] == b[j - 1] ? 0 : 1)});
                }
                std::swap(prev, cur);
            }
            return prev[std::size_t(b.size())];
        };
        bool suspicious = false;
        for (const QString &o : official) {
            if (name != o && name.size() >= 4 && distance(name, o) <= 1) {
                row.raise(Severity::High, QStringLiteral("image \"%1\" looks like the official \"%2\"").arg(c.image, o));
                suspicious = true;
            }
        }
        if (name == u"apache" && (ns.isEmpty() || ns == u"library")) {
            row.raise(Severity::High, QStringLiteral("image \"%1\" imitates an official image (Apache's is httpd)").arg(c.image));
            suspicious = true;
        }
        const QString restart = v.str(QStringLiteral("HostConfig.RestartPolicy.Name"));
        if (suspicious && (restart == u"always" || restart == u"unless-stopped")) {
            row.raise(Severity::High, QStringLiteral("restart %1").arg(restart));
        }
        if (image && !image->created.isEmpty() && !c.created.isEmpty()) {
            const QDateTime built = QDateTime::fromString(image->created, Qt::ISODateWithMs);
            const QDateTime made = QDateTime::fromString(c.created, Qt::ISODateWithMs);
            if (built.isValid() && made.isValid() && built <= made && built.secsTo(made) < 600) {
                row.raise(Severity::Low, QStringLiteral("image built %1 s before the container was created")
                                             .arg(QString::number(double(built.msecsTo(made)) / 1000.0, 'f', 1)));
            }
        }
        if (row.values.isEmpty()) {
            row.values << c.image;
        }
        add("RT-14", row, v.sources({QStringLiteral("Config.Image"), QStringLiteral("HostConfig.RestartPolicy")}),
            !c.image.isEmpty());
    }

    void rt15()
    {
        Row row;
        const bool known = v.has(QStringLiteral("Config.User"));
        QString user = v.str(QStringLiteral("Config.User"));
        QString source = v.source(QStringLiteral("Config.User"));
        if ((!known || user.isEmpty()) && image && image->valid) {
            user = image->user;
            source += QStringLiteral(", image config:config.User");
        }
        if (isRootUser(user)) {
            row.raise(Severity::Medium, QStringLiteral("User: \"%1\"").arg(user));
        } else {
            row.values << QStringLiteral("User: %1").arg(user);
        }
        add("RT-15", row, source, known || (image && image->valid));
    }

    void rt16()
    {
        Row row;
        for (const Mount &m : mounts()) {
            if (m.propagation == u"shared" || m.propagation == u"rshared") {
                row.raise(Severity::Medium, QStringLiteral("%1 propagation %2").arg(m.destination, m.propagation));
            }
        }
        add("RT-16", row, mountSource(), mountsKnown());
    }

    void rt17()
    {
        Row row;
        static const QSet<int> high{2375, 2376, 10250, 22};
        static const QSet<int> miner{3333, 4444, 5555, 14444};
        const Json *bindings = v.at(QStringLiteral("HostConfig.PortBindings"));
        if (bindings && bindings->is_object()) {
            for (auto it = bindings->begin(); it != bindings->end(); ++it) {
                const QString inner = QString::fromStdString(it.key());
                const int innerPort = inner.section(u'/', 0, 0).toInt();
                if (!it->is_array()) {
                    continue;
                }
                for (const Json &b : *it) {
                    const QString hostIp = json::string(b, "HostIp");
                    const int hostPort = json::string(b, "HostPort").toInt();
                    const QString text = QStringLiteral("%1:%2 -> %3").arg(hostIp.isEmpty() ? QStringLiteral("*") : hostIp)
                                             .arg(hostPort).arg(inner);
                    if (high.contains(hostPort) || high.contains(innerPort)) {
                        row.raise(Severity::High, text);
                    } else if (miner.contains(hostPort) || miner.contains(innerPort)) {
                        row.raise(Severity::Medium, text);
                    } else if (hostIp.isEmpty() || hostIp == u"0.0.0.0" || hostIp == u"::") {
                        row.raise(Severity::Low, text);
                    } else if (hostPort > 0 && hostPort < 1025) {
                        row.raise(Severity::Low, text);
                    }
                }
            }
        }
        const Json *exposed = v.at(QStringLiteral("Config.ExposedPorts"));
        if (exposed && exposed->is_object()) {
            for (auto it = exposed->begin(); it != exposed->end(); ++it) {
                const int port = QString::fromStdString(it.key()).section(u'/', 0, 0).toInt();
                if (high.contains(port)) {
                    row.raise(Severity::High, QStringLiteral("exposed %1").arg(QString::fromStdString(it.key())));
                }
            }
        }
        add("RT-17", row, v.sources({QStringLiteral("HostConfig.PortBindings"), QStringLiteral("Config.ExposedPorts")}),
            v.has(QStringLiteral("HostConfig")));
    }

    void rt18()
    {
        Row row;
        const auto nnp = v.boolean(QStringLiteral("NoNewPrivileges"));
        bool nnpOn = nnp.value_or(false);
        for (const QString &o : v.strings(QStringLiteral("HostConfig.SecurityOpt"))) {
            if (o == u"no-new-privileges" || o == u"no-new-privileges:true" || o == u"no-new-privileges=true") {
                nnpOn = true;
            }
        }
        if (!nnpOn) {
            row.raise(Severity::Low, QStringLiteral("NoNewPrivileges: false"));
        }
        const auto ro = v.boolean(QStringLiteral("HostConfig.ReadonlyRootfs"));
        if (ro && !*ro) {
            row.raise(Severity::Low, QStringLiteral("ReadonlyRootfs: false"));
        }
        if (!v.str(QStringLiteral("HostConfig.CgroupParent")).isEmpty()) {
            row.raise(Severity::Low, QStringLiteral("CgroupParent: %1").arg(v.str(QStringLiteral("HostConfig.CgroupParent"))));
        }
        add("RT-18", row, v.sources({QStringLiteral("NoNewPrivileges"), QStringLiteral("HostConfig.SecurityOpt"),
                                     QStringLiteral("HostConfig.ReadonlyRootfs")}),
            v.has(QStringLiteral("HostConfig")));
    }

    void rt19()
    {
        Row row;
        const qint64 memory = v.integer(QStringLiteral("HostConfig.Memory")).value_or(0);
        const qint64 shares = v.integer(QStringLiteral("HostConfig.CpuShares")).value_or(0);
        const qint64 nano = v.integer(QStringLiteral("HostConfig.NanoCpus")).value_or(0);
        const qint64 quota = v.integer(QStringLiteral("HostConfig.CpuQuota")).value_or(0);
        const auto pids = v.integer(QStringLiteral("HostConfig.PidsLimit"));
        if (memory == 0) {
            row.raise(Severity::Low, QStringLiteral("Memory: 0"));
        }
        if (shares == 0 && nano == 0 && quota <= 0) {
            row.raise(Severity::Low, QStringLiteral("no CPU limit"));
        }
        if (!pids || *pids <= 0) {
            row.raise(Severity::Low, QStringLiteral("PidsLimit: %1").arg(pids ? QString::number(*pids) : QStringLiteral("null")));
        }
        add("RT-19", row, v.sources({QStringLiteral("HostConfig.Memory"), QStringLiteral("HostConfig.NanoCpus"),
                                     QStringLiteral("HostConfig.PidsLimit")}),
            v.has(QStringLiteral("HostConfig")));
    }

    void rt20()
    {
        Row row;
        const QString restart = v.str(QStringLiteral("HostConfig.RestartPolicy.Name"));
        const qint64 retries = v.integer(QStringLiteral("HostConfig.RestartPolicy.MaximumRetryCount")).value_or(0);
        if (restart == u"always" || restart == u"unless-stopped") {
            row.raise(Severity::Low, QStringLiteral("RestartPolicy: %1").arg(restart));
        } else if (retries > 5) {
            row.raise(Severity::Low, QStringLiteral("MaximumRetryCount: %1").arg(retries));
        }
        const QStringList test = v.strings(QStringLiteral("Config.Healthcheck.Test"));
        const QStringList imageTest = image ? image->healthcheck : QStringList();
        const QStringList effective = test.isEmpty() ? imageTest : test;
        if (effective.isEmpty() || effective.value(0) == u"NONE") {
            row.raise(Severity::Info, QStringLiteral("no health check"));
        }
        const QString driver = v.str(QStringLiteral("HostConfig.LogConfig.Type"));
        if (driver == u"none") {
            row.raise(Severity::Medium, QStringLiteral("LogConfig.Type: none (no logs kept)"));
        } else if (!driver.isEmpty() && driver != u"json-file" && driver != u"local") {
            row.raise(Severity::Info, QStringLiteral("LogConfig.Type: %1 (logs are not on this host's disk)").arg(driver));
        }
        add("RT-20", row, v.sources({QStringLiteral("HostConfig.RestartPolicy"), QStringLiteral("Config.Healthcheck"),
                                     QStringLiteral("HostConfig.LogConfig")}),
            v.has(QStringLiteral("HostConfig")));
    }
};

} // namespace

std::vector<ChecklistItem> SecurityChecklist::evaluate(const Container &container, const ImageConfig *image,
                                                       const RuleSet &rules)
{
    const View view(container);
    Checker c{view, image, rules, {}};
    c.rt01();
    c.rt02();
    c.rt03();
    c.rt04();
    c.namespaceRow("RT-05", "PidMode", Severity::High);
    c.namespaceRow("RT-06", "NetworkMode", Severity::High);
    c.rt07();
    c.rt08();
    c.rt09();
    c.rt10();
    c.rt11();
    c.rt12();
    c.rt13();
    c.rt14();
    c.rt15();
    c.rt16();
    c.rt17();
    c.rt18();
    c.rt19();
    c.rt20();
    return c.out;
}

} // namespace dockscope
