#pragma once

#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

/** One message of a Qt Linguist .ts file, as the architecture tests read it. */
struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    QStringList translations; // one, or one per plural form
    bool finished = true;
};

namespace TsFile
{
    /** The messages of the .ts file at `path` (obsolete and vanished ones left out); empty if it cannot be read. */
    inline QList<TsMessage> read(const QString &path, QString *error = nullptr)
    {
        QList<TsMessage> messages;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = file.errorString();
            return messages;
        }
        QXmlStreamReader xml(&file);
        QString context;
        TsMessage message;
        bool obsolete = false;
        bool inTranslation = false;
        QString text;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                const auto name = xml.name();
                if (name == QLatin1String("name")) {
                    context = xml.readElementText();
                } else if (name == QLatin1String("message")) {
                    message = TsMessage{context, {}, {}, {}, true};
                } else if (name == QLatin1String("source")) {
                    message.source = xml.readElementText();
                } else if (name == QLatin1String("comment")) {
                    message.comment = xml.readElementText();
                } else if (name == QLatin1String("translation")) {
                    const QString type = xml.attributes().value(QLatin1String("type")).toString();
                    obsolete = type == QLatin1String("obsolete") || type == QLatin1String("vanished");
                    message.finished = type.isEmpty();
                    inTranslation = true;
                    text.clear();
                } else if (name == QLatin1String("numerusform")) {
                    message.translations.append(xml.readElementText());
                }
            } else if (xml.isCharacters() && inTranslation) {
                text += xml.text();
            } else if (xml.isEndElement() && xml.name() == QLatin1String("translation")) {
                inTranslation = false;
                if (message.translations.isEmpty())
                    message.translations.append(text);
            } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
                if (!obsolete)
                    messages.append(message);
                obsolete = false;
            }
        }
        if (xml.hasError()) {
            if (error)
                *error = xml.errorString();
            messages.clear();
        }
        return messages;
    }
} // namespace TsFile
