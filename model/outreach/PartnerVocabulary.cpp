#include "PartnerVocabulary.h"

#include <QLocale>
#include <QRegularExpression>

namespace
{
    struct Named
    {
        const char *key;
        const char *name;
    };

    const Named OrganisationKinds[] = {
        {"charity", QT_TRANSLATE_NOOP("PartnerVocabulary", "Charity or voluntary group")},
        {"college", QT_TRANSLATE_NOOP("PartnerVocabulary", "College")},
        {"training_provider", QT_TRANSLATE_NOOP("PartnerVocabulary", "Training provider")},
        {"gp_surgery", QT_TRANSLATE_NOOP("PartnerVocabulary", "GP surgery")},
        {"housing_advice", QT_TRANSLATE_NOOP("PartnerVocabulary", "Housing advice")},
        {"debt_advice", QT_TRANSLATE_NOOP("PartnerVocabulary", "Debt and money advice")},
        {"food_bank", QT_TRANSLATE_NOOP("PartnerVocabulary", "Food bank")},
        {"library", QT_TRANSLATE_NOOP("PartnerVocabulary", "Library")},
        {"community_centre", QT_TRANSLATE_NOOP("PartnerVocabulary", "Community centre")},
        {"employer", QT_TRANSLATE_NOOP("PartnerVocabulary", "Employer")},
        {"council", QT_TRANSLATE_NOOP("PartnerVocabulary", "Local council service")},
        {"other", QT_TRANSLATE_NOOP("PartnerVocabulary", "Other organisation")},
    };

    const Named Services[] = {
        {"cv_help", QT_TRANSLATE_NOOP("PartnerVocabulary", "CV and application help")},
        {"job_search", QT_TRANSLATE_NOOP("PartnerVocabulary", "Job search support")},
        {"training", QT_TRANSLATE_NOOP("PartnerVocabulary", "Training and courses")},
        {"digital_skills", QT_TRANSLATE_NOOP("PartnerVocabulary", "Digital skills")},
        {"english_language", QT_TRANSLATE_NOOP("PartnerVocabulary", "English or Welsh language classes")},
        {"health_work", QT_TRANSLATE_NOOP("PartnerVocabulary", "Health and work support")},
        {"mental_health", QT_TRANSLATE_NOOP("PartnerVocabulary", "Mental health and wellbeing")},
        {"housing", QT_TRANSLATE_NOOP("PartnerVocabulary", "Housing advice")},
        {"debt_money", QT_TRANSLATE_NOOP("PartnerVocabulary", "Debt and money advice")},
        {"benefits_advice", QT_TRANSLATE_NOOP("PartnerVocabulary", "Benefits advice")},
        {"food", QT_TRANSLATE_NOOP("PartnerVocabulary", "Food and essentials")},
        {"childcare", QT_TRANSLATE_NOOP("PartnerVocabulary", "Childcare")},
        {"volunteering", QT_TRANSLATE_NOOP("PartnerVocabulary", "Volunteering and work experience")},
        {"youth", QT_TRANSLATE_NOOP("PartnerVocabulary", "Support for young people")},
        {"disability", QT_TRANSLATE_NOOP("PartnerVocabulary", "Disability support")},
    };

    const Named Topics[] = {
        {"cv_help", QT_TRANSLATE_NOOP("PartnerVocabulary", "CV help")},
        {"job_search", QT_TRANSLATE_NOOP("PartnerVocabulary", "Job search")},
        {"health_work", QT_TRANSLATE_NOOP("PartnerVocabulary", "Health and work")},
        {"benefits_signposting", QT_TRANSLATE_NOOP("PartnerVocabulary", "Benefits advice signposting")},
        {"digital_skills", QT_TRANSLATE_NOOP("PartnerVocabulary", "Digital skills")},
    };

    template <std::size_t N>
    QStringList keysOf(const Named (&list)[N])
    {
        QStringList keys;
        for (const Named &entry : list)
            keys.append(QString::fromLatin1(entry.key));
        return keys;
    }

    template <std::size_t N>
    QString nameIn(const Named (&list)[N], const QString &key)
    {
        for (const Named &entry : list) {
            if (key == QLatin1String(entry.key))
                return QCoreApplication::translate("PartnerVocabulary", entry.name);
        }
        return {};
    }
} // namespace

QString VocabularyEntry::name() const
{
    return QLocale().language() == QLocale::Welsh && !welsh.isEmpty() ? welsh : english;
}

QStringList PartnerVocabulary::organisationKinds()
{
    return keysOf(OrganisationKinds);
}

QString PartnerVocabulary::organisationKindName(const QString &key)
{
    const QString name = nameIn(OrganisationKinds, key);
    return name.isEmpty() ? tr("Other organisation") : name;
}

QStringList PartnerVocabulary::builtInServices()
{
    return keysOf(Services);
}

QString PartnerVocabulary::builtInServiceName(const QString &key)
{
    return nameIn(Services, key);
}

QStringList PartnerVocabulary::sessionTopics()
{
    return keysOf(Topics);
}

QString PartnerVocabulary::sessionTopicName(const QString &key)
{
    return nameIn(Topics, key);
}

QString PartnerVocabulary::languageName(const QString &code)
{
    if (code == QLatin1String("en"))
        return tr("English");
    if (code == QLatin1String("cy"))
        return tr("Welsh");
    const QLocale locale(code);
    if (code.size() == 2 && locale.language() != QLocale::C)
        return QLocale::languageToString(locale.language());
    return code;
}

bool PartnerVocabulary::isKey(const QString &key)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9_]{1,40}$"));
    return pattern.match(key).hasMatch();
}
