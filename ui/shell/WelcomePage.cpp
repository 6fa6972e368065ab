#include "ui/shell/WelcomePage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    auto *title = new QLabel(tr("Welcome to Waymark"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    title->setFont(font);
    auto *intro = new QLabel(tr("Waymark keeps your caseload in an encrypted vault on this computer. Nothing is sent "
                                "anywhere unless you export it on purpose."),
                             this);
    intro->setWordWrap(true);
    auto *create = new QPushButton(tr("&Create a new vault…"), this);
    create->setObjectName(QStringLiteral("createVaultButton"));
    create->setDefault(true);
    auto *open = new QPushButton(tr("&Open an existing vault…"), this);
    open->setObjectName(QStringLiteral("openVaultButton"));
    auto *restore = new QPushButton(tr("&Restore from a backup…"), this);
    restore->setObjectName(QStringLiteral("restoreBackupButton"));

    auto *column = new QVBoxLayout;
    column->addWidget(title);
    column->addWidget(intro);
    column->addSpacing(12);
    column->addWidget(create);
    column->addWidget(open);
    column->addWidget(restore);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addLayout(column, 2);
    row->addStretch(1);
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);

    connect(create, &QPushButton::clicked, this, &WelcomePage::createRequested);
    connect(open, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(restore, &QPushButton::clicked, this, &WelcomePage::restoreRequested);
}
