// The server's TLS settings: TLS 1.2 with forward-secret AEAD suites only (ECDHE or DHE key exchange), and
// TLS 1.3 (all of whose suites are forward-secret). No compression, no renegotiation.
#pragma once

#include <QString>
#include <boost/asio/ssl/context.hpp>
#include <memory>

namespace kh {

// The TLS 1.2 suites offered, strongest key exchange first (Mozilla's "intermediate" list).
inline constexpr const char *kTls12Ciphers = "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
                                             "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
                                             "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:"
                                             "DHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES256-GCM-SHA384:"
                                             "DHE-RSA-CHACHA20-POLY1305";

// A server context with the certificate chain and key of these PEM files; null (and `error` says why) when
// they cannot be read or do not match.
std::unique_ptr<boost::asio::ssl::context> makeTlsContext(const QString &certificatePem, const QString &keyPem,
                                                          QString *error);

} // namespace kh
