#include "server/http/tls_context.h"

#include <QFile>
#include <openssl/ssl.h>

namespace kh {

std::unique_ptr<boost::asio::ssl::context> makeTlsContext(const QString &certificatePem, const QString &keyPem,
                                                          QString *error)
{
    using boost::asio::ssl::context;
    auto fail = [error](const QString &why) {
        if (error) *error = why;
        return nullptr;
    };
    if (!QFile::exists(certificatePem) || !QFile::exists(keyPem))
        return fail(QStringLiteral("cannot read the TLS certificate or key (--tls-cert and --tls-key, PEM)"));
    auto tls = std::make_unique<context>(context::tls_server);
    tls->set_options(context::default_workarounds | context::no_sslv2 | context::no_sslv3 | context::no_tlsv1 |
                     context::no_tlsv1_1 | context::no_compression | context::single_dh_use);
    SSL_CTX *native = tls->native_handle();
    SSL_CTX_set_min_proto_version(native, TLS1_2_VERSION);
    SSL_CTX_set_options(native, SSL_OP_CIPHER_SERVER_PREFERENCE | SSL_OP_NO_RENEGOTIATION);
    if (SSL_CTX_set_cipher_list(native, kTls12Ciphers) != 1)
        return fail(QStringLiteral("this OpenSSL knows none of the TLS 1.2 suites we allow"));
    SSL_CTX_set_dh_auto(native, 1); // DHE with parameters sized to the certificate's key
    boost::system::error_code ec;
    tls->use_certificate_chain_file(certificatePem.toStdString(), ec);
    if (!ec) tls->use_private_key_file(keyPem.toStdString(), context::pem, ec);
    if (ec || SSL_CTX_check_private_key(native) != 1)
        return fail(QStringLiteral("the TLS certificate or key is not valid PEM, or the key is not the certificate's"));
    return tls;
}

} // namespace kh
