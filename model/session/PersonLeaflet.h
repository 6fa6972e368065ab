#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

/**
 * The leaflet a coach gives the person (issue 17 §4): in plain words, what Waymark does, that a person (the coach)
 * decides and the software only suggests, what it reads and never reads, how to see the suggestions made about
 * them, how to say they disagree, how to ask for a decision to be looked at again and for a copy of their data.
 *
 * In English or Welsh whatever the interface language, because it is written for the person, whose language may
 * not be the coach's: the Welsh comes from Waymark's own translations (:/i18n/waymark_cy), so the text is
 * translated once, beside every other string. Printed from Help ▸ Leaflet for the person and by
 * `waymark-cli transparency --leaflet`.
 */
class PersonLeaflet
{
    Q_DECLARE_TR_FUNCTIONS(PersonLeaflet)

public:
    struct Section
    {
        QString heading;
        QStringList paragraphs;
    };

    /** "en" and "cy". */
    static QStringList languages();
    static bool isLanguage(const QString &language);

    /** The leaflet in `language` ("en" or "cy"; anything else reads as English). */
    static PersonLeaflet build(const QString &language);

    const QString &language() const { return m_language; }
    const QString &title() const { return m_title; }
    const QVector<Section> &sections() const { return m_sections; }

    /** A plain, printable page: no scripts or outside resources, large type, black on white. */
    QString toHtml() const;
    QString toText() const;

private:
    QString m_language;
    QString m_title;
    QVector<Section> m_sections;
};
