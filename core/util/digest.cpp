#include "digest.h"

#include <openssl/evp.h>

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
    : m_ctx(EVP_MD_CTX_new())
{
    reset();
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(static_cast<EVP_MD_CTX *>(m_ctx));
}

Sha256::Sha256(Sha256 &&other) noexcept
    : m_ctx(std::exchange(other.m_ctx, nullptr))
{
}

Sha256 &Sha256::operator=(Sha256 &&other) noexcept
{
    std::swap(m_ctx, other.m_ctx);
    return *this;
}

void Sha256::reset()
{
    EVP_DigestInit_ex(static_cast<EVP_MD_CTX *>(m_ctx), sha256Method(), nullptr);
}

void Sha256::update(const void *data, std::size_t length)
{
    if (length > 0) {
        EVP_DigestUpdate(static_cast<EVP_MD_CTX *>(m_ctx), data, length);
    }
}

Digest Sha256::finish()
{
    Digest d;
    unsigned int len = 0;
    EVP_DigestFinal_ex(static_cast<EVP_MD_CTX *>(m_ctx), d.bytes.data(), &len);
    d.valid = (len == d.bytes.size());
    reset();
    return d;
}

Digest Sha256::of(const void *data, std::size_t length)
{
    Sha256 h;
    h.update(data, length);
    return h.finish();
}

} // namespace dockscope
