#include "ui/widgets/FingerprintLabel.h"

#include <QRegularExpression>
#include <QTableWidgetItem>

FingerprintLabel::FingerprintLabel(QWidget *parent)
    : QLabel(parent)
{
    // Tests and other code find the fingerprint by this name in every dialog that shows one.
    setObjectName(QStringLiteral("fingerprintLabel"));
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont mono = fingerprintFont(font());
    // A little larger than the text around it: people read it character by character against another copy.
    mono.setPointSizeF(mono.pointSizeF() * 1.2);
    setFont(mono);
}

FingerprintLabel::FingerprintLabel(const QString &fingerprint, const QString &description, QWidget *parent)
    : FingerprintLabel(parent)
{
    setFingerprint(fingerprint);
    setAccessibleDescription(description);
}

void FingerprintLabel::setFingerprint(const QString &fingerprint)
{
    setText(fingerprint);
    setAccessibleName(spokenGroups(fingerprint));
}

QString FingerprintLabel::spokenGroups(const QString &fingerprint)
{
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    QStringList groups;
    for (const QString &group : fingerprint.split(whitespace, Qt::SkipEmptyParts)) {
        QStringList characters;
        for (const QChar c : group)
            characters.append(QString(c));
        groups.append(characters.join(QLatin1Char(' ')));
    }
    return groups.join(QStringLiteral(", "));
}

QFont FingerprintLabel::fingerprintFont(const QFont &base)
{
    QFont mono = base;
    mono.setFamily(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    return mono;
}

void FingerprintLabel::applyTo(QTableWidgetItem *item)
{
    item->setFont(fingerprintFont(item->font()));
    item->setData(Qt::AccessibleTextRole, spokenGroups(item->text()));
}
