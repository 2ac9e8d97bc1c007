#pragma once

#include <QLoggingCategory>

// "securestore.auth": security contexts and message encryption. Never logs secrets.
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
