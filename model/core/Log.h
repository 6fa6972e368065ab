#pragma once

#include <QLoggingCategory>

// Log identifiers and counts only: never names, notes, keys or any value a person typed.
Q_DECLARE_LOGGING_CATEGORY(lcDb)
Q_DECLARE_LOGGING_CATEGORY(lcVault)
Q_DECLARE_LOGGING_CATEGORY(lcAudit)
