#pragma once

#include "sha256blocks.h"

#include <QByteArray>
#include <QString>

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace dockscope {

// A SHA-256 value. Zero-initialised means "not computed".
struct Digest
{
    std::array<std::uint8_t, 32> bytes{};
    bool valid = false;

    QString hex() const;
    // "sha256:<hex>", or an empty string when not valid.
    QString prefixed() const;
    friend bool operator==(const Digest &a, const Digest &b) = default;

    static Digest fromHex(QStringView hex);
    // Accepts "sha256:<hex>" and bare "<hex>".
    static Digest fromPrefixed(QStringView text);
};

// Incremental SHA-256: the SHA extensions of the CPU through our own block function where the
// CPU has them, OpenSSL's EVP interface otherwise. Both give the same digests (tst_digest).
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;
    Sha256(Sha256 &&other) noexcept;
    Sha256 &operator=(Sha256 &&other) noexcept;

    void update(const void *data, std::size_t length);
    void update(std::string_view data) { update(data.data(), data.size()); }
    void update(const QByteArray &data) { update(data.constData(), std::size_t(data.size())); }
    Digest finish();
    void reset();
    // Bytes hashed since the last reset.
    std::uint64_t length() const { return m_length; }

    // Feeds the same bytes to two hashes. Where both are at the same offset within a 64-byte
    // block (a layer's diff_id and a file whose content starts on a tar block boundary, say),
    // their full blocks share one message schedule and interleaved rounds: about the cost of one.
    static void updateBoth(Sha256 &a, Sha256 &b, const void *data, std::size_t length);

    static Digest of(const void *data, std::size_t length);
    static Digest of(const QByteArray &data) { return of(data.constData(), std::size_t(data.size())); }
    static Digest of(std::string_view data) { return of(data.data(), data.size()); }

private:
    void absorbBuffered(const unsigned char *&data, std::size_t &length);

    void *m_ctx = nullptr; // EVP_MD_CTX, only without the SHA extensions
    sha256::State m_state;
    std::uint64_t m_length = 0;
    unsigned char m_buffer[64];
};

// The lower-case hex digest of data under a package database's algorithm name (md5, sha1, sha224,
// sha256, sha384, sha512), through OpenSSL's EVP interface; empty for any other name.
QString hexDigest(QStringView algorithm, const QByteArray &data);

// True when text is exactly 64 lower-case hexadecimal characters.
bool isSha256Hex(QStringView text);

} // namespace dockscope
