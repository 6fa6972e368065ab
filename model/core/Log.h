#pragma once

#include <QLoggingCategory>

// Log identifiers and counts only: never names, notes, keys or any value a person typed.
Q_DECLARE_LOGGING_CATEGORY(lcDb)
Q_DECLARE_LOGGING_CATEGORY(lcVault)
Q_DECLARE_LOGGING_CATEGORY(lcAudit)
Q_DECLARE_LOGGING_CATEGORY(lcBundles)
Q_DECLARE_LOGGING_CATEGORY(lcSync)
Q_DECLARE_LOGGING_CATEGORY(lcMatching)
Q_DECLARE_LOGGING_CATEGORY(lcForms)
