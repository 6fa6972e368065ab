#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

/** Shows how strong a new passphrase is: a bar and a word (never colour alone), with one line of advice. */
class PassphraseStrengthMeter : public QWidget
{
    Q_OBJECT

public:
    explicit PassphraseStrengthMeter(QWidget *parent = nullptr);
    void setPassphrase(const QString &passphrase);
    bool isAcceptable() const { return m_acceptable; }

private:
    QProgressBar *m_bar;
    QLabel *m_advice;
    bool m_acceptable = false;
};
