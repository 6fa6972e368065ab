#include "model/vault/VaultSetting.h"

#include <QCoreApplication>

QString VaultSettings::key(VaultSetting setting)
{
    switch (setting) {
    case VaultSetting::WorkCoach:
        return QStringLiteral("work-coach");
    case VaultSetting::GpPractice:
        return QStringLiteral("gp-practice");
    case VaultSetting::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

bool VaultSettings::fromKey(const QString &key, VaultSetting *setting)
{
    for (VaultSetting s : {VaultSetting::WorkCoach, VaultSetting::GpPractice, VaultSetting::Admin}) {
        if (VaultSettings::key(s) == key) {
            *setting = s;
            return true;
        }
    }
    return false;
}

QString VaultSettings::displayName(VaultSetting setting)
{
    switch (setting) {
    case VaultSetting::WorkCoach:
        return QCoreApplication::translate("VaultSetting", "Work coach");
    case VaultSetting::GpPractice:
        return QCoreApplication::translate("VaultSetting", "GP practice");
    case VaultSetting::Admin:
        return QCoreApplication::translate("VaultSetting", "Admin");
    }
    return {};
}

QString VaultSettings::personNoun(VaultSetting setting)
{
    switch (setting) {
    case VaultSetting::WorkCoach:
        return QCoreApplication::translate("VaultSetting", "claimant");
    case VaultSetting::GpPractice:
        return QCoreApplication::translate("VaultSetting", "patient");
    case VaultSetting::Admin:
        return QCoreApplication::translate("VaultSetting", "person");
    }
    return {};
}

QString VaultSettings::personNounCapitalised(VaultSetting setting)
{
    switch (setting) {
    case VaultSetting::WorkCoach:
        return QCoreApplication::translate("VaultSetting", "Claimant");
    case VaultSetting::GpPractice:
        return QCoreApplication::translate("VaultSetting", "Patient");
    case VaultSetting::Admin:
        return QCoreApplication::translate("VaultSetting", "Person");
    }
    return {};
}
