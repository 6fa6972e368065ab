#include "model/core/Log.h"

Q_LOGGING_CATEGORY(lcDb, "waymark.model.db", QtInfoMsg)
Q_LOGGING_CATEGORY(lcVault, "waymark.model.vault", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAudit, "waymark.model.audit", QtInfoMsg)
Q_LOGGING_CATEGORY(lcBundles, "waymark.model.bundles", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "waymark.model.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMatching, "waymark.model.matching", QtInfoMsg)
Q_LOGGING_CATEGORY(lcForms, "waymark.model.forms", QtInfoMsg)
