// Passwords, PINs and tokens, all through libsodium: argon2id for anything a person types, BLAKE2b for
// tokens (which carry 256 random bits, so a fast hash is enough), constant-time comparison everywhere a
// secret is compared, and a sealed box for a token kept on a phone under its user's PIN.
#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace kh::secrets {

// Must be called once before any other function here (idempotent, thread-safe). False if libsodium failed.
bool init();

// How hard a password hash is to compute. Server passwords use Interactive (64 MiB, 2 passes); a phone's
// PIN uses Phone (16 MiB, 3 passes), which a low-end Android phone computes in well under a second.
enum class Cost { Interactive, Phone };

// "$argon2id$v=19$m=...,t=...,p=1$salt$hash": salt and parameters travel inside the string.
QByteArray hashPassword(const QString &password, Cost cost = Cost::Interactive);
// Constant-time verification against a string from hashPassword. False for a malformed hash.
bool verifyPassword(const QByteArray &hash, const QString &password);
// Spends the same time as a real verification, for unknown user names (no timing oracle for who exists).
void burnVerification();

// Random bytes from the operating system's CSPRNG.
QByteArray randomBytes(int n);
// 32-byte BLAKE2b of a token's secret part.
QByteArray tokenHash(const QByteArray &secret);
// Constant-time equality of two byte strings (false when their lengths differ).
bool equal(const QByteArray &a, const QByteArray &b);

// A device token: "kh1.<session id, hex>.<secret, base64url of 32 bytes>".
struct Token {
    quint64 session = 0;
    QByteArray secret;
};
QString formatToken(const Token &t);
std::optional<Token> parseToken(const QString &text);

// Seals `plain` under a key derived from `pin` with argon2id (Cost::Phone) and a random salt; the result
// carries salt and nonce. Open fails (nullopt) for a wrong PIN or a tampered box.
QByteArray seal(const QByteArray &plain, const QString &pin);
std::optional<QByteArray> open(const QByteArray &box, const QString &pin);

} // namespace kh::secrets
