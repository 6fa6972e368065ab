#include "ui/shell/UnlockPage.h"

#include "model/session/VaultSession.h"

#include <QApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

UnlockPage::UnlockPage(VaultSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_title(new QLabel(this))
    , m_passphrase(new QLineEdit(this))
    , m_unlock(new QPushButton(tr("&Unlock"), this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("unlockPage"));
    m_title->setObjectName(QStringLiteral("unlockTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);

    m_passphrase->setObjectName(QStringLiteral("passphraseEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_passphrase->setMinimumWidth(320);
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setDefault(true);
    m_unlock->setAutoDefault(true);
    m_error->setObjectName(QStringLiteral("unlockError"));
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Unlock problem"));
    m_error->hide();

    auto *other = new QPushButton(tr("Open &another vault…"), this);
    other->setObjectName(QStringLiteral("openOtherButton"));

    auto *label = new QLabel(tr("&Passphrase:"), this);
    label->setBuddy(m_passphrase);
    auto *form = new QFormLayout;
    form->addRow(label, m_passphrase);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_unlock);
    buttons->addWidget(other);
    buttons->addStretch();

    auto *column = new QVBoxLayout;
    column->addWidget(m_title);
    column->addWidget(new QLabel(tr("This vault is locked. Enter its passphrase to see the caseload."), this));
    column->addLayout(form);
    column->addWidget(m_error);
    column->addLayout(buttons);

    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addLayout(column);
    row->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);

    connect(m_unlock, &QPushButton::clicked, this, &UnlockPage::unlock);
    connect(m_passphrase, &QLineEdit::returnPressed, this, &UnlockPage::unlock);
    connect(other, &QPushButton::clicked, this, &UnlockPage::openOtherVaultRequested);
    m_backoff.setInterval(1000);
    connect(&m_backoff, &QTimer::timeout, this, &UnlockPage::tick);
}

void UnlockPage::reset()
{
    m_title->setText(tr("%1 is locked").arg(m_session.name()));
    m_passphrase->clear();
    m_error->clear();
    m_error->hide();
    m_passphrase->setFocus();
}

void UnlockPage::unlock()
{
    if (m_secondsLeft > 0 || m_passphrase->text().isEmpty())
        return;
    QByteArray utf8 = m_passphrase->text().toUtf8();
    m_passphrase->clear();
    const SecureBytes passphrase = SecureBytes::takeFrom(utf8);

    m_unlock->setEnabled(false);
    m_error->setText(tr("Unlocking…"));
    m_error->show();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    const Status status = m_session.unlock(passphrase);
    QApplication::restoreOverrideCursor();
    m_unlock->setEnabled(true);

    if (status) {
        m_failures = 0;
        m_error->hide();
        return;
    }
    m_error->setText(QStringLiteral("⚠ ") + status.error().message);
    if (status.error().code == ErrorCode::WrongPassphrase && m_backoffEnabled) {
        m_secondsLeft = std::min(30, 1 << std::min(m_failures, 5));
        ++m_failures;
        m_unlock->setEnabled(false);
        m_error->setText(QStringLiteral("⚠ ") +
                         tr("Passphrase incorrect. Try again in %n second(s).", nullptr, m_secondsLeft));
        m_backoff.start();
    }
    m_passphrase->setFocus();
}

void UnlockPage::tick()
{
    if (--m_secondsLeft <= 0) {
        m_backoff.stop();
        m_unlock->setEnabled(true);
        m_error->setText(QStringLiteral("⚠ ") + tr("Passphrase incorrect. Try again."));
        return;
    }
    m_error->setText(QStringLiteral("⚠ ") +
                     tr("Passphrase incorrect. Try again in %n second(s).", nullptr, m_secondsLeft));
}
