#include "ui/widgets/PassphraseStrengthMeter.h"

#include "model/crypto/PassphraseStrength.h"

#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

PassphraseStrengthMeter::PassphraseStrengthMeter(QWidget *parent)
    : QWidget(parent)
    , m_bar(new QProgressBar(this))
    , m_advice(new QLabel(this))
{
    setObjectName(QStringLiteral("strengthMeter"));
    m_bar->setObjectName(QStringLiteral("strengthBar"));
    m_bar->setRange(0, 4);
    m_bar->setTextVisible(true);
    m_bar->setAccessibleName(tr("Passphrase strength"));
    m_advice->setObjectName(QStringLiteral("strengthAdvice"));
    m_advice->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    layout->addWidget(m_advice);
    setPassphrase(QString());
}

void PassphraseStrengthMeter::setPassphrase(const QString &passphrase)
{
    const auto estimate = PassphraseStrength::estimate(passphrase);
    m_bar->setValue(int(estimate.level));
    m_bar->setFormat(estimate.label);
    m_bar->setAccessibleDescription(estimate.label);
    m_advice->setText(estimate.advice);
    m_acceptable = estimate.acceptable();
}
