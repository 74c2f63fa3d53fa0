#include "server/services/service_reply.h"

namespace kh {

ServiceReply ServiceReply::error(int status, const QString &message)
{
    ServiceReply r;
    r.status = status;
    r.contentType = "text/plain; charset=utf-8";
    r.body = message.toUtf8() + '\n';
    return r;
}

} // namespace kh
