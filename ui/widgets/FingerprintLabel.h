#pragma once

#include <QLabel>

class QTableWidgetItem;

/**
 * A key fingerprint as people compare it with the one they were given: monospace, selectable, and read out by
 * a screen reader one character at a time with a pause between groups, as a person would read it down the phone.
 * Its accessible description says whose key it is.
 */
class FingerprintLabel : public QLabel
{
    Q_OBJECT

public:
    explicit FingerprintLabel(QWidget *parent = nullptr);
    FingerprintLabel(const QString &fingerprint, const QString &description, QWidget *parent = nullptr);

    void setFingerprint(const QString &fingerprint);
    QString fingerprint() const { return text(); }

    /** "1A2B 3C4D" becomes "1 A 2 B, 3 C 4 D": each character spoken on its own, a pause after each group. */
    static QString spokenGroups(const QString &fingerprint);
    /** `base` in a monospace family, so the groups line up; tables use it for their fingerprint column. */
    static QFont fingerprintFont(const QFont &base);
    /** Gives a table cell holding a fingerprint the same font and spoken form as the label. */
    static void applyTo(QTableWidgetItem *item);
};
