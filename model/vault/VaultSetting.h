#pragma once

#include <QString>

/** Who the vault is for; the wording of the UI follows it ("claimant" for coaches, "patient" for GPs). */
enum class VaultSetting
{
    WorkCoach,
    GpPractice,
    Admin,
};

namespace VaultSettings
{
    QString key(VaultSetting setting);
    bool fromKey(const QString &key, VaultSetting *setting);
    /** Translated name of the setting, e.g. "Work coach". */
    QString displayName(VaultSetting setting);
    /** Translated word for the person the records are about: "claimant", "patient" or "person". */
    QString personNoun(VaultSetting setting);
    QString personNounCapitalised(VaultSetting setting);
} // namespace VaultSettings
