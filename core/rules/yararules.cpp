#include "yararules.h"

#include <yara.h>

#include <mutex>

namespace dockscope {

namespace {

// libyara's global state: initialised once for the process, never torn down while rules live.
void initialiseYara()
{
    static std::once_flag once;
    std::call_once(once, [] { yr_initialize(); });
}

struct CompileErrors
{
    QString source;
    QStringList *out = nullptr;
    int errors = 0;
};

void onCompilerMessage(int level, const char *, int line, const YR_RULE *, const char *message, void *user)
{
    auto *ctx = static_cast<CompileErrors *>(user);
    if (level != YARA_ERROR_LEVEL_ERROR) {
        return; // warnings (slow strings) do not stop a rule
    }
    ++ctx->errors;
    if (ctx->out) {
        *ctx->out << QStringLiteral("%1:%2: %3").arg(ctx->source, QString::number(line), QString::fromUtf8(message));
    }
}

YR_COMPILER *newCompiler(CompileErrors *errors)
{
    YR_COMPILER *compiler = nullptr;
    if (yr_compiler_create(&compiler) != ERROR_SUCCESS) {
        return nullptr;
    }
    yr_compiler_set_callback(compiler, onCompilerMessage, errors);
    yr_compiler_define_string_variable(compiler, "filepath", "");
    yr_compiler_define_string_variable(compiler, "filename", "");
    yr_compiler_define_string_variable(compiler, "filetype", "");
    yr_compiler_define_boolean_variable(compiler, "text_input", 0);
    return compiler;
}

struct ScanContext
{
    std::vector<YaraMatch> *out;
};

int onScanMessage(YR_SCAN_CONTEXT *context, int message, void *data, void *user)
{
    if (message != CALLBACK_MSG_RULE_MATCHING) {
        return CALLBACK_CONTINUE;
    }
    auto *ctx = static_cast<ScanContext *>(user);
    const auto *rule = static_cast<YR_RULE *>(data);
    YaraMatch m;
    m.rule = QString::fromUtf8(rule->identifier);
    m.source = QString::fromUtf8(rule->ns->name);
    const char *tag = nullptr;
    yr_rule_tags_foreach(rule, tag)
    {
        m.tags << QString::fromUtf8(tag);
    }
    const YR_META *meta = nullptr;
    yr_rule_metas_foreach(rule, meta)
    {
        if (meta->type != META_TYPE_STRING) {
            continue;
        }
        const QString key = QString::fromUtf8(meta->identifier);
        const QString value = QString::fromUtf8(meta->string);
        if (key == u"id") {
            m.id = value;
        } else if ((key == u"title" || key == u"description") && m.title.isEmpty()) {
            m.title = value;
        } else if (key == u"severity") {
            m.severity = value;
        } else if (key == u"author") {
            m.author = value;
        }
    }
    const YR_STRING *string = nullptr;
    yr_rule_strings_foreach(rule, string)
    {
        const YR_MATCH *match = nullptr;
        yr_string_matches_foreach(context, string, match)
        {
            if (m.offset < 0 || match->base + match->offset < m.offset) {
                m.offset = match->base + match->offset;
                m.matched = QByteArray(reinterpret_cast<const char *>(match->data),
                                       std::min<int>(match->data_length, 200));
            }
        }
    }
    ctx->out->push_back(std::move(m));
    return CALLBACK_CONTINUE;
}

} // namespace

std::shared_ptr<const YaraRules> YaraRules::compile(const std::vector<Source> &sources, QStringList *errors)
{
    initialiseYara();
    // Each source alone first: a broken file must not take the others down with it.
    std::vector<const Source *> good;
    for (const Source &s : sources) {
        CompileErrors e{s.name, errors, 0};
        YR_COMPILER *compiler = newCompiler(&e);
        if (!compiler) {
            continue;
        }
        const QByteArray text = s.text + '\0';
        yr_compiler_add_string(compiler, text.constData(), s.name.toUtf8().constData());
        yr_compiler_destroy(compiler);
        if (e.errors == 0) {
            good.push_back(&s);
        }
    }
    std::shared_ptr<YaraRules> rules(new YaraRules);
    CompileErrors e{QString(), errors, 0};
    YR_COMPILER *compiler = newCompiler(&e);
    if (!compiler) {
        return rules;
    }
    std::vector<QByteArray> texts;
    for (const Source *s : good) {
        e.source = s->name;
        const QByteArray text = s->text + '\0';
        yr_compiler_add_string(compiler, text.constData(), s->name.toUtf8().constData());
        rules->m_sources << s->name;
        texts.push_back(s->text);
    }
    rules->m_gate = YaraGate::of(texts);
    YR_RULES *compiled = nullptr;
    if (e.errors == 0 && yr_compiler_get_rules(compiler, &compiled) == ERROR_SUCCESS) {
        rules->m_rules = compiled;
        const YR_RULE *rule = nullptr;
        std::vector<std::string> names;
        yr_rules_foreach(compiled, rule)
        {
            ++rules->m_count;
            names.emplace_back(rule->identifier);
        }
        rules->m_gate.expect(names);
    }
    yr_compiler_destroy(compiler);
    return rules;
}

YaraRules::~YaraRules()
{
    for (void *scanner : m_idle) {
        yr_scanner_destroy(static_cast<YR_SCANNER *>(scanner));
    }
    if (m_rules) {
        yr_rules_destroy(static_cast<YR_RULES *>(m_rules));
    }
}

void *YaraRules::takeScanner() const
{
    {
        std::lock_guard lock(m_idleMutex);
        if (!m_idle.empty()) {
            void *scanner = m_idle.back();
            m_idle.pop_back();
            return scanner;
        }
    }
    YR_SCANNER *scanner = nullptr;
    if (yr_scanner_create(static_cast<YR_RULES *>(m_rules), &scanner) != ERROR_SUCCESS) {
        return nullptr;
    }
    yr_scanner_set_timeout(scanner, 10);
    // The data is always a buffer of this process, never a mapped file that could vanish under
    // the scan: libyara's fault guard (signal handlers set and restored on every scan) is not needed.
    yr_scanner_set_flags(scanner, SCAN_FLAGS_REPORT_RULES_MATCHING | SCAN_FLAGS_NO_TRYCATCH);
    return scanner;
}

void YaraRules::giveBack(void *scanner) const
{
    std::lock_guard lock(m_idleMutex);
    m_idle.push_back(scanner);
}

std::vector<YaraMatch> YaraRules::scan(const char *data, std::size_t size, const YaraExternals &x) const
{
    std::vector<YaraMatch> out;
    if (!m_rules) {
        return out;
    }
    auto *scanner = static_cast<YR_SCANNER *>(takeScanner());
    if (!scanner) {
        return out;
    }
    ScanContext ctx{&out};
    yr_scanner_set_callback(scanner, onScanMessage, &ctx);
    yr_scanner_define_string_variable(scanner, "filepath", x.filepath.c_str());
    yr_scanner_define_string_variable(scanner, "filename", x.filename.c_str());
    yr_scanner_define_string_variable(scanner, "filetype", x.filetype.c_str());
    yr_scanner_define_boolean_variable(scanner, "text_input", x.textInput ? 1 : 0);
    yr_scanner_scan_mem(scanner, reinterpret_cast<const uint8_t *>(data), size);
    yr_scanner_set_callback(scanner, onScanMessage, nullptr);
    giveBack(scanner);
    return out;
}

} // namespace dockscope
