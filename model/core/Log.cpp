#include "model/core/Log.h"

Q_LOGGING_CATEGORY(lcDb, "waymark.model.db", QtInfoMsg)
Q_LOGGING_CATEGORY(lcVault, "waymark.model.vault", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAudit, "waymark.model.audit", QtInfoMsg)
