#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class VaultSession;

/**
 * The locked state: the vault's name and a passphrase field, nothing else. After a wrong passphrase
 * the button waits 1, 2, 4… seconds (up to 30) before the next try.
 */
class UnlockPage : public QWidget
{
    Q_OBJECT

public:
    explicit UnlockPage(VaultSession &session, QWidget *parent = nullptr);

    /** Shows the page for the session's current vault, with an empty passphrase field. */
    void reset();
    /** For tests: no waiting after a wrong passphrase. */
    void setBackoffEnabled(bool enabled) { m_backoffEnabled = enabled; }

Q_SIGNALS:
    void openOtherVaultRequested();

private:
    void unlock();
    void tick();

    VaultSession &m_session;
    QLabel *m_title;
    QLineEdit *m_passphrase;
    QPushButton *m_unlock;
    QLabel *m_error;
    QTimer m_backoff;
    int m_failures = 0;
    int m_secondsLeft = 0;
    bool m_backoffEnabled = true;
};
