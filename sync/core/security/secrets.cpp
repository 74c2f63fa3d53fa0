#include "core/security/secrets.h"

#include <QStringList>
#include <sodium.h>

namespace kh::secrets {

namespace {

struct Limits {
    unsigned long long ops;
    size_t mem;
};

Limits limits(Cost c)
{
    if (c == Cost::Phone) return {3, 16u * 1024 * 1024};
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

QByteArray nfcUtf8(const QString &s)
{
    return s.normalized(QString::NormalizationForm_C).toUtf8();
}

constexpr int kSaltBytes = crypto_pwhash_SALTBYTES;
constexpr int kNonceBytes = crypto_secretbox_NONCEBYTES;
constexpr char kBoxVersion = 1;

bool deriveKey(const QString &pin, const unsigned char *salt, unsigned char *key)
{
    const QByteArray p = nfcUtf8(pin);
    const Limits l = limits(Cost::Phone);
    return crypto_pwhash(key, crypto_secretbox_KEYBYTES, p.constData(), quint64(p.size()), salt, l.ops, l.mem,
                         crypto_pwhash_ALG_ARGON2ID13) == 0;
}

} // namespace

bool init()
{
    return sodium_init() >= 0;
}

QByteArray hashPassword(const QString &password, Cost cost)
{
    const QByteArray p = nfcUtf8(password);
    const Limits l = limits(cost);
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, p.constData(), quint64(p.size()), l.ops, l.mem, crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw std::runtime_error("out of memory while hashing a password");
    return QByteArray(out);
}

bool verifyPassword(const QByteArray &hash, const QString &password)
{
    if (hash.isEmpty() || hash.size() >= crypto_pwhash_STRBYTES || !hash.startsWith("$argon2id$")) return false;
    const QByteArray p = nfcUtf8(password);
    return crypto_pwhash_str_verify(hash.constData(), p.constData(), quint64(p.size())) == 0;
}

void burnVerification()
{
    static const QByteArray dummy = hashPassword(QStringLiteral("not a password of anyone"));
    verifyPassword(dummy, QStringLiteral("still not a password"));
}

QByteArray randomBytes(int n)
{
    QByteArray b(n, Qt::Uninitialized);
    randombytes_buf(b.data(), size_t(n));
    return b;
}

QByteArray tokenHash(const QByteArray &secret)
{
    QByteArray h(32, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(h.data()), 32,
                       reinterpret_cast<const unsigned char *>(secret.constData()), quint64(secret.size()), nullptr, 0);
    return h;
}

bool equal(const QByteArray &a, const QByteArray &b)
{
    return a.size() == b.size() && sodium_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

QString formatToken(const Token &t)
{
    return QStringLiteral("kh1.%1.%2")
        .arg(t.session, 0, 16)
        .arg(QString::fromLatin1(t.secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
}

std::optional<Token> parseToken(const QString &text)
{
    if (text.size() > 200) return std::nullopt;
    const QStringList parts = text.split(QLatin1Char('.'));
    if (parts.size() != 3 || parts[0] != QLatin1String("kh1") || parts[1].isEmpty() || parts[1].size() > 16)
        return std::nullopt;
    bool ok = false;
    Token t;
    t.session = parts[1].toULongLong(&ok, 16);
    if (!ok || t.session == 0) return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(
        parts[2].toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != 32) return std::nullopt;
    t.secret = decoded.decoded;
    return t;
}

QByteArray seal(const QByteArray &plain, const QString &pin)
{
    QByteArray box(1 + kSaltBytes + kNonceBytes + crypto_secretbox_MACBYTES + plain.size(), Qt::Uninitialized);
    auto *p = reinterpret_cast<unsigned char *>(box.data());
    p[0] = kBoxVersion;
    randombytes_buf(p + 1, kSaltBytes + kNonceBytes);
    unsigned char key[crypto_secretbox_KEYBYTES];
    if (!deriveKey(pin, p + 1, key)) throw std::runtime_error("out of memory while deriving a key");
    crypto_secretbox_easy(p + 1 + kSaltBytes + kNonceBytes, reinterpret_cast<const unsigned char *>(plain.constData()),
                          quint64(plain.size()), p + 1 + kSaltBytes, key);
    sodium_memzero(key, sizeof key);
    return box;
}

std::optional<QByteArray> open(const QByteArray &box, const QString &pin)
{
    const int header = 1 + kSaltBytes + kNonceBytes;
    if (box.size() < header + int(crypto_secretbox_MACBYTES) || box[0] != kBoxVersion) return std::nullopt;
    const auto *p = reinterpret_cast<const unsigned char *>(box.constData());
    unsigned char key[crypto_secretbox_KEYBYTES];
    if (!deriveKey(pin, p + 1, key)) return std::nullopt;
    QByteArray plain(box.size() - header - int(crypto_secretbox_MACBYTES), Qt::Uninitialized);
    const bool ok = crypto_secretbox_open_easy(reinterpret_cast<unsigned char *>(plain.data()), p + header,
                                               quint64(box.size() - header), p + 1 + kSaltBytes, key) == 0;
    sodium_memzero(key, sizeof key);
    if (!ok) return std::nullopt;
    return plain;
}

} // namespace kh::secrets
