#include "ui/shell/BackupReminderBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

BackupReminderBanner::BackupReminderBanner(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("backupReminder"));
    m_text->setObjectName(QStringLiteral("backupReminderText"));
    auto *backUp = new QPushButton(tr("&Back up now…"), this);
    backUp->setObjectName(QStringLiteral("backupNowButton"));
    auto *later = new QPushButton(tr("Not now"), this);
    later->setObjectName(QStringLiteral("backupLaterButton"));
    later->setFlat(true);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_text);
    row->addWidget(backUp);
    row->addWidget(later);
    connect(backUp, &QPushButton::clicked, this, &BackupReminderBanner::backupRequested);
    connect(later, &QPushButton::clicked, this, &QWidget::hide);
    hide();
}

void BackupReminderBanner::showReminder(const QDateTime &lastBackup, const QDateTime &now)
{
    const QString text = lastBackup.isValid()
                             ? tr("This vault was last backed up %n day(s) ago.", nullptr, int(lastBackup.daysTo(now)))
                             : tr("This vault has not been backed up yet.");
    m_text->setText(QStringLiteral("⚠ ") + text);
    m_text->setAccessibleName(text);
    show();
}
