#include "digest.h"

#include <openssl/evp.h>

#include <algorithm>
#include <cstring>
#include <utility>

namespace dockscope {

QString Digest::hex() const
{
    if (!valid) {
        return {};
    }
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size())).toHex());
}

QString Digest::prefixed() const
{
    return valid ? QStringLiteral("sha256:") + hex() : QString();
}

Digest Digest::fromHex(QStringView hex)
{
    Digest d;
    if (!isSha256Hex(hex)) {
        return d;
    }
    const QByteArray raw = QByteArray::fromHex(hex.toLatin1());
    std::copy(raw.begin(), raw.end(), d.bytes.begin());
    d.valid = true;
    return d;
}

Digest Digest::fromPrefixed(QStringView text)
{
    if (text.startsWith(u"sha256:")) {
        text = text.mid(7);
    }
    return fromHex(text);
}

bool isSha256Hex(QStringView text)
{
    if (text.size() != 64) {
        return false;
    }
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (!((u >= '0' && u <= '9') || (u >= 'a' && u <= 'f'))) {
            return false;
        }
    }
    return true;
}

namespace {

// Fetched once for the process: with EVP_sha256() OpenSSL 3 looks the implementation up again
// on every init, which costs more than hashing a small file.
const EVP_MD *sha256Method()
{
    static EVP_MD *const fetched = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    return fetched ? fetched : EVP_sha256();
}

} // namespace

Sha256::Sha256()
    : m_ctx(sha256::hardwareBlocks() ? nullptr : EVP_MD_CTX_new())
{
    reset();
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(static_cast<EVP_MD_CTX *>(m_ctx));
}

Sha256::Sha256(Sha256 &&other) noexcept
    : m_ctx(std::exchange(other.m_ctx, nullptr))
    , m_state(other.m_state)
    , m_length(other.m_length)
{
    std::memcpy(m_buffer, other.m_buffer, sizeof m_buffer);
    if (!sha256::hardwareBlocks() && !other.m_ctx) {
        other.m_ctx = EVP_MD_CTX_new(); // a moved-from hash stays usable
    }
    other.reset();
}

Sha256 &Sha256::operator=(Sha256 &&other) noexcept
{
    std::swap(m_ctx, other.m_ctx);
    std::swap(m_state, other.m_state);
    std::swap(m_length, other.m_length);
    std::swap(m_buffer, other.m_buffer);
    return *this;
}

void Sha256::reset()
{
    m_length = 0;
    if (m_ctx) {
        EVP_DigestInit_ex(static_cast<EVP_MD_CTX *>(m_ctx), sha256Method(), nullptr);
    } else {
        sha256::init(m_state);
    }
}

// Completes a partly filled block from `data` (and compresses it when full).
void Sha256::absorbBuffered(const unsigned char *&data, std::size_t &length)
{
    const std::size_t used = std::size_t(m_length % 64);
    if (used == 0) {
        return;
    }
    const std::size_t take = std::min(length, 64 - used);
    std::memcpy(m_buffer + used, data, take);
    m_length += take;
    data += take;
    length -= take;
    if (used + take == 64) {
        sha256::compress(m_state, m_buffer, 1);
    }
}

void Sha256::update(const void *data, std::size_t length)
{
    if (length == 0) {
        return;
    }
    if (m_ctx) {
        EVP_DigestUpdate(static_cast<EVP_MD_CTX *>(m_ctx), data, length);
        m_length += length;
        return;
    }
    auto p = static_cast<const unsigned char *>(data);
    absorbBuffered(p, length);
    if (length >= 64) {
        const std::size_t blocks = length / 64;
        sha256::compress(m_state, p, blocks);
        p += blocks * 64;
        length -= blocks * 64;
        m_length += blocks * 64;
    }
    if (length > 0) {
        std::memcpy(m_buffer, p, length);
        m_length += length;
    }
}

void Sha256::updateBoth(Sha256 &a, Sha256 &b, const void *data, std::size_t length)
{
    if (a.m_ctx || b.m_ctx || a.m_length % 64 != b.m_length % 64) {
        a.update(data, length);
        b.update(data, length);
        return;
    }
    auto p = static_cast<const unsigned char *>(data);
    std::size_t rest = length;
    const unsigned char *q = p;
    a.absorbBuffered(p, rest);
    std::size_t restB = length;
    b.absorbBuffered(q, restB);
    if (rest >= 64) {
        const std::size_t blocks = rest / 64;
        sha256::compressTwo(a.m_state, b.m_state, p, blocks);
        p += blocks * 64;
        rest -= blocks * 64;
        a.m_length += blocks * 64;
        b.m_length += blocks * 64;
    }
    if (rest > 0) {
        std::memcpy(a.m_buffer, p, rest);
        std::memcpy(b.m_buffer, p, rest);
        a.m_length += rest;
        b.m_length += rest;
    }
}

Digest Sha256::finish()
{
    Digest d;
    if (m_ctx) {
        unsigned int len = 0;
        EVP_DigestFinal_ex(static_cast<EVP_MD_CTX *>(m_ctx), d.bytes.data(), &len);
        d.valid = (len == d.bytes.size());
        reset();
        return d;
    }
    const std::uint64_t bits = m_length * 8;
    std::size_t used = std::size_t(m_length % 64);
    m_buffer[used++] = 0x80;
    if (used > 56) {
        std::memset(m_buffer + used, 0, 64 - used);
        sha256::compress(m_state, m_buffer, 1);
        used = 0;
    }
    std::memset(m_buffer + used, 0, 56 - used);
    for (int i = 0; i < 8; ++i) {
        m_buffer[63 - i] = static_cast<unsigned char>(bits >> (8 * i));
    }
    sha256::compress(m_state, m_buffer, 1);
    sha256::store(m_state, d.bytes.data());
    d.valid = true;
    reset();
    return d;
}

QString hexDigest(QStringView algorithm, const QByteArray &data)
{
    static const std::pair<const char16_t *, const char *> known[] = {
        {u"md5", "MD5"},       {u"sha1", "SHA1"},     {u"sha224", "SHA224"},
        {u"sha256", "SHA256"}, {u"sha384", "SHA384"}, {u"sha512", "SHA512"},
    };
    for (const auto &[name, evpName] : known) {
        if (algorithm != QStringView(name)) {
            continue;
        }
        EVP_MD *md = EVP_MD_fetch(nullptr, evpName, nullptr);
        unsigned char out[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        const bool ok = md && EVP_Digest(data.constData(), std::size_t(data.size()), out, &length, md, nullptr);
        EVP_MD_free(md);
        if (!ok) {
            return {};
        }
        return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(out), qsizetype(length)).toHex());
    }
    return {};
}

Digest Sha256::of(const void *data, std::size_t length)
{
    Sha256 h;
    h.update(data, length);
    return h.finish();
}

} // namespace dockscope
