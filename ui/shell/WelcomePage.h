#pragma once

#include <QWidget>

/** Shown when no vault is chosen yet: create one, open one, or restore one from a backup. */
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

Q_SIGNALS:
    void createRequested();
    void openRequested();
    void restoreRequested();
};
