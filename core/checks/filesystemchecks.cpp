#include "filesystemchecks.h"

#include "archive/filekind.h"
#include "rules/ruleset.h"
#include "util/format.h"
#include "util/membername.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <string_view>
#include <vector>

namespace dockscope {

namespace {

QRegularExpression re(const char *pattern)
{
    QRegularExpression r{QString::fromLatin1(pattern)};
    r.optimize();
    return r;
}

// The path of the file being checked: its bytes, and its text for the expressions, converted
// the first time one needs it.
class Subject
{
public:
    void reset(const std::string &rel)
    {
        m_rel = &rel;
        m_converted = false;
    }
    const std::string &rel() const { return *m_rel; }
    const QString &text()
    {
        if (!m_converted) {
            m_text = QString::fromStdString(*m_rel);
            m_converted = true;
        }
        return m_text;
    }

private:
    const std::string *m_rel = nullptr;
    QString m_text;
    bool m_converted = false;
};

bool matches(const QRegularExpression &r, Subject &path)
{
    return r.match(path.text()).hasMatch();
}

// An expression tried on every path, with ASCII literals one of which every path it matches
// contains: a path with none of them (most paths of a layer) is not given to the expression.
struct GuardedPattern
{
    QRegularExpression re;
    std::vector<std::string_view> anyOf;
};

GuardedPattern guarded(const char *pattern, std::initializer_list<std::string_view> anyOf)
{
    return {re(pattern), anyOf};
}

bool matches(const GuardedPattern &p, Subject &path)
{
    const bool possible = std::any_of(p.anyOf.begin(), p.anyOf.end(), [&path](std::string_view literal) {
        return path.rel().find(literal) != std::string::npos;
    });
    return possible && matches(p.re, path);
}

QString modeText(const LayerEntry &e)
{
    return QStringLiteral("%1").arg(e.mode & 07777, 4, 8, QLatin1Char('0'));
}

bool isFile(const FileView &f)
{
    return f.entry && (f.entry->type == EntryType::File || f.entry->type == EntryType::Hardlink);
}

FileKind kindOf(const FileView &f)
{
    return f.entry ? FileKind(f.entry->fileKind) : FileKind::Unknown;
}

bool isExecutable(const FileView &f)
{
    if (!isFile(f)) {
        return false;
    }
    return kindOf(f) == FileKind::Elf || (f.entry->mode & 0111) != 0;
}

bool hasHit(const FileView &f, const char *rule)
{
    for (const ContentHit *h : f.hits) {
        if (h->rule == QLatin1String(rule)) {
            return true;
        }
    }
    return false;
}

// Places where a dropped program is a strong signal: temporary and run folders, hidden
// folders, web roots.
bool inDropZone(Subject &rel)
{
    static const QRegularExpression zone = re(
        "^(tmp|var/tmp|dev/shm|run|var/run)/|(^|/)\\.[^/]+/|^(var/www|srv/www|srv/http|usr/share/nginx/html|usr/local/apache2/htdocs)/|/(htdocs|public_html|uploads?|cgi-bin)/");
    return matches(zone, rel);
}

bool isWebRootScript(Subject &rel)
{
    static const QRegularExpression root = re(
        "^(var/www|srv/www|srv/http|srv/web|usr/share/nginx/html|usr/local/apache2/htdocs|usr/local/tomcat/webapps|var/lib/tomcat[0-9]*/webapps|opt/[^/]+/webapps|app/public|usr/src/app/public)/"
        "|/(htdocs|public_html|webroot|wwwroot|html|uploads?|cgi-bin|webapps)/");
    static const QRegularExpression script = re("\\.(php[0-9]?|phtml|phar|inc|jspx?|war|aspx?|ashx|asmx|cgi|pl|py|rb|sh)$|(^|/)\\.htaccess$");
    return matches(root, rel) && matches(script, rel);
}

// Programs distributions install setuid; in an image layer they are not a finding.
bool isDistributionSetuid(Subject &rel)
{
    static const QRegularExpression known = re(
        "^(usr/)?(s?bin|lib|libexec|lib64)/(.*/)?(su|sudo|sudoedit|passwd|mount|umount|chsh|chfn|gpasswd|newgrp|newuidmap|newgidmap|ping6?|pkexec|expiry|chage|ssh-keysign|dbus-daemon-launch-helper|unix_chkpwd|wall|write|crontab|Xorg\\.wrap|fusermount3?|ntfs-3g|at|bsd-write|ssh-agent|mlocate|plocate|polkit-agent-helper-1|pt_chown|utempter|traceroute6\\.iputils|mount\\.nfs|dotlockfile|staprun|chromium-sandbox|chrome-sandbox|snap-confine|uuidd|lockdev|mail-lock|mail-unlock|mail-touchlock|ksu|doas|Xorg|exim4|procmail|sendmail|lppasswd|pam_timestamp_check|userhelper|usernetctl|busybox)$");
    return matches(known, rel);
}

struct Checks
{
    const FileSet &set;
    const Container *container;
    const RuleSet &rules;
    FindingSink &sink;
    Subject path; // the current file's

    Finding &add(const char *rule, std::optional<Severity> severity, const FileView &f, const QString &evidence)
    {
        Finding &out = sink.add(QLatin1String(rule), severity);
        out.container = set.containerId;
        out.image = set.imageId;
        out.evidenceFile = set.evidence;
        out.path = f.path;
        out.layer = f.layer;
        out.layerDigest = f.layerDigest;
        out.source = f.member;
        out.volume = f.mount;
        out.evidence = evidence.left(300);
        if (f.entry && f.entry->sha256.valid) {
            out.sha256 = f.entry->sha256.prefixed();
        }
        if (f.entry && f.entry->mtime > 0) {
            out.timestamp = rfc3339(f.entry->mtime, f.entry->mtimeNsec);
        }
        return out;
    }

    QString describe(const FileView &f) const
    {
        if (!f.entry) {
            return QStringLiteral("%1 %2").arg(QString(Change::kindLetter(f.kind)), f.path);
        }
        QString kind = QString::fromLatin1(fileKindName(kindOf(f)));
        if (f.entry->type == EntryType::Symlink) {
            kind = QStringLiteral("symlink -> %1").arg(QString::fromStdString(f.entry->linkTarget));
        } else if (f.entry->type == EntryType::Directory) {
            kind = QStringLiteral("directory");
        }
        return QStringLiteral("%1 %2 (%3, mode %4, %5 bytes, uid %6)")
            .arg(QString(Change::kindLetter(f.kind)), f.path, kind, modeText(*f.entry),
                 QString::number(f.entry->size), QString::number(f.entry->uid));
    }

    bool changed(const FileView &f) const { return f.kind != Change::Kind::Deleted; }

    void run()
    {
        for (const FileView &f : set.files) {
            path.reset(f.rel);
            if (set.container) {
                containerFile(f);
            } else {
                imageFile(f);
            }
        }
        if (set.container) {
            hostsFile();
        }
    }

    // ---- both ------------------------------------------------------------------------------

    bool fs02(const FileView &f)
    {
        static const GuardedPattern names = guarded(
            "(^|/)(xmrig[^/]*|xmr-stak[^/]*|minerd|cpuminer[^/]*|kdevtmpfsi|kinsing|kthreaddi|kthreaddk|sysrv[^/]*|xmrigDaemon|xmrigMiner|nanominer|t-rex|lolminer|phoenixminer|nbminer)$|^usr/bin/version\\.dat$",
            {"xmr", "miner", "kdevtmpfsi", "kinsing", "kthreadd", "sysrv", "t-rex", "version.dat"});
        if (changed(f) && (f.entry == nullptr || f.entry->type != EntryType::Directory) && matches(names, path)) {
            add("FS-02", std::nullopt, f, describe(f)).detail = QStringLiteral("file name");
            return true;
        }
        // A renamed miner: a program whose strings are a miner's (pool protocol, miner banner).
        if (changed(f) && kindOf(f) == FileKind::Elf && hasHit(f, "FC-02")) {
            add("FS-02", std::nullopt, f, QStringLiteral("miner program: %1").arg(describe(f))).detail =
                QStringLiteral("miner strings in a program");
            return true;
        }
        if (changed(f) && baseName(f.rel) == "config.json" && hasHit(f, "FC-02")) {
            add("FS-02", std::nullopt, f, QStringLiteral("miner configuration: %1").arg(describe(f))).detail =
                QStringLiteral("miner config.json");
            return true;
        }
        return false;
    }

    void fs03(const FileView &f)
    {
        static const GuardedPattern preload = guarded("^etc/ld\\.so\\.preload$", {"ld.so.preload"});
        static const QRegularExpression loader = re("^(usr/)?lib(32|64|x32)?/([^/]+/)?ld-[^/]*\\.so[^/]*$");
        if (!changed(f)) {
            return;
        }
        if (matches(preload, path)) {
            QString text = describe(f);
            if (f.content) {
                text = QStringLiteral("/etc/ld.so.preload loads: %1").arg(QString::fromUtf8(*f.content).simplified());
            }
            add("FS-03", std::nullopt, f, text);
        } else if (set.container && f.kind == Change::Kind::Changed && matches(loader, path)) {
            add("FS-03", std::nullopt, f, QStringLiteral("dynamic loader changed: %1").arg(describe(f)));
        }
    }

    void fs07(const FileView &f)
    {
        if (!changed(f) || !isFile(f) || !(f.entry->mode & 06000)) {
            return;
        }
        if (!set.container && isDistributionSetuid(path)) {
            return;
        }
        const bool shell = kindOf(f) == FileKind::Elf && inDropZone(path);
        add("FS-07", shell ? std::optional<Severity>(Severity::Critical) : std::nullopt, f, describe(f));
    }

    void fs12(const FileView &f)
    {
        static const GuardedPattern creds = guarded(
            "(^|/)\\.aws/credentials$|(^|/)\\.docker/config\\.json$|(^|/)\\.kube/config$|(^|/)id_(rsa|dsa|ecdsa|ed25519)$|(^|/)\\.git-credentials$|(^|/)\\.netrc$|(^|/)\\.pgpass$",
            {"credentials", "config", "id_", ".netrc", ".pgpass"});
        static const QRegularExpression loot = re("^(tmp|var/tmp|dev/shm)/.*\\.(tgz|tar|tar\\.gz|tar\\.bz2|tar\\.xz|zip|7z|gz)$");
        if (!changed(f) || !isFile(f)) {
            return;
        }
        if (matches(creds, path)) {
            add("FS-12", std::nullopt, f, describe(f)).detail = QStringLiteral("credential file");
        } else if (set.container && matches(loot, path)) {
            add("FS-12", std::nullopt, f, QStringLiteral("archive in a temporary folder: %1").arg(describe(f))).detail =
                QStringLiteral("archive of collected files");
        }
    }

    bool fs14(const FileView &f)
    {
        static const QRegularExpression hidden = re("^(tmp|var/tmp|dev/shm|root|run)/(.*/)?\\.[^/]+$|^\\.[^/]+$|^(tmp|var/tmp|dev/shm)/(.*/)?\\.[^/]+/");
        static const QRegularExpression odd = re("(^|/)(\\.\\.\\.+|\\. +|[^/]* )$|(^|/)\\[?(kworker|kthreadd|ksoftirqd|kswapd0|migration)[^/]*\\]?$");
        static const QSet<QString> standard{QStringLiteral(".X11-unix"), QStringLiteral(".ICE-unix"), QStringLiteral(".font-unix"),
                                            QStringLiteral(".Test-unix"), QStringLiteral(".XIM-unix"), QStringLiteral(".dockerenv"),
                                            QStringLiteral(".cache"), QStringLiteral(".config"), QStringLiteral(".local"),
                                            QStringLiteral(".ash_history"), QStringLiteral(".bash_history"), QStringLiteral(".profile"),
                                            QStringLiteral(".bashrc"), QStringLiteral(".ssh"), QStringLiteral(".aws"),
                                            QStringLiteral(".wget-hsts"), QStringLiteral(".viminfo"), QStringLiteral(".lesshst")};
        if (!changed(f)) {
            return false;
        }
        const QString name = QString::fromStdString(std::string(baseName(f.rel)));
        if (matches(odd, path)) {
            add("FS-14", std::nullopt, f, QStringLiteral("odd name: %1").arg(describe(f)));
            return true;
        }
        if (matches(hidden, path) && name.startsWith(u'.') && !standard.contains(name)) {
            add("FS-14", std::nullopt, f, describe(f));
            return true;
        }
        return false;
    }

    // ---- container changes -------------------------------------------------------------------

    void containerFile(const FileView &f)
    {
        fs01(f);
        fs02(f);
        fs03(f);
        fs04(f);
        fs05(f);
        fs06(f);
        fs07(f);
        fs08(f);
        fs09(f);
        fs10(f);
        fs11(f);
        fs12(f);
        fs13(f);
        fs14(f);
        fs15(f);
        fs16(f);
    }

    // The empty file the runtime creates in the read-write layer for a bind-mounted file
    // (/var/run/docker.sock, /etc/hostname): its mode is the host file's, not the attacker's.
    bool isMountPlaceholder(const FileView &f) const
    {
        if (!container || !f.entry || f.entry->size != 0) {
            return false;
        }
        return std::any_of(container->mounts.begin(), container->mounts.end(),
                           [&](const Mount &m) { return m.destination == f.path; });
    }

    void fs01(const FileView &f)
    {
        if (!changed(f) || !isExecutable(f) || isMountPlaceholder(f)) {
            return;
        }
        const FileKind kind = kindOf(f);
        const bool packed = f.entry->elfFlags & ElfUpx;
        const bool critical = inDropZone(path) || packed;
        QString what = kind == FileKind::Elf ? QStringLiteral("ELF program")
            : kind == FileKind::Script       ? QStringLiteral("script")
                                             : QStringLiteral("file with an exec bit");
        if (packed) {
            what += QStringLiteral(", UPX-packed");
        }
        add("FS-01", critical ? Severity::Critical : Severity::High, f,
            QStringLiteral("%1: %2").arg(what, describe(f)));
    }

    static bool redFlags(const QByteArray *content)
    {
        static const QRegularExpression flags(QStringLiteral("@reboot|/tmp/|/dev/shm|/var/tmp/|\\bcurl\\b|\\bwget\\b|base64|\\|\\s*(ba)?sh\\b|/dev/tcp/"));
        return content && flags.match(QString::fromUtf8(*content)).hasMatch();
    }

    void fs04(const FileView &f)
    {
        static const QRegularExpression cron = re("^etc/crontab$|^etc/cron\\.d/[^/]+$|^etc/cron\\.(hourly|daily|weekly|monthly)/[^/]+$|^var/spool/cron/(.+/)?[^/]+$|^etc/anacrontab$");
        if (!changed(f) || (f.entry && f.entry->type == EntryType::Directory) || !matches(cron, path)) {
            return;
        }
        const bool flagged = redFlags(f.content) || hasHit(f, "FC-05") || hasHit(f, "FC-01");
        QString text = describe(f);
        if (f.content) {
            text = QString::fromUtf8(*f.content).simplified();
        }
        add("FS-04", flagged ? Severity::Critical : Severity::High, f, text);
    }

    void fs05(const FileView &f)
    {
        static const QRegularExpression ssh = re("^(root|home/[^/]+)/\\.ssh/authorized_keys2?$|^etc/ssh/sshd_config(\\.d/[^/]+)?$|^etc/ssh/ssh_host_[^/]+$|(^|/)s?bin/sshd$");
        if (changed(f) && (!f.entry || f.entry->type != EntryType::Directory) && matches(ssh, path)) {
            add("FS-05", std::nullopt, f, f.content ? QString::fromUtf8(*f.content).simplified() : describe(f));
        }
    }

    void fs06(const FileView &f)
    {
        static const QRegularExpression accounts = re("^etc/(passwd|shadow|group|gshadow|sudoers)$|^etc/sudoers\\.d/[^/]+$");
        if (!changed(f) || !matches(accounts, path)) {
            return;
        }
        QString text = describe(f);
        Severity severity = Severity::High;
        if (f.rel == "etc/passwd" && f.content) {
            QStringList rootAccounts;
            for (const QString &line : QString::fromUtf8(*f.content).split(u'\n')) {
                const QStringList fields = line.split(u':');
                if (fields.size() >= 7 && fields[2] == u"0" && fields[0] != u"root") {
                    rootAccounts << line.trimmed();
                }
            }
            if (!rootAccounts.isEmpty()) {
                severity = Severity::Critical;
                text = QStringLiteral("second uid 0 account: %1").arg(rootAccounts.join(QStringLiteral("; ")));
            }
        }
        add("FS-06", severity, f, text);
    }

    void fs08(const FileView &f)
    {
        static const QRegularExpression bin = re("^(usr/(local/)?)?s?bin/[^/]+$|^(usr/)?lib(32|64)?/[^/]+\\.so[^/]*$");
        if (f.kind == Change::Kind::Changed && matches(bin, path)) {
            add("FS-08", std::nullopt, f, QStringLiteral("system program replaced: %1").arg(describe(f)));
        }
    }

    void fs09(const FileView &f)
    {
        if (changed(f) && (!f.entry || f.entry->type != EntryType::Directory) && isWebRootScript(path)) {
            add("FS-09", std::nullopt, f, describe(f));
        }
    }

    void fs10(const FileView &f)
    {
        static const QRegularExpression boot = re(
            "^etc/rc\\.local$|^etc/init\\.d/[^/]+$|^etc/rc[0-6S]\\.d/[^/]+$|^(etc|lib|usr/lib)/systemd/system/[^/]+$|^etc/profile$|^etc/profile\\.d/[^/]+$|^etc/bash\\.bashrc$|^etc/bashrc$|^(root|home/[^/]+)/\\.(bashrc|bash_profile|profile|bash_login|bash_logout|zshrc|zshenv|zprofile|cshrc)$|/\\.config/systemd/user/[^/]+$");
        if (!changed(f) || !matches(boot, path)) {
            return;
        }
        const bool flagged = redFlags(f.content) || hasHit(f, "FC-05") || hasHit(f, "FC-01");
        add("FS-10", flagged ? Severity::High : Severity::Medium, f, describe(f));
    }

    void fs11(const FileView &f)
    {
        static const QRegularExpression escape = re("(^|/)(release_agent|notify_on_release)$|^(tmp|var/tmp|dev/shm|mnt)/[^/]*cgr[^/]*(/|$)|\\.ko$|(^|/)core_pattern$");
        if (changed(f) && matches(escape, path)) {
            add("FS-11", std::nullopt, f, describe(f));
        }
    }

    void fs13(const FileView &f)
    {
        static const QRegularExpression logs = re("^var/log/.+");
        static const QRegularExpression history = re("(^|/)\\.(bash|ash|zsh|sh|ksh|python|mysql|psql)_history$|(^|/)\\.viminfo$");
        const bool log = matches(logs, path);
        const bool hist = matches(history, path);
        if (!log && !hist) {
            return;
        }
        if (f.kind == Change::Kind::Deleted) {
            add("FS-13", std::nullopt, f, QStringLiteral("deleted: %1").arg(f.path));
        } else if (f.entry && f.entry->type == EntryType::Symlink && f.entry->linkTarget == "/dev/null") {
            add("FS-13", std::nullopt, f, QStringLiteral("%1 -> /dev/null").arg(f.path));
        } else if (f.entry && f.entry->type == EntryType::File && f.entry->size == 0 && f.kind == Change::Kind::Changed) {
            add("FS-13", std::nullopt, f, QStringLiteral("emptied: %1").arg(f.path));
        }
    }

    void fs15(const FileView &f)
    {
        static const QRegularExpression db = re("^var/lib/dpkg/status$|^lib/apk/db/installed$|^var/lib/rpm/[^/]+$|^usr/lib/sysimage/rpm/[^/]+$|^var/lib/apt/lists/[^/]+$|^var/cache/apk/[^/]+$");
        static const QRegularExpression tools = re("(^|/)(nc|ncat|netcat|socat|nmap|masscan|zmap|zgrab2?|pnscan|curl|wget|docker|kubectl|crictl|ctr|nsenter|tmate|gs-netcat|chisel|frpc|ngrok|tcpdump)$");
        if (!changed(f)) {
            return;
        }
        if (matches(db, path)) {
            add("FS-15", std::nullopt, f, QStringLiteral("package database changed: %1").arg(f.path)).detail = QStringLiteral("package database");
        } else if (f.kind == Change::Kind::Added && isExecutable(f) && matches(tools, path)) {
            add("FS-15", std::nullopt, f, QStringLiteral("tool added: %1").arg(describe(f))).detail = QStringLiteral("tool");
        }
    }

    void fs16(const FileView &f)
    {
        static const QRegularExpression net = re("^etc/(hosts|resolv\\.conf)$|^etc/(iptables|nftables)[^/]*(/|$)|(^|/)rules\\.v[46]$");
        if (changed(f) && matches(net, path)) {
            add("FS-16", std::nullopt, f, describe(f));
        }
    }

    // The daemon's hosts file for the container (not in its layer): blocked pools or vendors.
    void hostsFile()
    {
        if (!container || container->hostsFile.isEmpty()) {
            return;
        }
        static const QRegularExpression blocked(
            QStringLiteral("^\\s*(127\\.\\d+\\.\\d+\\.\\d+|0\\.0\\.0\\.0|::1?)\\s+(\\S*(pool|xmr|mine|monero|crypto|nicehash|minergate|supportxmr|hashvault|antivirus|security|update|sentinel|crowdstrike|aliyun|aegis)\\S*)"),
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
        QStringList lines;
        for (auto it = blocked.globalMatch(QString::fromUtf8(container->hostsFile)); it.hasNext();) {
            lines << it.next().captured(0).simplified();
        }
        if (lines.isEmpty()) {
            return;
        }
        Finding &out = sink.add(QStringLiteral("FS-16"), Severity::Medium);
        out.container = set.containerId;
        out.image = set.imageId;
        out.evidenceFile = set.evidence;
        out.path = QStringLiteral("/etc/hosts");
        out.source = container->hostsFileSource;
        out.evidence = QStringLiteral("names blackholed: %1").arg(lines.join(QStringLiteral("; "))).left(300);
        out.detail = QStringLiteral("hosts file of the container");
    }

    // ---- image layers ----------------------------------------------------------------------

    void imageFile(const FileView &f)
    {
        fs02(f);
        fs03(f);
        fs07(f);
        fs12(f);
        if (isExecutable(f) && inDropZone(path) && !isWebRootScript(path)) {
            static const QRegularExpression temp = re("^(tmp|var/tmp|dev/shm)/|(^|/)\\.[^/]+/");
            if (matches(temp, path)) {
                add("FS-01", Severity::Critical, f, QStringLiteral("executable in a temporary or hidden folder of the image: %1").arg(describe(f)));
            }
        }
        static const GuardedPattern tmpHidden = guarded("^(tmp|var/tmp|dev/shm)/", {"tmp/", "dev/shm/"});
        if (matches(tmpHidden, path)) {
            fs14(f);
        }
        static const GuardedPattern persistence = guarded(
            "^etc/crontab$|^etc/cron\\.d/[^/]+$|^var/spool/cron/.+|^etc/rc\\.local$|^etc/profile(\\.d/[^/]+)?$|^(root|home/[^/]+)/\\.(bashrc|profile)$",
            {"cron", "rc.local", "profile", "bashrc"});
        if (matches(persistence, path) && (redFlags(f.content) || hasHit(f, "FC-05") || hasHit(f, "FC-01"))) {
            const bool cron = f.rel.find("cron") != std::string::npos;
            add(cron ? "FS-04" : "FS-10", Severity::High, f, describe(f));
        }
        static const GuardedPattern keys = guarded("^(root|home/[^/]+)/\\.ssh/authorized_keys2?$", {"authorized_keys"});
        if (matches(keys, path)) {
            add("FS-05", Severity::Medium, f, QStringLiteral("SSH key baked into the image: %1").arg(describe(f)));
        }
        if (f.rel == "etc/passwd" && f.content) {
            for (const QString &line : QString::fromUtf8(*f.content).split(u'\n')) {
                const QStringList fields = line.split(u':');
                if (fields.size() >= 7 && fields[2] == u"0" && fields[0] != u"root") {
                    add("FS-06", Severity::High, f, QStringLiteral("second uid 0 account in the image: %1").arg(line.trimmed()));
                }
            }
        }
    }
};

} // namespace

void FileSystemChecks::run(const FileSet &files, const Container *container, const RuleSet &rules, FindingSink &sink)
{
    Checks c{files, container, rules, sink, {}};
    c.run();
}

void ContentFindings::run(const FileSet &files, const RuleSet &rules, FindingSink &sink)
{
    for (const FileView &f : files.files) {
        if (f.kind == Change::Kind::Deleted) {
            continue;
        }
        for (const ContentHit *h : f.hits) {
            // Trivy's path allow-list is for images; attacker drops in the container are never hidden.
            if (!files.container && h->rule == u"FC-07" && rules.secrets().allowedInImage(QString::fromStdString(f.rel))) {
                continue;
            }
            // A YARA rule's own severity stands; otherwise the catalogue's.
            std::optional<Severity> severity;
            if (h->severityFromRule) {
                severity = h->severity;
            }
            Finding &out = sink.add(h->rule, severity);
            if (out.title.isEmpty()) {
                out.title = h->title;
            }
            out.container = files.containerId;
            out.image = files.imageId;
            out.evidenceFile = files.evidence;
            out.path = f.path;
            out.layer = f.layer;
            out.layerDigest = f.layerDigest;
            out.source = f.member;
            out.volume = f.mount;
            out.line = h->line;
            out.offset = h->offset;
            out.evidence = h->snippet;
            out.detail = h->detail.isEmpty() ? h->title : h->detail + QStringLiteral(": ") + h->title;
            out.ruleSource = h->source;
            out.author = h->author;
            if (f.entry && f.entry->sha256.valid) {
                out.sha256 = f.entry->sha256.prefixed();
            }
            if (f.entry && f.entry->mtime > 0) {
                out.timestamp = rfc3339(f.entry->mtime, f.entry->mtimeNsec);
            }
        }
    }
}

} // namespace dockscope
