// khuyenhoc-cli's commands. Each returns the process exit status: 0 success, 1 refused or failed, 2 usage.
#pragma once

#include <QStringList>

namespace kh::cli {

int run(const QStringList &argv);
QString helpText();

} // namespace kh::cli
